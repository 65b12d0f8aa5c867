// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/visitledgerquery.h"

#include <QCoreApplication>

#include "core/storage/problemfiltersql.h"
#include "core/storage/queryutil.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QString reading()
{
    return QCoreApplication::translate("lp::storage::VisitLedgerQuery",
                                       "reading the visits and their problems");
}

// The period (and unit) filter of a list on `dateColumn`, with its values.
QString periodFilter(const QString& dateColumn, const QString& unitId)
{
    return dateColumn + u" BETWEEN ? AND ?"_s +
           (unitId.isEmpty() ? QString() : u" AND p.unit_id = ?"_s);
}
QVariantList periodValues(const QDate& from, const QDate& to, const QString& unitId)
{
    QVariantList values{storedDate(from), storedDate(to)};
    if (!unitId.isEmpty())
        values.append(unitId);
    return values;
}

ProblemContext contextOf(const QSqlQuery& query, int first)
{
    return {query.value(first).toString(), query.value(first + 1).toString(),
            query.value(first + 2).toString(), query.value(first + 3).toString(),
            domain::problemStatusFromCode(query.value(first + 4).toString())
                .value_or(domain::ProblemStatus::Registered)};
}

const QString kContextColumns =
    u"p.number, p.description, p.unit_id, e.name, p.status FROM problems p "
    "LEFT JOIN enterprises e ON e.id = p.enterprise_id"_s;

} // namespace

Result<QHash<QString, QStringList>> VisitLedgerQuery::partnerUnits(const QString& filter,
                                                                   const QVariantList& values) const
{
    auto query = runQuery(m_connection,
                          u"SELECT pu.problem_id, pu.unit_id FROM problem_units pu JOIN problems p "
                          "ON p.id = pu.problem_id WHERE pu.deleted_at IS NULL AND "
                          "p.deleted_at IS NULL AND "_s +
                              filter + u" ORDER BY pu.rowid"_s,
                          values, reading());
    if (!query)
        return fail(query.error());
    QHash<QString, QStringList> partners;
    while (query->next())
        partners[query->value(0).toString()].append(query->value(1).toString());
    return partners;
}

Result<QList<domain::Problem>>
VisitLedgerQuery::readProblems(const QString& filter, const QVariantList& values,
                               QHash<QString, QString>* enterpriseNames) const
{
    auto query = runQuery(
        m_connection,
        u"SELECT p.id, p.number, p.visit_id, p.unit_id, p.enterprise_id, p.found_on, "
        "p.category_id, p.description, p.request, p.triage, p.responsible_unit_id, "
        "p.responsible_section_id, p.responsible_officer_id, p.deadline, p.status, p.result, "
        "p.result_on, p.closed_on, p.closed_by, p.version, e.name FROM problems p "
        "LEFT JOIN enterprises e ON e.id = p.enterprise_id WHERE p.deleted_at IS NULL AND "_s +
            filter + u" ORDER BY p.found_on, p.number"_s,
        values, reading());
    if (!query)
        return fail(query.error());
    auto partners = partnerUnits(filter, values);
    if (!partners)
        return fail(partners.error());
    QList<domain::Problem> problems;
    while (query->next()) {
        domain::Problem p;
        p.id = query->value(0).toString();
        p.number = query->value(1).toString();
        p.visitId = query->value(2).toString();
        p.unitId = query->value(3).toString();
        p.enterpriseId = query->value(4).toString();
        p.foundOn = dateFromStored(query->value(5));
        p.categoryId = query->value(6).toString();
        p.description = query->value(7).toString();
        p.request = query->value(8).toString();
        p.triage = domain::triageFromCode(query->value(9).toString());
        p.responsibleUnitId = query->value(10).toString();
        p.responsibleSectionId = query->value(11).toString();
        p.responsibleOfficerId = query->value(12).toString();
        p.deadline = dateFromStored(query->value(13));
        p.status = domain::problemStatusFromCode(query->value(14).toString())
                       .value_or(domain::ProblemStatus::Registered);
        p.result = query->value(15).toString();
        p.resultOn = dateFromStored(query->value(16));
        p.closedOn = dateFromStored(query->value(17));
        p.closedBy = query->value(18).toString();
        p.version = query->value(19).toInt();
        p.partnerUnitIds = partners->value(p.id);
        if (enterpriseNames && !enterpriseNames->contains(p.enterpriseId))
            enterpriseNames->insert(p.enterpriseId, query->value(20).toString());
        problems.append(std::move(p));
    }
    return problems;
}

