// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/visitstatisticsquery.h"

#include <QCoreApplication>

#include "core/storage/queryutil.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QString counting()
{
    return QCoreApplication::translate("lp::storage::VisitStatisticsQuery",
                                       "counting the visits and problems");
}

} // namespace

Result<PeriodCounts> VisitStatisticsQuery::count(const QDate& first, const QDate& last) const
{
    const QVariant from = storedDate(first);
    const QVariant to = storedDate(last);
    PeriodCounts counts;

    // Each query groups by the visiting unit over the index of its date column.
    auto visits = runQuery(m_connection,
                           u"SELECT unit_id, count(*), count(DISTINCT enterprise_id) FROM visits "
                           "WHERE deleted_at IS NULL AND visit_date BETWEEN ? AND ? "
                           "GROUP BY unit_id"_s,
                           {from, to}, counting());
    if (!visits)
        return fail(visits.error());
    while (visits->next()) {
        UnitPeriodCounts& unit = counts.units[visits->value(0).toString()];
        unit.visits = visits->value(1).toInt();
        unit.enterprises = visits->value(2).toInt();
    }
    auto enterprises = queryValue(m_connection,
                                  u"SELECT count(DISTINCT enterprise_id) FROM visits WHERE "
                                  "deleted_at IS NULL AND visit_date BETWEEN ? AND ?"_s,
                                  {from, to}, counting());
    if (!enterprises)
        return fail(enterprises.error());
    counts.enterprises = enterprises->toInt();

    auto found = runQuery(m_connection,
                          u"SELECT unit_id, category_id, count(*) FROM problems WHERE deleted_at "
                          "IS NULL AND found_on BETWEEN ? AND ? GROUP BY unit_id, category_id"_s,
                          {from, to}, counting());
    if (!found)
        return fail(found.error());
    while (found->next()) {
        UnitPeriodCounts& unit = counts.units[found->value(0).toString()];
        const int n = found->value(2).toInt();
        unit.found += n;
        unit.foundByCategory[found->value(1).toString()] += n;
    }

    auto closed = runQuery(m_connection,
                           u"SELECT unit_id, count(*) FROM problems WHERE deleted_at IS NULL AND "
                           "closed_on BETWEEN ? AND ? GROUP BY unit_id"_s,
                           {from, to}, counting());
    if (!closed)
        return fail(closed.error());
    while (closed->next())
        counts.units[closed->value(0).toString()].closed = closed->value(1).toInt();

    // Open at the month's end: open now (the small partial index of open problems), or closed
    // after the month (problems_closed). The unary + keeps the planner off problems_found, which
    // would read every problem found up to the month's end: 0.78 s down to 0.05 s for last
    // month on the district file.
    auto open = runQuery(m_connection,
                         u"SELECT unit_id, count(*), sum(deadline < ?) FROM ("
                         "SELECT unit_id, deadline FROM problems WHERE status <> 'closed' AND "
                         "deleted_at IS NULL AND +found_on <= ? "
                         "UNION ALL SELECT unit_id, deadline FROM problems WHERE closed_on > ? "
                         "AND deleted_at IS NULL AND +found_on <= ?) GROUP BY unit_id"_s,
                         {to, to, to, to}, counting());
    if (!open)
        return fail(open.error());
    while (open->next()) {
        UnitPeriodCounts& unit = counts.units[open->value(0).toString()];
        unit.openAtEnd = open->value(1).toInt();
        unit.overdueAtEnd = open->value(2).toInt();
    }

    auto feedback = runQuery(
        m_connection,
        u"SELECT p.unit_id, count(*), sum(f.satisfaction IN ('satisfied', 'basic')) FROM feedback "
        "f JOIN problems p ON p.id = f.problem_id WHERE f.deleted_at IS NULL AND p.deleted_at IS "
        "NULL AND f.given_on BETWEEN ? AND ? GROUP BY p.unit_id"_s,
        {from, to}, counting());
    if (!feedback)
        return fail(feedback.error());
    while (feedback->next()) {
        UnitPeriodCounts& unit = counts.units[feedback->value(0).toString()];
        unit.feedback = feedback->value(1).toInt();
        unit.satisfied = feedback->value(2).toInt();
    }
    return counts;
}

} // namespace lp::storage
