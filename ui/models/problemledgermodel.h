// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The problem ledger as a windowed list: the count of its filter, then blocks of rows fetched
// on demand through a RowCache (as EnterpriseListModel), sorted and filtered in SQL. Open
// problems past their deadline show red and those due within three days amber, counted
// against the session's clock, which is read again on every reload. It never writes; the
// services' change announcements make it reload.
#pragma once

#include <QAbstractTableModel>

#include "core/storage/ledgerfilters.h"
#include "core/storage/problemledgerquery.h"
#include "ui/models/rowcache.h"

namespace lp {
class Clock;
}
namespace lp::storage {
class Database;
}

namespace lp::ui {

class ProblemLedgerModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RawRole = Qt::UserRole, IdRole, VersionRole };
    static constexpr int kDueSoonDays = 3;

    ProblemLedgerModel(storage::Database& database, const Clock& clock, QObject* parent = nullptr,
                       FirstLoad load = FirstLoad::Now);
    Q_DISABLE_COPY_MOVE(ProblemLedgerModel)

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The filter as last set, with `today` as the last reload counted it.
    [[nodiscard]] const storage::ProblemFilter& filter() const { return m_filter; }
    [[nodiscard]] storage::LedgerSort ledgerSort() const { return m_sort; }
    void setFilter(const storage::ProblemFilter& filter);
    // Counts again and drops every cached row.
    void reload();
    // The row of a problem under the current filter and sort, or -1.
    [[nodiscard]] int rowOf(const QString& id) const;
    [[nodiscard]] const storage::ProblemLedgerRow* rowAt(int row) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // Days past the deadline (> 0 overdue), or nullopt for a closed problem.
    [[nodiscard]] std::optional<int> daysOverdue(const storage::ProblemLedgerRow& row) const;

    void onRecordsChanged(const QString& table, const QStringList& ids);

Q_SIGNALS:
    void totalChanged(int total);

private:
    QVariant display(const storage::ProblemLedgerRow& row, storage::LedgerColumn column) const;
    QVariant raw(const storage::ProblemLedgerRow& row, storage::LedgerColumn column) const;
    QVariant deadlineRole(const storage::ProblemLedgerRow& row, int role) const;

    storage::Database& m_database;
    const Clock& m_clock;
    storage::ProblemFilter m_filter;
    storage::LedgerSort m_sort;
    int m_total = 0;
    bool m_loaded = false;
    mutable RowCache<storage::ProblemLedgerRow> m_cache;
    mutable QString m_lastError;
};

} // namespace lp::ui