Result<QList<VisitLogEntry>> VisitLedgerQuery::visitLog(const QString& unitId, const QDate& from,
                                                        const QDate& to) const
{
    const QVariantList values{unitId, storedDate(from), storedDate(to)};
    auto query = runQuery(
        m_connection,
        u"SELECT v.id, v.visit_date, v.unit_id, v.enterprise_id, v.reason, v.met_name, "
        "v.met_role, v.content, v.version, e.name FROM visits v LEFT JOIN enterprises e ON e.id "
        "= v.enterprise_id WHERE v.deleted_at IS NULL AND v.unit_id = ? AND v.visit_date "
        "BETWEEN ? AND ? ORDER BY v.visit_date, v.seq"_s,
        values, reading());
    if (!query)
        return fail(query.error());
    QList<VisitLogEntry> entries;
    QHash<QString, qsizetype> index; // visit id → entry
    while (query->next()) {
        VisitLogEntry entry;
        domain::Visit& visit = entry.visit;
        visit.id = query->value(0).toString();
        visit.date = dateFromStored(query->value(1));
        visit.unitId = query->value(2).toString();
        visit.enterpriseId = query->value(3).toString();
        visit.reason = domain::visitReasonFromCode(query->value(4).toString())
                           .value_or(domain::VisitReason::Routine);
        visit.metName = query->value(5).toString();
        visit.metRole = query->value(6).toString();
        visit.content = query->value(7).toString();
        visit.version = query->value(8).toInt();
        entry.enterpriseName = query->value(9).toString();
        index.insert(visit.id, entries.size());
        entries.append(std::move(entry));
    }
    if (entries.isEmpty())
        return entries;

    // Officers in the order they were added: the first is the one who led the visit.
    auto officers = runQuery(
        m_connection,
        u"SELECT vo.visit_id, vo.officer_id FROM visit_officers vo JOIN visits v ON v.id = "
        "vo.visit_id WHERE vo.deleted_at IS NULL AND v.deleted_at IS NULL AND v.unit_id = ? AND "
        "v.visit_date BETWEEN ? AND ? ORDER BY vo.rowid"_s,
        values, reading());
    if (!officers)
        return fail(officers.error());
    while (officers->next()) {
        if (const auto at = index.constFind(officers->value(0).toString()); at != index.cend())
            entries[*at].visit.officerIds.append(officers->value(1).toString());
    }

    // A problem repeats its visit's unit and date, so the problem index finds them.
    auto problems =
        readProblems(u"p.unit_id = ? AND p.found_on BETWEEN ? AND ?"_s, values, nullptr);
    if (!problems)
        return fail(problems.error());
    for (domain::Problem& problem : *problems) {
        if (const auto at = index.constFind(problem.visitId); at != index.cend())
            entries[*at].problems.append(std::move(problem));
    }
    return entries;
}

Result<QList<ProblemListRow>> VisitLedgerQuery::problems(const QDate& from, const QDate& to,
                                                         const QString& unitId) const
{
    return problemRows(periodFilter(u"p.found_on"_s, unitId), periodValues(from, to, unitId));
}

Result<QList<ProblemListRow>> VisitLedgerQuery::problems(const ProblemFilter& filter) const
{
    const ProblemFilterSql sql = problemFilterSql(filter);
    return problemRows(problemFilterCondition(sql), sql.values);
}

Result<QList<ProblemListRow>> VisitLedgerQuery::problemRows(const QString& filter,
                                                            const QVariantList& values) const
{
    QHash<QString, QString> enterpriseNames;
    auto problems = readProblems(filter, values, &enterpriseNames);
    if (!problems)
        return fail(problems.error());
    QList<ProblemListRow> rows;
    rows.reserve(problems->size());
    for (domain::Problem& problem : *problems) {
        const QString name = enterpriseNames.value(problem.enterpriseId);
        rows.append({std::move(problem), name});
    }
    return rows;
}

