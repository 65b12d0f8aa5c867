// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/problemledgerquery.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/storage/nativequery.h"
#include "core/storage/problemfiltersql.h"
#include "core/storage/queryutil.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QString reading()
{
    return QCoreApplication::translate("lp::storage::ProblemLedgerQuery",
                                       "reading the problem ledger");
}

// One term of an ORDER BY; never NULL, so "before" is a plain comparison.
struct SortTerm {
    QString expression;
    bool ascending = true;
};

// The sort as terms ending in the unique number (a total order), with the join it needs.
struct SortSql {
    QList<SortTerm> terms;
    QString join;
};

SortSql sortSql(LedgerSort sort)
{
    const bool up = sort.ascending;
    const QList<SortTerm> newest{{u"p.found_on"_s, false}, {u"p.number"_s, false}};
    switch (sort.column) {
    case LedgerColumn::Number:
        return {{{u"p.number"_s, up}}, {}};
    case LedgerColumn::FoundOn:
        return {{{u"p.found_on"_s, up}, {u"p.number"_s, up}}, {}};
    case LedgerColumn::Deadline:
        return {{{u"p.deadline"_s, up}, {u"p.number"_s, up}}, {}};
    case LedgerColumn::ClosedOn:
        return {{{u"coalesce(p.closed_on, '')"_s, up}, {u"p.number"_s, up}}, {}};
    case LedgerColumn::Description:
        return {{{u"p.description"_s, up}, {u"p.number"_s, up}}, {}};
    case LedgerColumn::Unit:
        return {QList<SortTerm>{{u"coalesce(su.sort_order, 0)"_s, up}, {u"p.unit_id"_s, up}} +
                    newest,
                u" LEFT JOIN units su ON su.id = p.unit_id"_s};
    case LedgerColumn::Enterprise:
        return {QList<SortTerm>{{u"coalesce(se.name, '')"_s, up}} + newest,
                u" LEFT JOIN enterprises se ON se.id = p.enterprise_id"_s};
    case LedgerColumn::Category:
        return {QList<SortTerm>{{u"coalesce(sc.sort_order, 0)"_s, up}, {u"p.category_id"_s, up}} +
                    newest,
                u" LEFT JOIN problem_categories sc ON sc.id = p.category_id"_s};
    case LedgerColumn::Triage:
        return {QList<SortTerm>{{u"CASE p.triage WHEN 'own' THEN 1 WHEN 'cross' THEN 2 WHEN "
                                 "'transfer' THEN 3 ELSE 0 END"_s,
                                 up}} +
                    newest,
                {}};
    case LedgerColumn::Responsible:
        return {QList<SortTerm>{{u"coalesce(sr.sort_order, -1)"_s, up},
                                {u"coalesce(p.responsible_unit_id, '')"_s, up}} +
                    newest,
                u" LEFT JOIN units sr ON sr.id = p.responsible_unit_id"_s};
    case LedgerColumn::Status:
        return {
            QList<SortTerm>{{u"CASE p.status WHEN 'registered' THEN 1 WHEN 'in_progress' THEN 2 "
                             "WHEN 'transferred' THEN 3 WHEN 'result_received' THEN 4 WHEN "
                             "'feedback_given' THEN 5 ELSE 6 END"_s,
                             up}} +
                newest,
            {}};
    }
    return {newest, {}};
}

QString orderBy(const SortSql& sort, bool reversed)
{
    QStringList parts;
    for (const SortTerm& term : sort.terms)
        parts.append(term.expression + (term.ascending != reversed ? u" ASC"_s : u" DESC"_s));
    return parts.join(u", "_s);
}

