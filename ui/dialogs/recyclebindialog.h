// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "core/services/recyclebin.h"

class QPushButton;
class QTreeWidget;

namespace lp::storage {
struct TableSpec;
}

namespace lp::ui {

struct Session;

// The recycle bin of one table: what was deleted, when (local time) and by whom, and a Restore
// button. Refusals (a code given to another record since, a stale version) are told through
// the session's Prompts and the dialog stays open. Enter restores the selected record, Escape
// closes.
class RecycleBinDialog final : public QDialog {
    Q_OBJECT
public:
    RecycleBinDialog(Session& session, const storage::TableSpec& table, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(RecycleBinDialog)

    // Shows the dialog modally; true when at least one record was restored.
    static bool run(Session& session, const storage::TableSpec& table, QWidget* parent);

    [[nodiscard]] bool restoredAny() const { return m_restoredAny; }
    // Restores the selected record; false when none is selected or the restore was refused.
    bool restoreSelected();
    // Reloads the list from the database.
    void reload();

private:
    void updateButtons();

    Session& m_session;
    const storage::TableSpec& m_table;
    QList<services::DeletedRecord> m_records;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
    bool m_restoredAny = false;
};

} // namespace lp::ui
