// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/problemledgermodel.h"

#include <QColor>

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

using storage::LedgerColumn;

namespace {

const QColor kOverdueBackground(255, 222, 222);
const QColor kOverdueText(150, 0, 0);
const QColor kDueSoonBackground(255, 236, 194);
const QColor kDueSoonText(125, 80, 0);

} // namespace

ProblemLedgerModel::ProblemLedgerModel(storage::Database& database, const Clock& clock,
                                       QObject* parent, FirstLoad load)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
    , m_cache([this](int offset, int limit) {
        return storage::ProblemLedgerQuery(m_database.connection())
            .rows(m_filter, m_sort, offset, limit, m_total);
    })
{
    if (load == FirstLoad::Now)
        reload();
}

int ProblemLedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int ProblemLedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : storage::kLedgerColumnCount;
}

QVariant ProblemLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (LedgerColumn(section)) {
    case LedgerColumn::Number:
        return tr("Number");
    case LedgerColumn::FoundOn:
        return tr("Found on");
    case LedgerColumn::Unit:
        return tr("Unit");
    case LedgerColumn::Enterprise:
        return tr("Enterprise");
    case LedgerColumn::Category:
        return tr("Category");
    case LedgerColumn::Description:
        return tr("Problem");
    case LedgerColumn::Triage:
        return tr("Triage");
    case LedgerColumn::Responsible:
        return tr("Responsible");
    case LedgerColumn::Deadline:
        return tr("Deadline");
    case LedgerColumn::Status:
        return tr("Status");
    case LedgerColumn::ClosedOn:
        return tr("Closed on");
    }
    return {};
}

QVariant ProblemLedgerModel::display(const storage::ProblemLedgerRow& row,
                                     LedgerColumn column) const
{
    const auto date = [](const QDate& day) {
        return day.isValid() ? day.toString(Qt::ISODate) : QString();
    };
    switch (column) {
    case LedgerColumn::Number:
        return row.number;
    case LedgerColumn::FoundOn:
        return date(row.foundOn);
    case LedgerColumn::Unit:
        return row.unitShortName;
    case LedgerColumn::Enterprise:
        return row.enterpriseName;
    case LedgerColumn::Category:
        return row.categoryName;
    case LedgerColumn::Description:
        return row.description;
    case LedgerColumn::Triage:
        return row.triage ? domain::ProblemNames::displayName(*row.triage) : QString();
    case LedgerColumn::Responsible:
        return row.responsible;
    case LedgerColumn::Deadline:
        return date(row.deadline);
    case LedgerColumn::Status:
        return domain::ProblemNames::displayName(row.status);
    case LedgerColumn::ClosedOn:
        return date(row.closedOn);
    }
    return {};
}

QVariant ProblemLedgerModel::raw(const storage::ProblemLedgerRow& row, LedgerColumn column) const
{
    switch (column) {
    case LedgerColumn::FoundOn:
        return row.foundOn;
    case LedgerColumn::Deadline:
        return row.deadline;
    case LedgerColumn::ClosedOn:
        return row.closedOn;
    case LedgerColumn::Triage:
        return row.triage ? int(*row.triage) : -1;
    case LedgerColumn::Status:
        return int(row.status);
    default:
        return display(row, column);
    }
}

std::optional<int> ProblemLedgerModel::daysOverdue(const storage::ProblemLedgerRow& row) const
{
    if (row.status == domain::ProblemStatus::Closed || !row.deadline.isValid())
        return std::nullopt;
    return int(row.deadline.daysTo(m_filter.today));
}

QVariant ProblemLedgerModel::deadlineRole(const storage::ProblemLedgerRow& row, int role) const
{
    const std::optional<int> overdue = daysOverdue(row);
    if (!overdue || *overdue < -kDueSoonDays)
        return {};
    const bool late = *overdue > 0;
    switch (role) {
    case Qt::BackgroundRole:
        return late ? kOverdueBackground : kDueSoonBackground;
    case Qt::ForegroundRole:
        return late ? kOverdueText : kDueSoonText;
    case Qt::ToolTipRole:
        return late ? tr("Overdue by %n day(s)", nullptr, *overdue)
                    : tr("Due in %n day(s)", nullptr, -*overdue);
    default:
        return {};
    }
}

QVariant ProblemLedgerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::ProblemLedgerRow* row = rowAt(index.row());
    if (!row)
        return {};
    const auto column = LedgerColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case Qt::ToolTipRole:
        if (column == LedgerColumn::Description || column == LedgerColumn::Enterprise)
            return display(*row, column);
        return deadlineRole(*row, role);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return deadlineRole(*row, role);
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

const storage::ProblemLedgerRow* ProblemLedgerModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const storage::ProblemLedgerRow* found = m_cache.row(row);
    m_lastError = found ? QString() : m_cache.lastError().message;
    return found;
}

void ProblemLedgerModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= storage::kLedgerColumnCount)
        return;
    m_sort = {LedgerColumn(column), order == Qt::AscendingOrder};
    beginResetModel();
    m_cache.clear();
    endResetModel();
}

void ProblemLedgerModel::setFilter(const storage::ProblemFilter& filter)
{
    m_filter = filter;
    reload();
}

void ProblemLedgerModel::reload()
{
    m_loaded = true;
    m_filter.today = m_clock.today();
    auto total = storage::ProblemLedgerQuery(m_database.connection()).count(m_filter);
    m_lastError = total ? QString() : total.error().message;
    beginResetModel();
    m_cache.clear();
    m_total = total.value_or(0);
    endResetModel();
    Q_EMIT totalChanged(m_total);
}

int ProblemLedgerModel::rowOf(const QString& id) const
{
    auto position =
        storage::ProblemLedgerQuery(m_database.connection()).indexOf(m_filter, m_sort, id);
    return position.value_or(-1);
}

void ProblemLedgerModel::onRecordsChanged(const QString& table, const QStringList& ids)
{
    Q_UNUSED(ids);
    if (!m_loaded)
        return; // counted when first reloaded
    namespace tables = storage::tables;
    for (const auto* spec :
         {&tables::problems(), &tables::measures(), &tables::feedback(), &tables::transfers(),
          &tables::supervisionOrders(), &tables::visits(), &tables::enterprises()}) {
        if (table == spec->name) {
            reload();
            return;
        }
    }
}

} // namespace lp::ui
