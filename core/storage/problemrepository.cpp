// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/problemrepository.h"

#include <QCoreApplication>

#include "core/storage/linktable.h"
#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QString reading()
{
    return QCoreApplication::translate("lp::storage::ProblemRepository", "reading the problems");
}

QVariantMap fields(const domain::Problem& problem)
{
    return {
        {u"number"_s, problem.number},
        {u"visit_id"_s, problem.visitId},
        {u"unit_id"_s, problem.unitId},
        {u"enterprise_id"_s, problem.enterpriseId},
        {u"found_on"_s, storedDate(problem.foundOn)},
        {u"category_id"_s, problem.categoryId},
        {u"description"_s, problem.description},
        {u"request"_s, nullIfEmpty(problem.request)},
        {u"triage"_s, problem.triage ? QVariant(domain::triageCode(*problem.triage)) : QVariant()},
        {u"responsible_unit_id"_s, nullIfEmpty(problem.responsibleUnitId)},
        {u"responsible_section_id"_s, nullIfEmpty(problem.responsibleSectionId)},
        {u"responsible_officer_id"_s, nullIfEmpty(problem.responsibleOfficerId)},
        {u"deadline"_s, storedDate(problem.deadline)},
        {u"status"_s, domain::problemStatusCode(problem.status)},
        {u"result"_s, nullIfEmpty(problem.result)},
        {u"result_on"_s, storedDate(problem.resultOn)},
        {u"closed_on"_s, storedDate(problem.closedOn)},
        {u"closed_by"_s, nullIfEmpty(problem.closedBy)}};
}

} // namespace

const LinkTable& ProblemRepository::partnerLinks()
{
    static const LinkTable links{tables::problemUnits(), u"problem_id"_s, u"unit_id"_s};
    return links;
}

Result<QList<domain::Problem>> ProblemRepository::select(const QString& where,
                                                         const QVariantList& values) const
{
    auto query = runQuery(
        m_connection,
        u"SELECT id, number, visit_id, unit_id, enterprise_id, found_on, category_id, "
        "description, request, triage, responsible_unit_id, responsible_section_id, "
        "responsible_officer_id, deadline, status, result, result_on, closed_on, closed_by, "
        "version FROM problems WHERE deleted_at IS NULL AND "_s +
            where + u" ORDER BY number"_s,
        values, reading());
    if (!query)
        return fail(query.error());
    QList<domain::Problem> problems;
    QStringList ids;
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
        ids.append(p.id);
        problems.append(p);
    }
    if (problems.isEmpty())
        return problems;
    auto partners = partnerLinks().load(m_connection, ids, u"l.rowid"_s);
    if (!partners)
        return fail(partners.error());
    for (auto& problem : problems)
        problem.partnerUnitIds = partners->value(problem.id);
    return problems;
}

Result<std::optional<domain::Problem>> ProblemRepository::findById(const QString& id) const
{
    auto found = select(u"id = ?"_s, {id});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<std::optional<domain::Problem>> ProblemRepository::findByNumber(const QString& number) const
{
    auto found = select(u"number = ?"_s, {number.trimmed().toUpper()});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<std::optional<domain::Problem>> ProblemRepository::find(const QString& numberOrId) const
{
    auto byNumber = findByNumber(numberOrId);
    if (!byNumber || byNumber->has_value())
        return byNumber;
    return findById(numberOrId.trimmed());
}

Result<QList<domain::Problem>> ProblemRepository::listForVisit(const QString& visitId) const
{
    return select(u"visit_id = ?"_s, {visitId});
}

Result<int> ProblemRepository::nextSeq(int year) const
{
    // Numbers have a fixed width, so the greatest number of the year is the last one given.
    // A range over the unique index on number, so finding it is one index lookup.
    const QString prefix = u"P%1-"_s.arg(year, 4, 10, QChar(u'0'));
    auto last = queryValue(m_connection,
                           u"SELECT max(number) FROM problems WHERE number >= ? AND number < ?"_s,
                           {QVariant(prefix), QVariant(prefix + u"999999~"_s)}, reading());
    if (!last)
        return fail(last.error());
    return last->isNull() ? 1 : last->toString().section(u'-', 1).toInt() + 1;
}

Result<domain::Problem> ProblemRepository::insert(RecordWriter& writer,
                                                  const QSqlDatabase& connection,
                                                  domain::Problem problem,
                                                  std::optional<qint64> problemBatch,
                                                  std::optional<qint64> unitBatch)
{
    if (problem.number.isEmpty()) {
        auto seq = ProblemRepository(connection).nextSeq(problem.foundOn.year());
        if (!seq)
            return fail(seq.error());
        problem.number = domain::problemNumber(problem.foundOn.year(), *seq);
    }
    auto meta = writer.insert(tables::problems(), fields(problem), problemBatch);
    if (!meta)
        return fail(meta.error());
    problem.id = meta->id;
    problem.version = meta->version;
    if (auto partners =
            partnerLinks().insert(writer, problem.id, problem.partnerUnitIds, unitBatch);
        !partners)
        return fail(partners.error());
    return problem;
}

Result<domain::Problem> ProblemRepository::update(RecordWriter& writer,
                                                  domain::Problem problem) const
{
    auto meta = writer.update(tables::problems(), problem.id, problem.version, fields(problem));
    if (!meta)
        return fail(meta.error());
    problem.version = meta->version;
    if (auto partners =
            partnerLinks().sync(writer, m_connection, problem.id, problem.partnerUnitIds);
        !partners)
        return fail(partners.error());
    return problem;
}

} // namespace lp::storage
