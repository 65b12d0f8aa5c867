// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/visitservice.h"

#include "core/clock.h"
#include "core/domain/problemflow.h"
#include "core/services/calendarservice.h"
#include "core/services/changehub.h"
#include "core/services/recordchecks.h"
#include "core/storage/database.h"
#include "core/storage/linktable.h"
#include "core/storage/problemlistsrepository.h"
#include "core/storage/problemrepository.h"
#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"
#include "core/storage/visitrepository.h"

using namespace Qt::StringLiterals;

namespace lp::services {
namespace {

void note(FieldIssues& issues, const QString& field, const Result<void>& checked)
{
    if (!checked)
        issues.append({field, checked.error()});
}

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message, {}};
}

// A new problem takes the visit's unit, enterprise and day; triaged to the visiting unit or
// across units, it is being handled from the moment it is saved.
domain::Problem fromVisit(domain::Problem problem, const domain::Visit& visit)
{
    problem.visitId = visit.id;
    problem.unitId = visit.unitId;
    problem.enterpriseId = visit.enterpriseId;
    problem.foundOn = visit.date;
    return problem;
}

} // namespace

QString VisitService::problemField(qsizetype index, const QString& column)
{
    return u"problem.%1.%2"_s.arg(index).arg(column);
}

VisitDraft VisitService::normalized(VisitDraft draft)
{
    auto& visit = draft.visit;
    visit.metName = visit.metName.simplified();
    visit.metRole = visit.metRole.simplified();
    visit.content = visit.content.trimmed();
    QStringList officers;
    for (const QString& id : std::as_const(visit.officerIds)) {
        if (!id.isEmpty() && !officers.contains(id))
            officers.append(id);
    }
    visit.officerIds = officers;
    for (auto& problem : draft.problems) {
        problem.description = problem.description.trimmed();
        problem.request = problem.request.trimmed();
        if (problem.triage != domain::Triage::CrossUnit)
            problem.partnerUnitIds.clear();
        problem.partnerUnitIds.removeAll(visit.unitId);
        problem.partnerUnitIds.removeDuplicates();
    }
    return draft;
}

void VisitService::checkVisit(const domain::Visit& visit, FieldIssues& issues) const
{
    const QDate today = m_database.clock().today();
    if (!visit.date.isValid())
        issues.append({u"visit_date"_s, invalid(tr("Visit date: enter the day of the visit."))});
    else if (visit.date > today)
        issues.append(
            {u"visit_date"_s,
             invalid(tr("Visit date: %1 is in the future; a visit is recorded after it "
                        "took place (today is %2).")
                         .arg(visit.date.toString(Qt::ISODate), today.toString(Qt::ISODate)))});
    RecordChecks checks(m_database.connection());
    note(issues, u"unit_id"_s,
         checks.requireLive(storage::tables::units(), visit.unitId, tr("Visiting unit")));
    note(issues, u"enterprise_id"_s,
         checks.requireLive(storage::tables::enterprises(), visit.enterpriseId, tr("Enterprise")));
    if (visit.officerIds.isEmpty())
        issues.append({u"officers"_s, invalid(tr("Officers: choose at least one officer who "
                                                 "made the visit."))});
    for (const QString& id : visit.officerIds) {
        if (auto live = checks.requireLive(storage::tables::officers(), id, tr("Officers"));
            !live) {
            issues.append({u"officers"_s, live.error()});
            break;
        }
    }
    if (visit.content.isEmpty())
        issues.append({u"content"_s, invalid(tr("Content: write what was discussed."))});
}

