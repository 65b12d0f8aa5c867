// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/problemservice.h"

#include "core/clock.h"
#include "core/services/changehub.h"
#include "core/services/recordchecks.h"
#include "core/storage/database.h"
#include "core/storage/problemrepository.h"
#include "core/storage/problemtrailrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace lp::services {
namespace {

using domain::ProblemAction;
using domain::ProblemFlow;
using domain::ProblemStatus;

Result<void> invalid(const QString& message)
{
    return fail(ErrorCode::InvalidInput, message);
}

} // namespace

Result<void> ProblemService::checkDate(const QDate& date, const QString& field,
                                       const QDate& notBefore, const QString& notBeforeWhat) const
{
    const QDate today = m_database.clock().today();
    if (!date.isValid())
        return invalid(tr("%1: enter a date.").arg(field));
    if (date > today)
        return invalid(tr("%1: %2 is in the future; record it on or after the day it happens.")
                           .arg(field, date.toString(Qt::ISODate)));
    if (notBefore.isValid() && date < notBefore)
        return invalid(tr("%1: %2 is before %3 (%4).")
                           .arg(field, date.toString(Qt::ISODate), notBeforeWhat,
                                notBefore.toString(Qt::ISODate)));
    return {};
}

template <typename Step>
Result<domain::Problem> ProblemService::apply(const domain::Problem& problem, ProblemAction action,
                                              Step&& step, const QStringList& tables)
{
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    storage::ProblemRepository problems(transaction->connection());
    auto current = problems.findById(problem.id);
    if (!current)
        return fail(current.error());
    if (!current->has_value())
        return fail(ErrorCode::NotFound,
                    tr("Problem %1 no longer exists; it may have been deleted.")
                        .arg(problem.number.isEmpty() ? problem.id : problem.number));
    domain::Problem stored = **current;
    if (stored.version != problem.version)
        return fail(ErrorCode::StaleVersion,
                    tr("Problem %1 was changed by someone else since you opened it; look at it "
                       "again and repeat the step.")
                        .arg(stored.number));
    if (auto allowed = ProblemFlow::check(stored, action); !allowed)
        return fail(allowed.error());
    storage::RecordWriter writer(transaction->connection(), m_database.clock(), m_actor);
    Result<domain::Problem> after = step(stored, writer, *transaction);
    if (!after)
        return fail(after.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    if (m_changes) {
        m_changes->announce(storage::tables::problems().name, {after->id});
        for (const QString& table : tables)
            m_changes->announce(table, {});
    }
    return after;
}

Result<domain::Problem> ProblemService::start(const domain::Problem& problem,
                                              const StartHandling& how)
{
    return apply(
        problem, ProblemAction::Start,
        [&](domain::Problem stored, storage::RecordWriter& writer,
            storage::Transaction& transaction) -> Result<domain::Problem> {
            if (how.triage == domain::Triage::Transfer)
                return fail(ErrorCode::InvalidInput,
                            tr("Triage: a problem for a district department is transferred "
                               "(with the department and the transfer letter), not started."));
            QStringList partners;
            for (const QString& id : how.partnerUnitIds) {
                if (id != stored.unitId && !partners.contains(id))
                    partners.append(id);
            }
            if (how.triage == domain::Triage::CrossUnit && partners.isEmpty())
                return fail(ErrorCode::InvalidInput,
                            tr("Units to coordinate with: name at least one political-legal unit "
                               "other than the visiting unit."));
            RecordChecks checks(transaction.connection());
            for (const QString& id : partners) {
                if (auto exists = checks.requireLive(storage::tables::units(), id,
                                                     tr("Units to coordinate with"));
                    !exists)
                    return fail(exists.error());
            }
            if (auto responsible = checks.requireResponsible(
                    how.responsibleUnitId, how.responsibleSectionId, how.responsibleOfficerId);
                !responsible)
                return fail(responsible.error());
            stored.triage = how.triage;
            stored.partnerUnitIds =
                how.triage == domain::Triage::CrossUnit ? partners : QStringList();
            stored.responsibleUnitId =
                how.responsibleUnitId.isEmpty() ? stored.unitId : how.responsibleUnitId;
            stored.responsibleSectionId = how.responsibleSectionId;
            stored.responsibleOfficerId = how.responsibleOfficerId;
            stored.status = ProblemFlow::statusAfter(stored, ProblemAction::Start);
            return storage::ProblemRepository(transaction.connection()).update(writer, stored);
        },
        {storage::tables::problemUnits().name});
}

Result<domain::Problem> ProblemService::transfer(const domain::Problem& problem,
                                                 domain::Transfer transfer)
{
    return apply(
        problem, ProblemAction::Transfer,
        [&](domain::Problem stored, storage::RecordWriter& writer,
            storage::Transaction& transaction) -> Result<domain::Problem> {
            if (transfer.departmentId.isEmpty())
                return fail(ErrorCode::InvalidInput,
                            tr("Department: choose the district department the problem is "
                               "transferred to."));
            RecordChecks checks(transaction.connection());
            if (auto exists = checks.requireLive(storage::tables::departments(),
                                                 transfer.departmentId, tr("Department"));
                !exists)
                return fail(exists.error());
            if (auto date = checkDate(transfer.transferredOn, tr("Transfer date"), stored.foundOn,
                                      tr("the day the problem was found"));
                !date)
                return fail(date.error());
            transfer.problemId = stored.id;
            transfer.note = transfer.note.trimmed();
            storage::ProblemTrailRepository trail(transaction.connection());
            auto written = trail.insert(writer, transfer);
            if (!written)
                return fail(written.error());
            stored.triage = domain::Triage::Transfer;
            stored.partnerUnitIds.clear();
            stored.status = ProblemFlow::statusAfter(stored, ProblemAction::Transfer);
            return storage::ProblemRepository(transaction.connection()).update(writer, stored);
        },
        {storage::tables::transfers().name, storage::tables::problemUnits().name});
}

Result<domain::Problem> ProblemService::addMeasure(const domain::Problem& problem,
                                                   domain::Measure measure)
{
    return apply(
        problem, ProblemAction::AddMeasure,
        [&](domain::Problem stored, storage::RecordWriter& writer,
            storage::Transaction& transaction) -> Result<domain::Problem> {
            measure.content = measure.content.trimmed();
            measure.doneBy = measure.doneBy.trimmed();
            if (measure.content.isEmpty())
                return fail(ErrorCode::InvalidInput, tr("Measure: describe what was done."));
            if (measure.officerId.isEmpty() && measure.doneBy.isEmpty())
                return fail(ErrorCode::InvalidInput,
                            tr("Done by: choose the officer, or name who did it."));
            if (!measure.officerId.isEmpty()) {
                if (auto exists = RecordChecks(transaction.connection())
                                      .requireLive(storage::tables::officers(), measure.officerId,
                                                   tr("Done by"));
                    !exists)
                    return fail(exists.error());
            }
            if (auto date = checkDate(measure.takenOn, tr("Measure date"), stored.foundOn,
                                      tr("the day the problem was found"));
                !date)
                return fail(date.error());
            measure.problemId = stored.id;
            if (auto written = storage::ProblemTrailRepository::insert(writer, measure); !written)
                return fail(written.error());
            return stored;
        },
        {storage::tables::measures().name});
}

Result<domain::Problem> ProblemService::issueSupervision(const domain::Problem& problem,
                                                         domain::SupervisionOrder order)
{
    return apply(
        problem, ProblemAction::IssueSupervision,
        [&](domain::Problem stored, storage::RecordWriter& writer,
            storage::Transaction& transaction) -> Result<domain::Problem> {
            order.requirement = order.requirement.trimmed();
            if (order.requirement.isEmpty())
                return fail(ErrorCode::InvalidInput,
                            tr("Requirement: say what is to be done by the time limit."));
            if (auto date = checkDate(order.issuedOn, tr("Date of issue"), stored.foundOn,
                                      tr("the day the problem was found"));
                !date)
                return fail(date.error());
            if (!order.timeLimit.isValid() || order.timeLimit < order.issuedOn)
                return fail(ErrorCode::InvalidInput,
                            tr("Time limit: give a date on or after the date of issue (%1).")
                                .arg(order.issuedOn.toString(Qt::ISODate)));
            if (order.trigger == domain::SupervisionTrigger::Overdue &&
                !ProblemFlow::isOverdue(stored, order.issuedOn))
                return fail(ErrorCode::InvalidInput,
                            tr("Reason: problem %1 is not overdue on %2 (its deadline is %3); "
                               "issue the order on demand instead.")
                                .arg(stored.number, order.issuedOn.toString(Qt::ISODate),
                                     stored.deadline.toString(Qt::ISODate)));
            if (order.unitId.isEmpty())
                order.unitId = stored.unitId;
            if (auto exists = RecordChecks(transaction.connection())
                                  .requireLive(storage::tables::units(), order.unitId,
                                               tr("Supervising unit"));
                !exists)
                return fail(exists.error());
            order.problemId = stored.id;
            storage::ProblemTrailRepository trail(transaction.connection());
            if (auto written = trail.insert(writer, order); !written)
                return fail(written.error());
            return stored;
        },
        {storage::tables::supervisionOrders().name});
}

Result<domain::Problem> ProblemService::recordResult(const domain::Problem& problem,
                                                     const QString& result, const QDate& on)
{
    return apply(
        problem, ProblemAction::RecordResult,
        [&](domain::Problem stored, storage::RecordWriter& writer,
            storage::Transaction& transaction) -> Result<domain::Problem> {
            if (result.trimmed().isEmpty())
                return fail(ErrorCode::InvalidInput,
                            tr("Result: say how the problem was solved or answered."));
            if (auto date = checkDate(on, tr("Result date"), stored.foundOn,
                                      tr("the day the problem was found"));
                !date)
                return fail(date.error());
            stored.result = result.trimmed();
            stored.resultOn = on;
            stored.status = ProblemFlow::statusAfter(stored, ProblemAction::RecordResult);
            return storage::ProblemRepository(transaction.connection()).update(writer, stored);
        },
        {});
}

Result<domain::Problem> ProblemService::recordFeedback(const domain::Problem& problem,
                                                       domain::Feedback feedback)
{
    return apply(
        problem, ProblemAction::RecordFeedback,
        [&](domain::Problem stored, storage::RecordWriter& writer,
            storage::Transaction& transaction) -> Result<domain::Problem> {
            feedback.content = feedback.content.trimmed();
            if (feedback.content.isEmpty())
                return fail(ErrorCode::InvalidInput,
                            tr("Feedback: write what the enterprise was told and what it said."));
            if (auto date = checkDate(feedback.givenOn, tr("Feedback date"), stored.resultOn,
                                      tr("the date of the result"));
                !date)
                return fail(date.error());
            if (!feedback.officerId.isEmpty()) {
                if (auto exists = RecordChecks(transaction.connection())
                                      .requireLive(storage::tables::officers(), feedback.officerId,
                                                   tr("Feedback given by"));
                    !exists)
                    return fail(exists.error());
            }
            feedback.problemId = stored.id;
            if (auto written = storage::ProblemTrailRepository::insert(writer, feedback); !written)
                return fail(written.error());
            stored.status = ProblemFlow::statusAfter(stored, ProblemAction::RecordFeedback,
                                                     feedback.satisfaction);
            return storage::ProblemRepository(transaction.connection()).update(writer, stored);
        },
        {storage::tables::feedback().name});
}

Result<domain::Problem> ProblemService::close(const domain::Problem& problem, const QDate& on)
{
    return apply(
        problem, ProblemAction::Close,
        [&](domain::Problem stored, storage::RecordWriter& writer,
            storage::Transaction& transaction) -> Result<domain::Problem> {
            auto feedback =
                storage::ProblemTrailRepository(transaction.connection()).feedback(stored.id);
            if (!feedback)
                return fail(feedback.error());
            // FeedbackGiven means the latest feedback was satisfied or basically satisfied.
            const QDate lastFeedback = feedback->isEmpty() ? QDate() : feedback->last().givenOn;
            if (auto date = checkDate(on, tr("Closing date"), lastFeedback,
                                      tr("the date of the last feedback"));
                !date)
                return fail(date.error());
            stored.closedOn = on;
            stored.closedBy = m_actor.stored();
            stored.status = ProblemStatus::Closed;
            return storage::ProblemRepository(transaction.connection()).update(writer, stored);
        },
        {});
}

Result<domain::Problem> ProblemService::reopen(const domain::Problem& problem)
{
    return apply(
        problem, ProblemAction::Reopen,
        [&](domain::Problem stored, storage::RecordWriter& writer,
            storage::Transaction& transaction) -> Result<domain::Problem> {
            stored.closedOn = {};
            stored.closedBy.clear();
            stored.status = ProblemFlow::statusAfter(stored, ProblemAction::Reopen);
            return storage::ProblemRepository(transaction.connection()).update(writer, stored);
        },
        {});
}

Result<domain::Problem> ProblemService::edit(const domain::Problem& changed)
{
    return apply(
        changed, ProblemAction::Edit,
        [&](domain::Problem stored, storage::RecordWriter& writer,
            storage::Transaction& transaction) -> Result<domain::Problem> {
            RecordChecks checks(transaction.connection());
            domain::Problem edited = stored;
            edited.description = changed.description.trimmed();
            edited.request = changed.request.trimmed();
            edited.categoryId = changed.categoryId;
            edited.deadline = changed.deadline;
            if (auto valid = checks.problemFields(edited); !valid)
                return fail(valid.error());
            if (auto responsible = checks.requireResponsible(changed.responsibleUnitId,
                                                             changed.responsibleSectionId,
                                                             changed.responsibleOfficerId);
                !responsible)
                return fail(responsible.error());
            edited.responsibleUnitId = changed.responsibleUnitId;
            edited.responsibleSectionId = changed.responsibleSectionId;
            edited.responsibleOfficerId = changed.responsibleOfficerId;
            return storage::ProblemRepository(transaction.connection()).update(writer, edited);
        },
        {});
}

template <typename Record>
Result<Record> ProblemService::writeReply(const Record& record, const storage::TableSpec& table)
{
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    storage::RecordWriter writer(transaction->connection(), m_database.clock(), m_actor);
    auto written = storage::ProblemTrailRepository::update(writer, record);
    if (!written)
        return fail(written.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    if (m_changes)
        m_changes->announce(table.name, {written->id});
    return written;
}

Result<domain::Transfer> ProblemService::recordTransferReply(domain::Transfer transfer)
{
    transfer.reply = transfer.reply.trimmed();
    if (transfer.reply.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Reply: write what the department answered."));
    if (auto date = checkDate(transfer.repliedOn, tr("Reply date"), transfer.transferredOn,
                              tr("the transfer date"));
        !date)
        return fail(date.error());
    return writeReply(transfer, storage::tables::transfers());
}

Result<domain::SupervisionOrder> ProblemService::recordOrderReply(domain::SupervisionOrder order)
{
    order.reply = order.reply.trimmed();
    if (order.reply.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("Reply: write what was answered to the supervision order."));
    if (auto date =
            checkDate(order.repliedOn, tr("Reply date"), order.issuedOn, tr("the date of issue"));
        !date)
        return fail(date.error());
    return writeReply(order, storage::tables::supervisionOrders());
}

} // namespace lp::services
