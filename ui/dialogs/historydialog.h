// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A record's change history, read from the audit log: when, who, what was done and each
// field's value before and after.
#pragma once

#include <QDialog>

namespace lp::storage {
struct TableSpec;
}

namespace lp::ui {

struct Session;

class HistoryDialog final : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(Session& session, const storage::TableSpec& table, const QString& recordId,
                  const QString& recordName, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(HistoryDialog)

    // The rows shown (one per audit entry), for tests.
    [[nodiscard]] int entryCount() const { return m_entries; }

private:
    int m_entries = 0;
};

} // namespace lp::ui
