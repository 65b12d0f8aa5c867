// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/enterpriselistmodel.h"

#include "core/domain/industry.h"
#include "core/services/enterpriseservice.h"
#include "core/storage/database.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

using storage::EnterpriseColumn;

EnterpriseListModel::EnterpriseListModel(storage::Database& database, QObject* parent,
                                         FirstLoad load)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_cache([this](int offset, int limit) {
        return storage::EnterpriseRepository(m_database.connection()).rows(m_filter, offset, limit);
    })
{
    if (load == FirstLoad::Now)
        reload();
}

int EnterpriseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int EnterpriseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : storage::kEnterpriseColumnCount;
}

QVariant EnterpriseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (EnterpriseColumn(section)) {
    case EnterpriseColumn::Name:
        return tr("Name");
    case EnterpriseColumn::CreditCode:
        return tr("Credit code");
    case EnterpriseColumn::LegalRepresentative:
        return tr("Legal representative");
    case EnterpriseColumn::Contact:
        return tr("Contact");
    case EnterpriseColumn::Phone:
        return tr("Phone");
    case EnterpriseColumn::Address:
        return tr("Address");
    case EnterpriseColumn::Industry:
        return tr("Industry");
    case EnterpriseColumn::Scale:
        return tr("Scale");
    case EnterpriseColumn::Park:
        return tr("Park");
    case EnterpriseColumn::ContactPoint:
        return tr("Contact point");
    case EnterpriseColumn::Liaison:
        return tr("Liaison");
    case EnterpriseColumn::Flags:
        return tr("Priority");
    }
    return {};
}

QVariant EnterpriseListModel::display(const storage::EnterpriseRow& row,
                                      EnterpriseColumn column) const
{
    switch (column) {
    case EnterpriseColumn::Name:
        return row.name;
    case EnterpriseColumn::CreditCode:
        return row.creditCodeOverridden ? tr("%1 (accepted)").arg(row.creditCode) : row.creditCode;
    case EnterpriseColumn::LegalRepresentative:
        return row.legalRepresentative;
    case EnterpriseColumn::Contact:
        return row.contactName;
    case EnterpriseColumn::Phone:
        return row.contactPhone;
    case EnterpriseColumn::Address:
        return row.address;
    case EnterpriseColumn::Industry:
        return row.industry.isNull() ? QString() : domain::Industries::displayName(row.industry);
    case EnterpriseColumn::Scale:
        return row.scale ? domain::EnterpriseScaleNames::displayName(*row.scale) : QString();
    case EnterpriseColumn::Park:
        return row.parkName;
    case EnterpriseColumn::ContactPoint:
        return row.contactPointName;
    case EnterpriseColumn::Liaison:
        return row.liaisonJudgeName.isEmpty()
                   ? row.liaisonName
                   : tr("%1 / %2").arg(row.liaisonName, row.liaisonJudgeName);
    case EnterpriseColumn::Flags: {
        QStringList names;
        for (domain::EnterpriseFlag flag : domain::EnterpriseFlagNames::all()) {
            if (row.flags & int(flag))
                names.append(domain::EnterpriseFlagNames::displayName(flag));
        }
        return names.join(tr(", "));
    }
    }
    return {};
}

QVariant EnterpriseListModel::raw(const storage::EnterpriseRow& row, EnterpriseColumn column) const
{
    switch (column) {
    case EnterpriseColumn::Industry:
        return row.industry.isNull() ? QString() : QString(row.industry);
    case EnterpriseColumn::Scale:
        return row.scale ? int(*row.scale) : -1;
    case EnterpriseColumn::Flags:
        return row.flags;
    default:
        return display(row, column);
    }
}

QVariant EnterpriseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::EnterpriseRow* row = rowAt(index.row());
    if (!row)
        return {};
    const auto column = EnterpriseColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case Qt::ToolTipRole:
        if (column == EnterpriseColumn::CreditCode && row->creditCodeOverridden)
            return tr("A non-conforming code accepted with a reason; see the record.");
        return column == EnterpriseColumn::Address || column == EnterpriseColumn::Name
                   ? display(*row, column)
                   : QVariant();
    case RawRole:
        return raw(*row, column);
    case IdRole:
        return row->id;
    case VersionRole:
        return row->version;
    default:
        return {};
    }
}

const storage::EnterpriseRow* EnterpriseListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const storage::EnterpriseRow* found = m_cache.row(row);
    m_lastError = found ? QString() : m_cache.lastError().message;
    return found;
}

void EnterpriseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= storage::kEnterpriseColumnCount)
        return;
    m_filter.sortColumn = EnterpriseColumn(column);
    m_filter.ascending = order == Qt::AscendingOrder;
    // A new order is a new window onto the table: nothing cached or selected stays valid.
    beginResetModel();
    m_cache.clear();
    endResetModel();
}

void EnterpriseListModel::setFilter(const storage::EnterpriseFilter& filter)
{
    const EnterpriseColumn sortColumn = m_filter.sortColumn;
    const bool ascending = m_filter.ascending;
    m_filter = filter;
    m_filter.sortColumn = sortColumn;
    m_filter.ascending = ascending;
    reload();
}

void EnterpriseListModel::reload()
{
    m_loaded = true;
    auto total = storage::EnterpriseRepository(m_database.connection()).count(m_filter);
    m_lastError = total ? QString() : total.error().message;
    beginResetModel();
    m_cache.clear();
    m_total = total.value_or(0);
    endResetModel();
    Q_EMIT totalChanged(m_total);
}

int EnterpriseListModel::rowOf(const QString& id) const
{
    auto position = storage::EnterpriseRepository(m_database.connection()).indexOf(m_filter, id);
    return position.value_or(-1);
}

void EnterpriseListModel::onRecordsChanged(const QString& table, const QStringList& ids)
{
    Q_UNUSED(ids);
    if (!m_loaded)
        return; // counted when first reloaded
    if (table == storage::tables::enterprises().name || table == storage::tables::parks().name ||
        table == storage::tables::contactPoints().name || table == storage::tables::officers().name)
        reload();
}

} // namespace lp::ui
