// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The preview of an enterprise-roster import, before anything is written: what would be new,
// updated or unchanged, and every row that needs attention. Here the user confirms creating
// missing parks and contact points and accepts non-conforming credit codes row by row with a
// reason. Import is enabled only when nothing blocks it.
#pragma once

#include <QDialog>

#include "core/imports/importplan.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lp::ui {

class ImportPreviewDialog final : public QDialog {
    Q_OBJECT
public:
    ImportPreviewDialog(const imports::ImportPlan& plan, const QString& reportPath,
                        QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)

    [[nodiscard]] imports::ImportOptions options() const;
    [[nodiscard]] int problemCount() const;
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QCheckBox* createMissing() const { return m_createMissing; }

private:
    enum Column { RowColumn, ActionColumn, NameColumn, CodeColumn, ProblemColumn, ReasonColumn };
    void fillTable();
    void updateState();

    const imports::ImportPlan& m_plan;
    QString m_reportPath;
    QLabel* m_summary = nullptr;
    QLabel* m_problems = nullptr;
    QCheckBox* m_createMissing = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace lp::ui
