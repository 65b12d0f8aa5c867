// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/oversight.h"

#include <QHash>

#include "core/storage/database.h"
#include "core/storage/queryutil.h"

using namespace Qt::StringLiterals;

namespace lp::services {
namespace {

struct UnitRow {
    QString id;
    QString code;
    QString name;
};

Result<QList<UnitRow>> liveUnits(const QSqlDatabase& connection)
{
    auto query = storage::runQuery(connection,
                                   u"SELECT id, code, name FROM units WHERE deleted_at IS NULL "
                                   "ORDER BY sort_order, code"_s,
                                   {}, Oversight::tr("reading the units"));
    if (!query)
        return fail(query.error());
    QList<UnitRow> units;
    while (query->next())
        units.append(
            {query->value(0).toString(), query->value(1).toString(), query->value(2).toString()});
    return units;
}

} // namespace

int MonthCadence::unitsMet() const
{
    return int(std::count_if(units.begin(), units.end(),
                             [](const UnitCadence& unit) { return unit.met(); }));
}

UnitDeadlines DeadlineSummary::total() const
{
    UnitDeadlines sum;
    for (const auto& unit : units) {
        sum.open += unit.open;
        sum.overdue += unit.overdue;
        sum.dueSoon += unit.dueSoon;
    }
    return sum;
}

Result<MonthCadence> Oversight::cadence(storage::Database& database, const QDate& anyDay)
{
    const auto connection = database.connection();
    MonthCadence cadence;
    cadence.firstDay = QDate(anyDay.year(), anyDay.month(), 1);
    cadence.lastDay = cadence.firstDay.addMonths(1).addDays(-1);
    const QVariantList period{storage::storedDate(cadence.firstDay),
                              storage::storedDate(cadence.lastDay)};
    auto units = liveUnits(connection);
    if (!units)
        return fail(units.error());
    auto counts = storage::runQuery(connection,
                                    u"SELECT unit_id, count(*), count(DISTINCT enterprise_id) "
                                    "FROM visits WHERE visit_date BETWEEN ? AND ? AND deleted_at "
                                    "IS NULL GROUP BY unit_id"_s,
                                    period, tr("counting the visits of the month"));
    if (!counts)
        return fail(counts.error());
    QHash<QString, std::pair<int, int>> perUnit;
    while (counts->next())
        perUnit.insert(counts->value(0).toString(),
                       {counts->value(1).toInt(), counts->value(2).toInt()});
    for (const auto& unit : std::as_const(*units)) {
        const auto [visits, enterprises] = perUnit.value(unit.id);
        cadence.units.append({unit.id, unit.code, unit.name, visits, enterprises});
    }
    // The flagged enterprises, each with its last visit up to the month's end; both from
    // indexes alone (enterprises_flagged, visits_live_enterprise).
    auto flagged = storage::runQuery(
        connection,
        u"SELECT e.id, e.name, e.flag_disputes, e.flag_difficulty, "
        "(SELECT max(v.visit_date) FROM visits v WHERE v.enterprise_id = e.id AND "
        "v.visit_date <= ? AND v.deleted_at IS NULL) FROM enterprises e INDEXED BY "
        "enterprises_flagged WHERE e.deleted_at IS NULL AND (e.flag_disputes = 1 OR "
        "e.flag_difficulty = 1) ORDER BY e.name"_s,
        {period[1]}, tr("finding the flagged enterprises"));
    if (!flagged)
        return fail(flagged.error());
    while (flagged->next()) {
        ++cadence.flaggedEnterprises;
        const QDate last = storage::dateFromStored(flagged->value(4));
        if (last.isValid() && last >= cadence.firstDay)
            continue;
        cadence.flaggedUnvisited.append({flagged->value(0).toString(), flagged->value(1).toString(),
                                         flagged->value(2).toInt() == 1,
                                         flagged->value(3).toInt() == 1, last});
    }
    return cadence;
}

Result<DeadlineSummary> Oversight::deadlines(storage::Database& database, const QDate& today,
                                             int soonDays)
{
    const auto connection = database.connection();
    DeadlineSummary summary;
    summary.today = today;
    summary.soonDays = soonDays;
    auto units = liveUnits(connection);
    if (!units)
        return fail(units.error());
    // The open problems are few next to all problems, and problems_open_units holds exactly
    // them with their unit and deadline: counted from the index alone, in its order. Named,
    // because without statistics the planner prefers an index of every problem (0.5 s on the
    // district file instead of 2 ms).
    auto counts = storage::runQuery(
        connection,
        u"SELECT unit_id, count(*), sum(deadline < ?), sum(deadline >= ? AND deadline <= ?) "
        "FROM problems INDEXED BY problems_open_units WHERE status <> 'closed' AND "
        "deleted_at IS NULL GROUP BY unit_id"_s,
        {storage::storedDate(today), storage::storedDate(today),
         storage::storedDate(today.addDays(soonDays))},
        tr("counting the open problems"));
    if (!counts)
        return fail(counts.error());
    QHash<QString, UnitDeadlines> perUnit;
    while (counts->next()) {
        UnitDeadlines row;
        row.open = counts->value(1).toInt();
        row.overdue = counts->value(2).toInt();
        row.dueSoon = counts->value(3).toInt();
        perUnit.insert(counts->value(0).toString(), row);
    }
    for (const auto& unit : std::as_const(*units)) {
        UnitDeadlines row = perUnit.value(unit.id);
        row.unitId = unit.id;
        row.unitCode = unit.code;
        row.unitName = unit.name;
        summary.units.append(row);
    }
    return summary;
}

Result<QList<SupervisionDue>> Oversight::supervisionDue(storage::Database& database,
                                                        const QDate& today)
{
    auto query = storage::runQuery(
        database.connection(),
        // status <> 'closed' repeats what 'transferred' says, so the partial index of the open
        // problems by deadline serves the query; named, as the planner would otherwise walk
        // problems_live_found in deadline order's stead (every problem of the file).
        u"SELECT p.id, p.number, p.unit_id, p.deadline FROM problems p INDEXED BY "
        "problems_open_deadline WHERE p.status = "
        "'transferred' AND p.status <> 'closed' AND p.deleted_at IS NULL AND p.deadline < ? "
        "AND NOT EXISTS (SELECT 1 FROM supervision_orders o WHERE o.problem_id = p.id AND "
        "o.deleted_at IS NULL AND o.issued_on > p.deadline) ORDER BY p.deadline, p.number"_s,
        {storage::storedDate(today)}, tr("finding the problems due for supervision"));
    if (!query)
        return fail(query.error());
    QList<SupervisionDue> due;
    while (query->next()) {
        const QDate deadline = storage::dateFromStored(query->value(3));
        due.append({query->value(0).toString(), query->value(1).toString(),
                    query->value(2).toString(), deadline, int(deadline.daysTo(today))});
    }
    return due;
}

} // namespace lp::services
