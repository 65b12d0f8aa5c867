// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/visitstatistics.h"

#include "core/reports/visitnames.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace lp::reports {
namespace {

// The columns before the categories.
constexpr int kFixedColumns = 8;

QList<storage::CategoryName> shownCategories(const QList<storage::CategoryName>& categories,
                                             const storage::PeriodCounts& counts)
{
    QList<storage::CategoryName> shown;
    for (const auto& category : categories) {
        bool used = !category.deleted;
        for (auto unit = counts.units.cbegin(); !used && unit != counts.units.cend(); ++unit)
            used = unit->foundByCategory.value(category.id) > 0;
        if (used)
            shown.append(category);
    }
    return shown;
}

TableRow countsRow(const QString& label, const storage::UnitPeriodCounts& counts, int enterprises,
                   const QList<storage::CategoryName>& categories)
{
    TableRow row{{label},
                 {counts.visits},
                 {enterprises},
                 {counts.found},
                 {counts.closed},
                 {counts.overdueAtEnd},
                 {VisitStatistics::rate(counts.closed, counts.closed + counts.openAtEnd)},
                 {VisitStatistics::rate(counts.satisfied, counts.feedback)}};
    for (const auto& category : categories)
        row.append(TableCell{counts.foundByCategory.value(category.id)});
    return row;
}

void add(storage::UnitPeriodCounts& total, const storage::UnitPeriodCounts& unit)
{
    total.visits += unit.visits;
    total.found += unit.found;
    total.closed += unit.closed;
    total.openAtEnd += unit.openAtEnd;
    total.overdueAtEnd += unit.overdueAtEnd;
    total.feedback += unit.feedback;
    total.satisfied += unit.satisfied;
    for (auto it = unit.foundByCategory.cbegin(); it != unit.foundByCategory.cend(); ++it)
        total.foundByCategory[it.key()] += it.value();
}

} // namespace

QString VisitStatistics::rate(int numerator, int denominator)
{
    if (denominator <= 0)
        return u"—"_s;
    return QString::number(100.0 * numerator / denominator, 'f', 1) + u'%';
}

Document VisitStatistics::build(const QString& districtName, const QDate& month,
                                const QList<domain::Unit>& units,
                                const QList<storage::CategoryName>& categories,
                                const storage::PeriodCounts& counts)
{
    const QList<storage::CategoryName> shown = shownCategories(categories, counts);
    Document document;
    document.title = tr("Visit statistics");
    document.setup = PageSetup::ledger();
    document.setup.headerText =
        tr("%1 visit statistics %2").arg(districtName, printedMonth(month)).simplified();
    document.blocks.append(Title{tr("Visit statistics"), printedMonth(month)});

    Table table;
    table.fontPt = 9;
    table.columns = {{tr("Unit"), 1.6},
                     {tr("Visits"), 0.75, Align::Right, CellType::Number},
                     {tr("Enterprises visited"), 0.9, Align::Right, CellType::Number},
                     {tr("Problems found"), 0.9, Align::Right, CellType::Number},
                     {tr("Closed"), 0.75, Align::Right, CellType::Number},
                     {tr("Overdue at month end"), 0.9, Align::Right, CellType::Number},
                     {tr("Closing rate"), 0.85, Align::Right},
                     {tr("Satisfaction rate"), 0.85, Align::Right}};
    for (const auto& category : shown)
        table.columns.append({category.name, 0.75, Align::Right, CellType::Number});
    if (!shown.isEmpty()) {
        TableRow top;
        for (int c = 0; c < kFixedColumns; ++c)
            top.append(TableCell{table.columns[c].title, 1, 2});
        top.append(TableCell{tr("Problems found by category"), int(shown.size()), 1});
        TableRow second;
        for (const auto& category : shown)
            second.append(TableCell{category.name});
        table.header = {top, second};
    }

    storage::UnitPeriodCounts total;
    for (const domain::Unit& unit : units) {
        const storage::UnitPeriodCounts row = counts.units.value(unit.id);
        table.rows.append(countsRow(unit.name, row, row.enterprises, shown));
        add(total, row);
    }
    table.rows.append(countsRow(tr("Total"), total, counts.enterprises, shown));
    document.blocks.append(table);

    document.blocks.append(Paragraph{tr("Notes:"), Align::Left, false});
    for (const QString& note :
         {tr("1. Visits: the unit's visits dated in the month. Enterprises visited: the distinct "
             "enterprises of those visits; the total counts an enterprise once, however many "
             "units visited it."),
          tr("2. Problems found: the unit's problems found in the month, the rows of its problem "
             "list for the month. Closed: its problems closed in the month."),
          tr("3. Overdue at month end: its problems found on or before the last day of the month, "
             "not closed by then, whose deadline is before the last day."),
          tr("4. Closing rate: closed ÷ (closed + open at month end), where open at month end "
             "means found on or before the last day and not closed by then. Satisfaction rate: "
             "the feedback on its problems given in the month rated satisfied or basically "
             "satisfied ÷ all feedback given in the month. \"—\": nothing to divide by.")}) {
        document.blocks.append(Paragraph{note, Align::Left, false});
    }
    return document;
}

Result<Document> VisitStatistics::load(storage::Database& database, const QDate& month,
                                       const QString& districtName)
{
    const QDate first(month.year(), month.month(), 1);
    const QSqlDatabase connection = database.connection();
    auto names = VisitNames::load(connection);
    auto categories = storage::VisitLedgerQuery(connection).categoryNames();
    auto counts =
        storage::VisitStatisticsQuery(connection).count(first, first.addMonths(1).addDays(-1));
    if (const Error* error = firstError(names, categories, counts))
        return fail(*error);
    return build(districtName, first, names->units(), *categories, *counts);
}

} // namespace lp::reports