Result<void> VisitService::checkProblem(const VisitDraft& draft, qsizetype index,
                                        FieldIssues& issues) const
{
    const domain::Problem& problem = draft.problems[index];
    const QString label = tr("Problem %1").arg(index + 1);
    auto field = [&](const QString& column) {
        return problemField(index, column);
    };
    auto prefixed = [&](const Error& error) {
        return Error{error.code, label + u": "_s + error.message, error.detail};
    };
    RecordChecks checks(m_database.connection());
    if (problem.description.isEmpty())
        issues.append({field(u"description"_s),
                       invalid(label + u": "_s + tr("describe the problem the enterprise has."))});
    if (auto category = checks.requireLive(storage::tables::problemCategories(), problem.categoryId,
                                           tr("Category"));
        !category)
        issues.append({field(u"category_id"_s), prefixed(category.error())});
    if (problem.deadline.isValid() && draft.visit.date.isValid() &&
        problem.deadline < draft.visit.date)
        issues.append({field(u"deadline"_s),
                       invalid(label + u": "_s +
                               tr("the deadline %1 is before the day the problem was found "
                                  "(%2); give a later date.")
                                   .arg(problem.deadline.toString(Qt::ISODate),
                                        draft.visit.date.toString(Qt::ISODate)))});
    if (problem.triage == domain::Triage::CrossUnit && problem.partnerUnitIds.isEmpty())
        issues.append({field(u"partner_units"_s),
                       invalid(label + u": "_s +
                               tr("name the political-legal units it is coordinated with."))});
    for (const QString& id : problem.partnerUnitIds) {
        if (auto live =
                checks.requireLive(storage::tables::units(), id, tr("Units to coordinate with"));
            !live) {
            issues.append({field(u"partner_units"_s), prefixed(live.error())});
            break;
        }
    }
    if (auto responsible = checks.requireResponsible(
            problem.responsibleUnitId, problem.responsibleSectionId, problem.responsibleOfficerId);
        !responsible)
        issues.append({field(u"responsible"_s), prefixed(responsible.error())});
    if (problem.id.isEmpty())
        return {};
    auto stored = storage::ProblemRepository(m_database.connection()).findById(problem.id);
    if (!stored)
        return fail(stored.error());
    if (!stored->has_value() || (*stored)->visitId != draft.visit.id)
        issues.append({field(u"description"_s),
                       invalid(label + u": "_s + tr("it is no longer a problem of this visit."))});
    else if (auto editable = domain::ProblemFlow::check(**stored, domain::ProblemAction::Edit);
             !editable)
        issues.append({field(u"description"_s), prefixed(editable.error())});
    return {};
}

Result<FieldIssues> VisitService::check(const VisitDraft& draft) const
{
    FieldIssues issues;
    checkVisit(draft.visit, issues);
    for (qsizetype i = 0; i < draft.problems.size(); ++i) {
        if (auto checked = checkProblem(draft, i, issues); !checked)
            return fail(checked.error());
    }
    return issues;
}

Result<VisitService::DeadlineRule> VisitService::deadlineRule() const
{
    auto calendar = CalendarService::calendar(m_database);
    if (!calendar)
        return fail(calendar.error());
    auto counting = CalendarService::counting(m_database);
    if (!counting)
        return fail(counting.error());
    return DeadlineRule{*calendar, *counting};
}

Result<QDate> VisitService::defaultDeadline(const DeadlineRule& rule, const QString& categoryId,
                                            const QDate& foundOn) const
{
    auto category =
        storage::ProblemListsRepository(m_database.connection()).categoryById(categoryId);
    if (!category)
        return fail(category.error());
    if (!category->has_value())
        return fail(ErrorCode::NotFound, tr("Category: the chosen category does not exist."));
    return rule.calendar.deadline(foundOn, (*category)->deadlineDays, rule.counting);
}

Result<QDate> VisitService::defaultDeadline(const QString& categoryId, const QDate& foundOn) const
{
    auto rule = deadlineRule();
    if (!rule)
        return fail(rule.error());
    return defaultDeadline(*rule, categoryId, foundOn);
}

