// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window: for now it shows which database is open and the district's units. The shell
// with navigation, settings and first start comes with the next issue.
#pragma once

#include <QMainWindow>

class QLabel;
class QTableWidget;

namespace lp::storage {
class Database;
}

namespace lp::ui {

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(storage::Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Reloads the units from the database.
    void refresh();

private:
    storage::Database& m_database;
    QLabel* m_summary = nullptr;
    QTableWidget* m_units = nullptr;
};

} // namespace lp::ui
