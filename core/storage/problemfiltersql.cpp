// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/problemfiltersql.h"

#include "core/storage/enterprisefiltersql.h"
#include "core/storage/queryutil.h"
#include "core/storage/searchterms.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

const search::SearchedTable kProblems{u"problems"_s,
                                      {u"number"_s, u"description"_s, u"request"_s, u"result"_s},
                                      u"problems_live_enterprise"_s};

} // namespace

ProblemFilterSql problemFilterSql(const ProblemFilter& filter)
{
    ProblemFilterSql sql;
    QStringList conditions{u"p.deleted_at IS NULL"_s};
    const auto add = [&](const QString& condition, const QVariantList& values) {
        conditions.append(condition);
        sql.values.append(values);
    };
    const QString open = u"p.status <> 'closed'"_s;
    const bool due = filter.due != ProblemDue::Any;
    if (filter.state == ProblemState::Open || due)
        conditions.append(open);
    if (filter.state == ProblemState::Closed)
        conditions.append(u"p.status = 'closed'"_s);
    if (filter.status)
        add(u"p.status = ?"_s, {domain::problemStatusCode(*filter.status)});
    if (!filter.unitId.isEmpty())
        add(u"p.unit_id = ?"_s, {filter.unitId});
    if (!filter.categoryId.isEmpty())
        add(u"p.category_id = ?"_s, {filter.categoryId});
    if (filter.triage)
        add(u"p.triage = ?"_s, {domain::triageCode(*filter.triage)});
    if (!filter.enterpriseId.isEmpty())
        add(u"p.enterprise_id = ?"_s, {filter.enterpriseId});
    if (filter.foundFrom.isValid())
        add(u"p.found_on >= ?"_s, {storedDate(filter.foundFrom)});
    if (filter.foundTo.isValid())
        add(u"p.found_on <= ?"_s, {storedDate(filter.foundTo)});
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    if (filter.due == ProblemDue::Overdue)
        add(u"p.deadline < ?"_s, {storedDate(today)});
    if (filter.due == ProblemDue::DueWithin) {
        add(u"p.deadline BETWEEN ? AND ?"_s,
            {storedDate(today), storedDate(today.addDays(std::max(0, filter.dueDays)))});
    }
    // Only the bin's condition so far: the search alone, which a count reads from its indexes.
    sql.searchOnly = conditions.size() == 1;
    sql.matches = search::liveMatches(kProblems, EnterpriseFilterSql::searchWords(filter.search));
    if (sql.matches.sql.isEmpty())
        sql.searchOnly = false;
    else
        add(u"p.seq IN (%1)"_s.arg(sql.matches.sql), sql.matches.values);
    sql.from = filter.state == ProblemState::Open || due
                   ? u"problems p INDEXED BY problems_open_deadline"_s
                   : u"problems p"_s;
    sql.where = conditions.join(u" AND "_s);
    return sql;
}

QString problemFilterCondition(const ProblemFilterSql& sql)
{
    return sql.from == u"problems p"_s
               ? u"(%1)"_s.arg(sql.where)
               : u"p.seq IN (SELECT p.seq FROM %1 WHERE %2)"_s.arg(sql.from, sql.where);
}

} // namespace lp::storage