Result<VisitDraft> VisitService::save(VisitDraft draft)
{
    draft = normalized(std::move(draft));
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto issues = check(draft);
    if (!issues)
        return fail(issues.error());
    if (!issues->isEmpty())
        return fail(issues->first().error);
    storage::RecordWriter writer(transaction->connection(), m_database.clock(), m_actor);
    storage::VisitRepository visits(transaction->connection());
    auto visit = draft.visit.id.isEmpty() ? storage::VisitRepository::insert(writer, draft.visit)
                                          : visits.update(writer, draft.visit);
    if (!visit)
        return fail(visit.error());
    draft.visit = *visit;
    storage::ProblemRepository problems(transaction->connection());
    std::optional<DeadlineRule> rule; // read once, when a problem needs it
    for (auto& problem : draft.problems) {
        domain::Problem wanted = fromVisit(problem, draft.visit);
        if (!wanted.deadline.isValid()) {
            if (!rule) {
                auto read = deadlineRule();
                if (!read)
                    return fail(read.error());
                rule = std::move(*read);
            }
            auto deadline = defaultDeadline(*rule, wanted.categoryId, wanted.foundOn);
            if (!deadline)
                return fail(deadline.error());
            wanted.deadline = *deadline;
        }
        if (wanted.responsibleUnitId.isEmpty() && wanted.triage != domain::Triage::Transfer)
            wanted.responsibleUnitId = wanted.unitId;
        Result<domain::Problem> saved = wanted;
        if (wanted.id.isEmpty()) {
            wanted.status = wanted.triage && *wanted.triage != domain::Triage::Transfer
                                ? domain::ProblemStatus::InProgress
                                : domain::ProblemStatus::Registered;
            saved = storage::ProblemRepository::insert(writer, transaction->connection(), wanted);
        } else {
            // The status, its trail and the triage move only through ProblemService.
            auto stored = problems.findById(wanted.id);
            if (!stored)
                return fail(stored.error());
            domain::Problem edited = **stored;
            edited.unitId = wanted.unitId;
            edited.enterpriseId = wanted.enterpriseId;
            edited.foundOn = wanted.foundOn;
            edited.categoryId = wanted.categoryId;
            edited.description = wanted.description;
            edited.request = wanted.request;
            edited.deadline = wanted.deadline;
            edited.responsibleUnitId = wanted.responsibleUnitId;
            edited.responsibleSectionId = wanted.responsibleSectionId;
            edited.responsibleOfficerId = wanted.responsibleOfficerId;
            edited.version = wanted.version;
            saved = problems.update(writer, edited);
        }
        if (!saved)
            return fail(saved.error());
        problem = *saved;
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    if (m_changes) {
        m_changes->announce(storage::tables::visits().name, {draft.visit.id});
        QStringList ids;
        for (const auto& problem : std::as_const(draft.problems))
            ids.append(problem.id);
        if (!ids.isEmpty())
            m_changes->announce(storage::tables::problems().name, ids);
    }
    return draft;
}

Result<void> VisitService::remove(const domain::Visit& visit)
{
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto connection = transaction->connection();
    auto found = storage::ProblemRepository(connection).listForVisit(visit.id);
    if (!found)
        return fail(found.error());
    for (const auto& problem : std::as_const(*found)) {
        auto trail = storage::queryValue(
            connection,
            u"SELECT (SELECT count(*) FROM measures WHERE problem_id = ? AND deleted_at IS NULL)"
            " + (SELECT count(*) FROM feedback WHERE problem_id = ? AND deleted_at IS NULL)"
            " + (SELECT count(*) FROM transfers WHERE problem_id = ? AND deleted_at IS NULL)"
            " + (SELECT count(*) FROM supervision_orders WHERE problem_id = ? AND "
            "deleted_at IS NULL)"_s,
            {problem.id, problem.id, problem.id, problem.id},
            tr("checking what was done about the visit's problems"));
        if (!trail)
            return fail(trail.error());
        const bool onlyRegistered = problem.status == domain::ProblemStatus::Registered ||
                                    problem.status == domain::ProblemStatus::InProgress;
        if (trail->toInt() > 0 || !onlyRegistered)
            return fail(ErrorCode::InvalidInput,
                        tr("The visit cannot be deleted: its problem %1 is already being "
                           "handled (measures, a transfer, a result or feedback are recorded). "
                           "Correct the visit instead.")
                            .arg(problem.number));
    }
    storage::RecordWriter writer(connection, m_database.clock(), m_actor);
    for (const auto& problem : std::as_const(*found)) {
        if (auto links =
                storage::ProblemRepository::partnerLinks().sync(writer, connection, problem.id, {});
            !links)
            return fail(links.error());
        if (auto removed =
                writer.softDelete(storage::tables::problems(), problem.id, problem.version);
            !removed)
            return fail(removed.error());
    }
    if (auto links =
            storage::VisitRepository::officerLinks().sync(writer, connection, visit.id, {});
        !links)
        return fail(links.error());
    if (auto removed = writer.softDelete(storage::tables::visits(), visit.id, visit.version);
        !removed)
        return fail(removed.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    if (m_changes) {
        m_changes->announce(storage::tables::visits().name, {visit.id});
        m_changes->announce(storage::tables::problems().name, {});
    }
    return {};
}

} // namespace lp::services