// "Sorts before the row whose terms are bound next": t1 < v1 OR (t1 = v1 AND (t2 < v2 OR …)),
// led by t1 <= v1 so the first term's index can serve a range.
QString sortsBefore(const SortSql& sort)
{
    QString condition;
    for (auto term = sort.terms.crbegin(); term != sort.terms.crend(); ++term) {
        const QString less = term->expression + (term->ascending ? u" < ?"_s : u" > ?"_s);
        condition = condition.isEmpty()
                        ? less
                        : u"(%1 OR (%2 = ? AND %3))"_s.arg(less, term->expression, condition);
    }
    const SortTerm& first = sort.terms.first();
    return first.expression + (first.ascending ? u" <= ? AND "_s : u" >= ? AND "_s) + condition;
}

// The values sortsBefore() binds, from the key of the row: v1, then vi, vi for the others.
QVariantList beforeValues(const QVariantList& key)
{
    QVariantList values{key.first()};
    for (qsizetype i = 0; i < key.size(); ++i) {
        values.append(key[i]);
        if (i + 1 < key.size())
            values.append(key[i]);
    }
    return values;
}

} // namespace

Result<int> ProblemLedgerQuery::count(const ProblemFilter& filter) const
{
    const ProblemFilterSql sql = problemFilterSql(filter);
    // A search alone is counted in its indexes, which hold only the live problems.
    auto value = sql.searchOnly
                     ? queryValue(m_connection, u"SELECT count(*) FROM (%1)"_s.arg(sql.matches.sql),
                                  sql.matches.values, reading())
                     : queryValue(m_connection,
                                  u"SELECT count(*) FROM %1 WHERE %2"_s.arg(sql.from, sql.where),
                                  sql.values, reading());
    if (!value)
        return fail(value.error());
    return value->toInt();
}

Result<QList<qint64>> ProblemLedgerQuery::pageKeys(const ProblemFilter& filter, LedgerSort sort,
                                                   bool reversed, int offset, int limit,
                                                   int total) const
{
    ProblemFilterSql sql = problemFilterSql(filter);
    const SortSql order = sortSql(sort);
    // Many matches of a search alone in date order: walk the live problems' date index.
    if (sql.searchOnly && sort.column == LedgerColumn::FoundOn && total >= search::kWalkListFrom)
        sql.from = u"problems p INDEXED BY problems_live_found"_s;
    sql.values << limit << offset;
    auto query =
        NativeQuery::run(m_connection,
                         u"SELECT p.seq FROM %1%2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?"_s.arg(
                             sql.from, order.join, sql.where, orderBy(order, reversed)),
                         sql.values, reading());
    if (!query)
        return fail(query.error());
    QList<qint64> keys;
    keys.reserve(limit);
    if (auto read = query->forEachRow([&] { keys.append(query->integer(0)); }); !read)
        return fail(read.error());
    return keys;
}

