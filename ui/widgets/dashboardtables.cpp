// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/dashboardtables.h"

#include <algorithm>
#include <optional>

#include <QColor>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>

#include "ui/widgets/linktable.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

const QColor kAlert(0xc6, 0x28, 0x28);

QTableWidgetItem* boldRow(LinkTable& table, int row)
{
    for (int column = 0; column < table.columnCount(); ++column) {
        if (QTableWidgetItem* item = table.item(row, column)) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    return table.item(row, 0);
}

void stretchFirst(LinkTable& table)
{
    table.horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < table.columnCount(); ++column)
        table.horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

} // namespace

storage::ProblemFilter DashboardTables::openFilter(const services::DashboardFacts& facts,
                                                   const QString& unitId)
{
    storage::ProblemFilter filter;
    filter.state = storage::ProblemState::Open;
    filter.unitId = unitId;
    filter.today = facts.today;
    return filter;
}

storage::ProblemFilter DashboardTables::overdueFilter(const services::DashboardFacts& facts,
                                                      const QString& unitId)
{
    storage::ProblemFilter filter = openFilter(facts, unitId);
    filter.due = storage::ProblemDue::Overdue;
    return filter;
}

storage::ProblemFilter DashboardTables::dueThisWeekFilter(const services::DashboardFacts& facts,
                                                          const QString& unitId)
{
    storage::ProblemFilter filter = openFilter(facts, unitId);
    filter.due = storage::ProblemDue::DueWithin;
    filter.dueDays = facts.deadlines.soonDays;
    return filter;
}

void DashboardTables::setUpDeadlines(LinkTable& table)
{
    table.setColumnCount(DeadlineColumns);
    table.setHorizontalHeaderLabels({tr("Unit"), tr("Open"), tr("Overdue"), tr("Due this week")});
    stretchFirst(table);
}

void DashboardTables::fillDeadlines(LinkTable& table, const services::DashboardFacts& facts,
                                    const DashboardLinks& links)
{
    table.clearRows();
    const auto addUnit = [&](const services::UnitDeadlines& unit, const QString& name) {
        const int row = table.addRow({name});
        const QString id = unit.unitId;
        table.setNumber(row, OpenColumn, unit.open,
                        [links, filter = openFilter(facts, id)] { links.problems(filter); });
        table.setNumber(row, OverdueColumn, unit.overdue,
                        [links, filter = overdueFilter(facts, id)] { links.problems(filter); });
        if (unit.overdue > 0)
            table.item(row, OverdueColumn)->setForeground(kAlert);
        table.setNumber(
            row, WeekColumn, unit.dueSoon,
            [links, filter = dueThisWeekFilter(facts, id)] { links.problems(filter); },
            tr("Open, not overdue, due by Sunday %1")
                .arg(QLocale().toString(facts.weekEnd, QLocale::ShortFormat)));
        return row;
    };
    for (const auto& unit : facts.deadlines.units)
        addUnit(unit, unit.unitName);
    boldRow(table, addUnit(facts.deadlines.total(), tr("Total")));
    table.fitHeight();
}

void DashboardTables::setUpTriage(LinkTable& table)
{
    table.setColumnCount(2);
    table.setHorizontalHeaderLabels({tr("Triage"), tr("Open")});
    stretchFirst(table);
}

void DashboardTables::fillTriage(LinkTable& table, const services::DashboardFacts& facts,
                                 const DashboardLinks& links)
{
    table.clearRows();
    const auto add = [&](const QString& name, int count, std::optional<domain::Triage> triage) {
        const int row = table.addRow({name});
        storage::ProblemFilter filter = openFilter(facts, {});
        filter.triage = triage;
        table.setNumber(row, 1, count, [links, filter] { links.problems(filter); });
    };
    const auto& counts = facts.triage;
    add(domain::ProblemNames::displayName(domain::Triage::OwnUnit), counts.ownUnit,
        domain::Triage::OwnUnit);
    add(domain::ProblemNames::displayName(domain::Triage::CrossUnit), counts.crossUnit,
        domain::Triage::CrossUnit);
    add(domain::ProblemNames::displayName(domain::Triage::Transfer), counts.transfer,
        domain::Triage::Transfer);
    // The ledger filters by status, not by a missing triage: the registered problems.
    const int row = table.addRow({tr("Not yet triaged")});
    storage::ProblemFilter registered = openFilter(facts, {});
    registered.status = domain::ProblemStatus::Registered;
    table.setNumber(
        row, 1, counts.untriaged, [links, registered] { links.problems(registered); },
        tr("Opens the registered problems, which also include those to be "
           "transferred whose transfer is not recorded yet"));
    const int total = table.addRow({tr("Total")});
    table.setNumber(total, 1, counts.total(),
                    [links, filter = openFilter(facts, {})] { links.problems(filter); });
    boldRow(table, total);
    table.fitHeight();
}

