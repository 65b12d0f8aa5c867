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
};

// One search word: in the content, the person met or their role, or the enterprise's name.
void addWord(const QString& word, QStringList& conditions, QVariantList& values)
{
    if (word.size() >= search::kMinTrigramLength) {
        conditions.append(u"(v.seq IN (SELECT rowid FROM visits_fts WHERE visits_fts MATCH ?) OR "
                          "v.enterprise_id IN (SELECT id FROM enterprises WHERE seq IN "
                          "(SELECT rowid FROM enterprises_fts WHERE enterprises_fts MATCH ?)))"_s);
        values << search::ftsPhrase(word) << QString(u"name : "_s + search::ftsPhrase(word));
    } else if (search::hasLatinLetter(word)) {
        const QString pattern = search::containsPattern(word);
        conditions.append(u"(v.content LIKE ? ESCAPE '\\' OR v.met_name LIKE ? ESCAPE '\\' OR "
                          "v.met_role LIKE ? ESCAPE '\\' OR v.enterprise_id IN (SELECT id FROM "
                          "enterprises WHERE name LIKE ? ESCAPE '\\'))"_s);
        values << pattern << pattern << pattern << pattern;
    } else {
        conditions.append(u"(instr(v.content, ?) > 0 OR instr(v.met_name, ?) > 0 OR "
                          "instr(v.met_role, ?) > 0 OR v.enterprise_id IN (SELECT id FROM "
                          "enterprises WHERE instr(name, ?) > 0))"_s);
        values << word << word << word << word;
    }
}

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
    for (const QString& word : EnterpriseFilterSql::searchWords(filter.search))
        addWord(word, conditions, where.values);
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
    auto value =
        queryValue(m_connection, u"SELECT count(*) FROM visits v WHERE %1"_s.arg(where.text),
                   where.values, reading());
    if (!value)
        return fail(value.error());
    return value->toInt();
}

Result<QList<VisitRow>> VisitListQuery::rows(const VisitFilter& filter, int offset, int limit) const
{
    Where where = whereOf(filter);
    where.values << limit << offset;
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
        "FROM (SELECT v.seq FROM visits v WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?) page "
        "JOIN visits v ON v.seq = page.seq "
        "LEFT JOIN units u ON u.id = v.unit_id "
        "LEFT JOIN enterprises e ON e.id = v.enterprise_id "
        "ORDER BY %2"_s.arg(where.text, kOrder);
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
