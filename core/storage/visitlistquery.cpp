// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/visitlistquery.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/storage/enterprisefiltersql.h"
#include "core/storage/queryutil.h"
#include "core/storage/searchterms.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QString reading()
{
    return QCoreApplication::translate("lp::storage::VisitListQuery", "reading the visits");
}

struct Where {
    QString text;
    QVariantList values;
    search::MatchSql matches; // the search words' live matches, also held in `text`
    bool searchOnly = false;  // nothing but the search narrows the visits
};

const search::SearchedTable kVisits{
    u"visits"_s, {u"content"_s, u"met_name"_s, u"met_role"_s}, u"visits_live_enterprise"_s};

Where whereOf(const VisitFilter& filter)
{
    Where where;
    QStringList conditions{u"v.deleted_at IS NULL"_s};
    const auto add = [&](const QString& condition, const QVariant& value) {
        conditions.append(condition);
        where.values.append(value);
    };
    if (!filter.unitId.isEmpty())
        add(u"v.unit_id = ?"_s, filter.unitId);
    if (!filter.enterpriseId.isEmpty())
        add(u"v.enterprise_id = ?"_s, filter.enterpriseId);
    if (!filter.officerId.isEmpty())
        add(u"v.id IN (SELECT visit_id FROM visit_officers WHERE officer_id = ? AND "
            "deleted_at IS NULL)"_s,
            filter.officerId);
    if (filter.from.isValid())
        add(u"v.visit_date >= ?"_s, storedDate(filter.from));
    if (filter.to.isValid())
        add(u"v.visit_date <= ?"_s, storedDate(filter.to));
    where.matches = search::liveMatches(kVisits, EnterpriseFilterSql::searchWords(filter.search));
    if (!where.matches.sql.isEmpty()) {
        where.searchOnly = conditions.size() == 1;
        conditions.append(u"v.seq IN (%1)"_s.arg(where.matches.sql));
        where.values.append(where.matches.values);
    }
    where.text = conditions.join(u" AND "_s);
    return where;
}

const QString kOrder = u"v.visit_date DESC, v.seq DESC"_s;

VisitRow rowFrom(const QSqlQuery& query)
{
    VisitRow row;
    row.id = query.value(0).toString();
    row.version = query.value(1).toInt();
    row.date = dateFromStored(query.value(2));
    row.unitId = query.value(3).toString();
    row.unitName = query.value(4).toString();
    row.enterpriseId = query.value(5).toString();
    row.enterpriseName = query.value(6).toString();
    row.reason = domain::visitReasonFromCode(query.value(7).toString())
                     .value_or(domain::VisitReason::Routine);
    row.metName = query.value(8).toString();
    row.metRole = query.value(9).toString();
    const QString officers = query.value(10).toString();
    row.officerNames = officers.isEmpty() ? QStringList() : officers.split(u'\n');
    row.problemCount = query.value(11).toInt();
    row.contentLine = query.value(12).toString().section(u'\n', 0, 0).trimmed();
    return row;
}

} // namespace

Result<int> VisitListQuery::count(const VisitFilter& filter) const
{
    const Where where = whereOf(filter);
    // A search alone is counted in its indexes, which hold only the live visits.
    auto value =
        where.searchOnly
            ? queryValue(m_connection, u"SELECT count(*) FROM (%1)"_s.arg(where.matches.sql),
                         where.matches.values, reading())
            : queryValue(m_connection, u"SELECT count(*) FROM visits v WHERE %1"_s.arg(where.text),
                         where.values, reading());
    if (!value)
        return fail(value.error());
    return value->toInt();
}

Result<QList<VisitRow>> VisitListQuery::rows(const VisitFilter& filter, int offset, int limit,
                                             int total) const
{
    Where where = whereOf(filter);
    where.values << limit << offset;
    // Many matches of a search alone: walk the live visits' date index and keep the matches.
    const QString from = where.searchOnly && total >= search::kWalkListFrom
                             ? u"visits v INDEXED BY visits_live_date"_s
                             : u"visits v"_s;
    // The page first, by the index; the joins and subqueries only for its rows. The first 200
    // characters of the content are enough for its first line.
    const QString sql =
        u"SELECT v.id, v.version, v.visit_date, v.unit_id, u.short_name, v.enterprise_id, "
        "e.name, v.reason, v.met_name, v.met_role, "
        "(SELECT group_concat(name, char(10)) FROM (SELECT o.name FROM visit_officers vo "
        "JOIN officers o ON o.id = vo.officer_id WHERE vo.visit_id = v.id AND "
        "vo.deleted_at IS NULL ORDER BY o.name)), "
        "(SELECT count(*) FROM problems p WHERE p.visit_id = v.id AND p.deleted_at IS NULL), "
        "substr(v.content, 1, 200) "
        "FROM (SELECT v.seq FROM %3 WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?) page "
        "JOIN visits v ON v.seq = page.seq "
        "LEFT JOIN units u ON u.id = v.unit_id "
        "LEFT JOIN enterprises e ON e.id = v.enterprise_id "
        "ORDER BY %2"_s.arg(where.text, kOrder, from);
    auto query = runQuery(m_connection, sql, where.values, reading());
    if (!query)
        return fail(query.error());
    QList<VisitRow> rows;
    rows.reserve(std::min(limit, 4096));
    while (query->next())
        rows.append(rowFrom(*query));
    return rows;
}

Result<int> VisitListQuery::indexOf(const VisitFilter& filter, const QString& id) const
{
    Where where = whereOf(filter);
    QVariantList values = where.values;
    values << id;
    auto target = runQuery(
        m_connection,
        u"SELECT v.visit_date, v.seq FROM visits v WHERE %1 AND v.id = ?"_s.arg(where.text), values,
        reading());
    if (!target)
        return fail(target.error());
    if (!target->next())
        return -1;
    const QVariant date = target->value(0);
    const QVariant seq = target->value(1);
    // Rows before it: later days, or the same day entered later.
    values = where.values;
    values << date << date << seq;
    auto before = queryValue(m_connection,
                             u"SELECT count(*) FROM visits v WHERE %1 AND (v.visit_date > ? OR "
                             "(v.visit_date = ? AND v.seq > ?))"_s.arg(where.text),
                             values, reading());
    if (!before)
        return fail(before.error());
    return before->toInt();
}

} // namespace lp::storage
