// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/page.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lp::ui {

struct Session;

// The database file and its safety: where it is, its last backup, and the actions that keep it
// safe — back up, restore, check.
class DataPage final : public Page {
    Q_OBJECT
public:
    explicit DataPage(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(DataPage)

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon pageIcon() const override;
    void refresh() override;

    void backUp();
    void restore();
    void check();

Q_SIGNALS:
    // The database content was replaced by a restore; everything shown must be reloaded.
    void databaseReplaced();

private:
    [[nodiscard]] QString suggestedBackupPath() const;

    Session& m_session;
    QLabel* m_file = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_lastBackup = nullptr;
    QPushButton* m_restore = nullptr;
    QTreeWidget* m_findings = nullptr;
};

} // namespace lp::ui
