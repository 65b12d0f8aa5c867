// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/visitlistmodel.h"

#include "core/storage/database.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

VisitListModel::VisitListModel(storage::Database& database, storage::VisitFilter filter,
                               QObject* parent, FirstLoad load)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_filter(std::move(filter))
    , m_cache([this](int offset, int limit) {
        return storage::VisitListQuery(m_database.connection())
            .rows(m_filter, offset, limit, m_total);
    })
{
    if (load == FirstLoad::Now)
        reload();
}

int VisitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int VisitListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Unit:
        return tr("Unit");
    case Enterprise:
        return tr("Enterprise");
    case Reason:
        return tr("Reason");
    case Met:
        return tr("Person met");
    case Officers:
        return tr("Officers");
    case Problems:
        return tr("Problems");
    case Content:
        return tr("Content");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VisitListModel::display(const storage::VisitRow& row, Column column) const
{
    switch (column) {
    case Date:
        return row.date.toString(Qt::ISODate);
    case Unit:
        return row.unitName;
    case Enterprise:
        return row.enterpriseName;
    case Reason:
        return domain::VisitReasonNames::displayName(row.reason);
    case Met:
        return row.metRole.isEmpty() ? row.metName : tr("%1 (%2)").arg(row.metName, row.metRole);
    case Officers:
        return row.officerNames.join(tr(", "));
    case Problems:
        return row.problemCount;
    case Content:
        return row.contentLine;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VisitListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::VisitRow* row = rowAt(index.row());
    if (!row)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case Qt::ToolTipRole:
        return column == Content || column == Enterprise || column == Officers
                   ? display(*row, column)
                   : QVariant();
    case Qt::TextAlignmentRole:
        return column == Problems ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case RawRole:
        if (column == Date)
            return row->date;
        if (column == Reason)
            return int(row->reason);
        return display(*row, column);
    case IdRole:
        return row->id;
    case VersionRole:
        return row->version;
    default:
        return {};
    }
}

const storage::VisitRow* VisitListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const storage::VisitRow* found = m_cache.row(row);
    m_lastError = found ? QString() : m_cache.lastError().message;
    return found;
}

void VisitListModel::setFilter(const storage::VisitFilter& filter)
{
    m_filter = filter;
    reload();
}

void VisitListModel::reload()
{
    m_loaded = true;
    auto total = storage::VisitListQuery(m_database.connection()).count(m_filter);
    m_lastError = total ? QString() : total.error().message;
    beginResetModel();
    m_cache.clear();
    m_total = total.value_or(0);
    endResetModel();
    Q_EMIT totalChanged(m_total);
}

int VisitListModel::rowOf(const QString& id) const
{
    return storage::VisitListQuery(m_database.connection()).indexOf(m_filter, id).value_or(-1);
}

void VisitListModel::onRecordsChanged(const QString& table, const QStringList& ids)
{
    Q_UNUSED(ids);
    if (!m_loaded)
        return; // counted when first reloaded
    namespace tables = storage::tables;
    if (table == tables::visits().name || table == tables::visitOfficers().name ||
        table == tables::problems().name || table == tables::enterprises().name ||
        table == tables::units().name || table == tables::officers().name)
        reload();
}

} // namespace lp::ui