Result<QList<MeasureListRow>> VisitLedgerQuery::measures(const QDate& from, const QDate& to,
                                                         const QString& unitId) const
{
    return measureRows(periodFilter(u"m.taken_on"_s, unitId), periodValues(from, to, unitId));
}

Result<QList<MeasureListRow>> VisitLedgerQuery::measures(const ProblemFilter& filter) const
{
    const ProblemFilterSql sql = problemFilterSql(filter);
    return measureRows(problemFilterCondition(sql), sql.values);
}

Result<QList<MeasureListRow>> VisitLedgerQuery::measureRows(const QString& filter,
                                                            const QVariantList& values) const
{
    auto query = runQuery(
        m_connection,
        u"SELECT m.id, m.problem_id, m.taken_on, m.content, m.officer_id, m.done_by, m.version, "_s +
            kContextColumns +
            u" JOIN measures m ON m.problem_id = p.id WHERE m.deleted_at IS NULL AND "
            "p.deleted_at IS NULL AND "_s +
            filter + u" ORDER BY m.taken_on, p.number, m.rowid"_s,
        values, reading());
    if (!query)
        return fail(query.error());
    QList<MeasureListRow> rows;
    while (query->next()) {
        MeasureListRow row;
        row.measure.id = query->value(0).toString();
        row.measure.problemId = query->value(1).toString();
        row.measure.takenOn = dateFromStored(query->value(2));
        row.measure.content = query->value(3).toString();
        row.measure.officerId = query->value(4).toString();
        row.measure.doneBy = query->value(5).toString();
        row.measure.version = query->value(6).toInt();
        row.problem = contextOf(*query, 7);
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<FeedbackListRow>> VisitLedgerQuery::feedback(const QDate& from, const QDate& to,
                                                          const QString& unitId) const
{
    return feedbackRows(periodFilter(u"f.given_on"_s, unitId), periodValues(from, to, unitId));
}

Result<QList<FeedbackListRow>> VisitLedgerQuery::feedback(const ProblemFilter& filter) const
{
    const ProblemFilterSql sql = problemFilterSql(filter);
    return feedbackRows(problemFilterCondition(sql), sql.values);
}

Result<QList<FeedbackListRow>> VisitLedgerQuery::feedbackRows(const QString& filter,
                                                              const QVariantList& values) const
{
    auto query =
        runQuery(m_connection,
                 u"SELECT f.id, f.problem_id, f.given_on, f.manner, f.content, f.satisfaction, "
                 "f.officer_id, f.version, "_s +
                     kContextColumns +
                     u" JOIN feedback f ON f.problem_id = p.id WHERE f.deleted_at IS NULL AND "
                     "p.deleted_at IS NULL AND "_s +
                     filter + u" ORDER BY f.given_on, p.number, f.rowid"_s,
                 values, reading());
    if (!query)
        return fail(query.error());
    QList<FeedbackListRow> rows;
    while (query->next()) {
        FeedbackListRow row;
        row.feedback.id = query->value(0).toString();
        row.feedback.problemId = query->value(1).toString();
        row.feedback.givenOn = dateFromStored(query->value(2));
        row.feedback.manner = domain::feedbackMannerFromCode(query->value(3).toString())
                                  .value_or(domain::FeedbackManner::InPerson);
        row.feedback.content = query->value(4).toString();
        row.feedback.satisfaction = domain::satisfactionFromCode(query->value(5).toString())
                                        .value_or(domain::Satisfaction::Satisfied);
        row.feedback.officerId = query->value(6).toString();
        row.feedback.version = query->value(7).toInt();
        row.problem = contextOf(*query, 8);
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<CategoryName>> VisitLedgerQuery::categoryNames() const
{
    auto query = runQuery(m_connection,
                          u"SELECT id, name, deleted_at IS NOT NULL FROM problem_categories "
                          "ORDER BY deleted_at IS NOT NULL, sort_order, code"_s,
                          {}, reading());
    if (!query)
        return fail(query.error());
    QList<CategoryName> names;
    while (query->next())
        names.append(
            {query->value(0).toString(), query->value(1).toString(), query->value(2).toBool()});
    return names;
}

} // namespace lp::storage