Result<QList<ProblemLedgerRow>> ProblemLedgerQuery::rowsOf(const QList<qint64>& keys) const
{
    if (keys.isEmpty())
        return QList<ProblemLedgerRow>();
    // The keys are integers read from the table: written into the statement rather than bound,
    // because binding 200 "?" costs the SQLite driver a search of every name for each one.
    QStringList written;
    written.reserve(keys.size());
    for (qint64 key : keys)
        written.append(QString::number(key));
    const QString marks = written.join(u", "_s);
    auto query = NativeQuery::run(
        m_connection,
        u"SELECT p.seq, p.id, p.version, p.number, p.found_on, p.unit_id, "
        "coalesce(nullif(u.short_name, ''), u.name), p.enterprise_id, e.name, c.name, "
        "p.description, p.triage, coalesce(nullif(ru.short_name, ''), ru.name), s.name, "
        "CASE WHEN p.triage = 'transfer' THEN (SELECT d.name FROM transfers t JOIN departments d "
        "ON d.id = t.department_id WHERE t.problem_id = p.id AND t.deleted_at IS NULL ORDER BY "
        "t.transferred_on DESC, t.rowid DESC LIMIT 1) END, p.deadline, p.status, p.closed_on "
        "FROM problems p LEFT JOIN units u ON u.id = p.unit_id "
        "LEFT JOIN enterprises e ON e.id = p.enterprise_id "
        "LEFT JOIN problem_categories c ON c.id = p.category_id "
        "LEFT JOIN units ru ON ru.id = p.responsible_unit_id "
        "LEFT JOIN sections s ON s.id = p.responsible_section_id WHERE p.seq IN (%1)"_s.arg(marks),
        {}, reading());
    if (!query)
        return fail(query.error());
    QHash<qint64, ProblemLedgerRow> found;
    auto read = query->forEachRow([&] {
        ProblemLedgerRow row;
        row.id = query->text(1);
        row.version = int(query->integer(2));
        row.number = query->text(3);
        row.foundOn = query->date(4);
        row.unitId = query->text(5);
        row.unitShortName = query->text(6);
        row.enterpriseId = query->text(7);
        row.enterpriseName = query->text(8);
        row.categoryName = query->text(9);
        row.description = query->text(10);
        if (!query->isNull(11))
            row.triage = domain::triageFromCode(query->text(11));
        row.responsible = query->text(14);
        if (row.responsible.isEmpty()) {
            const QString unit = query->text(12);
            const QString section = query->text(13);
            row.responsible = section.isEmpty() || unit.isEmpty() ? QString(unit + section)
                                                                  : QString(unit + u' ' + section);
        }
        row.deadline = query->date(15);
        row.status = domain::problemStatusFromCode(query->text(16))
                         .value_or(domain::ProblemStatus::Registered);
        row.closedOn = query->date(17);
        found.insert(query->integer(0), std::move(row));
    });
    if (!read)
        return fail(read.error());
    QList<ProblemLedgerRow> rows;
    rows.reserve(keys.size());
    for (qint64 key : keys) {
        if (auto at = found.find(key); at != found.end())
            rows.append(std::move(*at));
    }
    return rows;
}

Result<QList<ProblemLedgerRow>> ProblemLedgerQuery::rows(const ProblemFilter& filter,
                                                         LedgerSort sort, int offset, int limit,
                                                         int total) const
{
    if (offset < 0 || limit <= 0)
        return QList<ProblemLedgerRow>();
    // Past the middle, the page is the first rows of the reverse order after fewer skipped.
    const bool fromEnd = total > 0 && offset > total / 2 && offset < total;
    Result<QList<qint64>> keys =
        fromEnd ? pageKeys(filter, sort, true, std::max(0, total - offset - limit),
                           std::min(limit, total - offset), total)
                : pageKeys(filter, sort, false, offset, limit, total);
    if (!keys)
        return fail(keys.error());
    if (fromEnd)
        std::reverse(keys->begin(), keys->end());
    return rowsOf(*keys);
}

Result<int> ProblemLedgerQuery::indexOf(const ProblemFilter& filter, LedgerSort sort,
                                        const QString& id) const
{
    ProblemFilterSql sql = problemFilterSql(filter);
    const SortSql order = sortSql(sort);
    QStringList expressions;
    for (const SortTerm& term : order.terms)
        expressions.append(term.expression);
    QVariantList values = sql.values;
    values.append(id);
    auto query = runQuery(m_connection,
                          u"SELECT %1 FROM %2%3 WHERE %4 AND p.id = ?"_s.arg(
                              expressions.join(u", "_s), sql.from, order.join, sql.where),
                          values, reading());
    if (!query)
        return fail(query.error());
    if (!query->next())
        return -1;
    QVariantList key;
    for (qsizetype i = 0; i < expressions.size(); ++i)
        key.append(query->value(int(i)));
    sql.values.append(beforeValues(key));
    auto before = queryValue(m_connection,
                             u"SELECT count(*) FROM %1%2 WHERE %3 AND %4"_s.arg(
                                 sql.from, order.join, sql.where, sortsBefore(order)),
                             sql.values, reading());
    if (!before)
        return fail(before.error());
    return before->toInt();
}

} // namespace lp::storage
