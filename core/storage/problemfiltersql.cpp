// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/problemfiltersql.h"

#include "core/storage/enterprisefiltersql.h"
#include "core/storage/queryutil.h"
#include "core/storage/searchterms.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

// One search word: in the problem's own text, or in its enterprise's name.
void addSearchWord(const QString& word, QStringList& conditions, QVariantList& values)
{
    if (word.size() >= search::kMinTrigramLength) {
        conditions.append(
            u"(p.seq IN (SELECT rowid FROM problems_fts WHERE problems_fts MATCH ?) OR "
            "p.enterprise_id IN (SELECT id FROM enterprises WHERE seq IN (SELECT rowid FROM "
            "enterprises_fts WHERE enterprises_fts MATCH ?)))"_s);
        const QString phrase = search::ftsPhrase(word);
        values << phrase << QString(u"name : "_s + phrase);
        return;
    }
    if (search::hasLatinLetter(word)) {
        // LIKE, for its case-insensitive match of Latin letters ("p2" finds "P2026-…").
        const QString pattern = search::containsPattern(word);
        conditions.append(
            u"(p.number LIKE ? ESCAPE '\\' OR p.description LIKE ? ESCAPE '\\' OR "
            "p.request LIKE ? ESCAPE '\\' OR p.result LIKE ? ESCAPE '\\' OR p.enterprise_id IN "
            "(SELECT id FROM enterprises WHERE name LIKE ? ESCAPE '\\'))"_s);
        values << pattern << pattern << pattern << pattern << pattern;
        return;
    }
    conditions.append(u"(instr(p.number, ?) > 0 OR instr(p.description, ?) > 0 OR "
                      "instr(p.request, ?) > 0 OR instr(p.result, ?) > 0 OR p.enterprise_id IN "
                      "(SELECT id FROM enterprises WHERE instr(name, ?) > 0))"_s);
    values << word << word << word << word << word;
}

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
    for (const QString& word : EnterpriseFilterSql::searchWords(filter.search))
        addSearchWord(word, conditions, sql.values);
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