void DashboardTables::setUpCadence(LinkTable& table)
{
    table.setColumnCount(CadenceColumns);
    table.setHorizontalHeaderLabels(
        {tr("Unit"), tr("Visits"), tr("Enterprises visited"), tr("Monthly visit")});
    stretchFirst(table);
}

void DashboardTables::fillCadence(LinkTable& table, const services::DashboardFacts& facts,
                                  const DashboardLinks& links)
{
    table.clearRows();
    for (const auto& unit : facts.cadence.units) {
        const int row = table.addRow({unit.unitName});
        storage::VisitFilter filter;
        filter.unitId = unit.unitId;
        filter.from = facts.cadence.firstDay;
        filter.to = facts.cadence.lastDay;
        const auto open = [links, filter] {
            links.visits(filter);
        };
        table.setNumber(row, VisitsColumn, unit.visits, open);
        table.setNumber(row, EnterprisesColumn, unit.enterprisesVisited, open,
                        tr("Opens the unit's visits of the month"));
        table.setText(row, MetColumn, unit.met() ? tr("Made") : tr("No visit yet"));
        if (!unit.met()) {
            table.item(row, MetColumn)->setForeground(kAlert);
            QFont font = table.item(row, MetColumn)->font();
            font.setBold(true);
            table.item(row, MetColumn)->setFont(font);
        }
    }
    table.fitHeight();
}

void DashboardTables::setUpFlagged(LinkTable& table)
{
    table.setColumnCount(3);
    table.setHorizontalHeaderLabels({tr("Enterprise"), tr("Flag"), tr("Last visit")});
    stretchFirst(table);
    table.setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table.setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    table.setMinimumHeight(160);
    // The flag and date columns are as wide as the longest text they can hold, set once: sizing
    // them to their contents measured each of a district's hundreds of flagged enterprises at
    // every layout (about 10 ms of the window's first show).
    const QFontMetrics cells(table.font());
    const QFontMetrics header(table.horizontalHeader()->font());
    const auto fit = [&](int column, const QStringList& texts) {
        int width = header.horizontalAdvance(table.horizontalHeaderItem(column)->text());
        for (const QString& text : texts)
            width = std::max(width, cells.horizontalAdvance(text));
        table.horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        table.horizontalHeader()->resizeSection(column, width + 24);
    };
    fit(1, {tr("Many disputes") + tr(", ") + tr("Business difficulty")});
    fit(2, {tr("Never"), QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)});
}

void DashboardTables::fillFlagged(LinkTable& table, const services::DashboardFacts& facts,
                                  const DashboardLinks& links)
{
    table.setUpdatesEnabled(false);
    table.clearRows();
    table.setRowCount(int(facts.cadence.flaggedUnvisited.size()));
    int row = 0;
    for (const auto& enterprise : facts.cadence.flaggedUnvisited) {
        storage::VisitFilter filter;
        filter.enterpriseId = enterprise.id;
        table.setText(
            row, 0, enterprise.name, [links, filter] { links.visits(filter); },
            tr("Opens the enterprise's visits"));
        QStringList flags;
        if (enterprise.disputes)
            flags.append(tr("Many disputes"));
        if (enterprise.difficulty)
            flags.append(tr("Business difficulty"));
        table.setText(row, 1, flags.join(tr(", ")));
        table.setText(row, 2,
                      enterprise.lastVisit.isValid()
                          ? QLocale().toString(enterprise.lastVisit, QLocale::ShortFormat)
                          : tr("Never"));
        ++row;
    }
    table.setUpdatesEnabled(true);
}

} // namespace lp::ui
