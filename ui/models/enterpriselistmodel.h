// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The enterprise list: knows the total of its filter (COUNT) and fetches windows of rows on
// demand through a RowCache, so the view's scrollbar is true over 10^5 rows. Sorting and
// filtering happen in SQL. It never writes: edits go through EnterpriseService, whose change
// announcements make it reload.
#pragma once

#include <QAbstractTableModel>

#include "core/storage/enterprisequery.h"
#include "ui/models/rowcache.h"

namespace lp::storage {
class Database;
}

namespace lp::ui {

class EnterpriseListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RawRole = Qt::UserRole, IdRole, VersionRole };

    explicit EnterpriseListModel(storage::Database& database, QObject* parent = nullptr,
                                 FirstLoad load = FirstLoad::Now);
    Q_DISABLE_COPY_MOVE(EnterpriseListModel)

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    [[nodiscard]] const storage::EnterpriseFilter& filter() const { return m_filter; }
    // Applies a new filter (its sort is kept from the current one) and reloads.
    void setFilter(const storage::EnterpriseFilter& filter);
    // Counts again and drops every cached row: after a write.
    void reload();
    // The row of a record under the current filter and sort, or -1.
    [[nodiscard]] int rowOf(const QString& id) const;
    [[nodiscard]] const storage::EnterpriseRow* rowAt(int row) const;
    // The last error reading the database, empty when the last read succeeded.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    void onRecordsChanged(const QString& table, const QStringList& ids);

Q_SIGNALS:
    void totalChanged(int total);

private:
    QVariant display(const storage::EnterpriseRow& row, storage::EnterpriseColumn column) const;
    QVariant raw(const storage::EnterpriseRow& row, storage::EnterpriseColumn column) const;

    storage::Database& m_database;
    storage::EnterpriseFilter m_filter;
    int m_total = 0;
    bool m_loaded = false;
    mutable RowCache<storage::EnterpriseRow> m_cache;
    mutable QString m_lastError;
};

} // namespace lp::ui
