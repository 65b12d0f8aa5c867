// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The visit list: the total of its filter (COUNT) and windows of rows fetched on demand through
// a RowCache, newest first, so the scrollbar is true over 200,000 visits. It never writes:
// VisitService's change announcements (visits, problems, and the names it shows: enterprises,
// units, officers) make it reload.
#pragma once

#include <QAbstractTableModel>

#include "core/storage/ledgerfilters.h"
#include "core/storage/visitlistquery.h"
#include "ui/models/rowcache.h"

namespace lp::storage {
class Database;
}

namespace lp::ui {

class VisitListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Unit, Enterprise, Reason, Met, Officers, Problems, Content, ColumnCount };
    enum Role { RawRole = Qt::UserRole, IdRole, VersionRole };

    explicit VisitListModel(storage::Database& database, storage::VisitFilter filter = {},
                            QObject* parent = nullptr, FirstLoad load = FirstLoad::Now);
    Q_DISABLE_COPY_MOVE(VisitListModel)

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    [[nodiscard]] const storage::VisitFilter& filter() const { return m_filter; }
    void setFilter(const storage::VisitFilter& filter);
    // Counts again and drops every cached row.
    void reload();
    // The row of a visit under the current filter, or -1.
    [[nodiscard]] int rowOf(const QString& id) const;
    [[nodiscard]] const storage::VisitRow* rowAt(int row) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    void onRecordsChanged(const QString& table, const QStringList& ids);

Q_SIGNALS:
    void totalChanged(int total);

private:
    QVariant display(const storage::VisitRow& row, Column column) const;

    storage::Database& m_database;
    storage::VisitFilter m_filter;
    int m_total = 0;
    bool m_loaded = false;
    mutable RowCache<storage::VisitRow> m_cache;
    mutable QString m_lastError;
};

} // namespace lp::ui
