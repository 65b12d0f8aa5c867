// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/problemflow.h"

namespace lp::domain {
namespace {

using Status = ProblemStatus;

Result<void> refuse(const QString& message)
{
    return fail(ErrorCode::InvalidInput, message);
}

} // namespace

Result<void> ProblemFlow::check(const Problem& problem, ProblemAction action)
{
    const Status status = problem.status;
    const QString statusName = ProblemNames::displayName(status);
    const bool closed = status == Status::Closed;
    switch (action) {
    case ProblemAction::Start:
        if (status != Status::Registered)
            return refuse(tr("Problem %1 is already being handled (%2); it can be started only "
                             "once, when it has just been registered.")
                              .arg(problem.number, statusName));
        return {};
    case ProblemAction::Transfer:
        if (status != Status::Registered && status != Status::InProgress)
            return refuse(tr("Problem %1 is %2: only a problem that is registered or in progress "
                             "can be transferred to a department.")
                              .arg(problem.number, statusName));
        return {};
    case ProblemAction::AddMeasure:
        if (status == Status::Registered)
            return refuse(tr("Problem %1 has not been triaged yet: start handling it or transfer "
                             "it before recording measures.")
                              .arg(problem.number));
        if (closed)
            return refuse(tr("Problem %1 is closed: reopen it before recording more measures.")
                              .arg(problem.number));
        return {};
    case ProblemAction::IssueSupervision:
        if (status != Status::InProgress && status != Status::Transferred)
            return refuse(tr("Problem %1 is %2: a supervision order is issued only while a "
                             "problem is in progress or transferred.")
                              .arg(problem.number, statusName));
        return {};
    case ProblemAction::RecordResult:
        if (status != Status::InProgress && status != Status::Transferred)
            return refuse(tr("Problem %1 is %2: a result is recorded only while the problem is "
                             "in progress or transferred.")
                              .arg(problem.number, statusName));
        return {};
    case ProblemAction::RecordFeedback:
        if (closed)
            return refuse(tr("Problem %1 is closed: feedback cannot be added to a closed "
                             "problem. Reopen it first if the enterprise raised it again.")
                              .arg(problem.number));
        if (status != Status::ResultReceived && status != Status::FeedbackGiven)
            return refuse(tr("Problem %1 is %2: record the result of the handling before the "
                             "feedback to the enterprise.")
                              .arg(problem.number, statusName));
        return {};
    case ProblemAction::Close:
        if (closed)
            return refuse(tr("Problem %1 is already closed.").arg(problem.number));
        if (status != Status::FeedbackGiven)
            return refuse(tr("Problem %1 cannot be closed yet: closing needs a result and the "
                             "enterprise's feedback that it is satisfied or basically satisfied "
                             "(it is %2).")
                              .arg(problem.number, statusName));
        return {};
    case ProblemAction::Reopen:
        if (!closed)
            return refuse(tr("Problem %1 is not closed (%2), so there is nothing to reopen.")
                              .arg(problem.number, statusName));
        return {};
    case ProblemAction::Edit:
        if (closed)
            return refuse(
                tr("Problem %1 is closed: reopen it before changing it.").arg(problem.number));
        return {};
    }
    return {};
}

QList<ProblemAction> ProblemFlow::allowedActions(const Problem& problem)
{
    QList<ProblemAction> allowed;
    for (ProblemAction action :
         {ProblemAction::Start, ProblemAction::Transfer, ProblemAction::AddMeasure,
          ProblemAction::IssueSupervision, ProblemAction::RecordResult,
          ProblemAction::RecordFeedback, ProblemAction::Close, ProblemAction::Reopen,
          ProblemAction::Edit}) {
        if (allows(problem, action))
            allowed.append(action);
    }
    return allowed;
}

ProblemStatus ProblemFlow::handlingStatus(const Problem& problem)
{
    return problem.triage == Triage::Transfer ? Status::Transferred : Status::InProgress;
}

ProblemStatus ProblemFlow::statusAfter(const Problem& problem, ProblemAction action,
                                       Satisfaction satisfaction)
{
    switch (action) {
    case ProblemAction::Start:
        return Status::InProgress;
    case ProblemAction::Transfer:
        return Status::Transferred;
    case ProblemAction::RecordResult:
        return Status::ResultReceived;
    case ProblemAction::RecordFeedback:
        return satisfaction == Satisfaction::Unsatisfied ? handlingStatus(problem)
                                                         : Status::FeedbackGiven;
    case ProblemAction::Close:
        return Status::Closed;
    case ProblemAction::Reopen:
        return handlingStatus(problem);
    case ProblemAction::AddMeasure:
    case ProblemAction::IssueSupervision:
    case ProblemAction::Edit:
        return problem.status;
    }
    return problem.status;
}

bool ProblemFlow::isOverdue(const Problem& problem, const QDate& today)
{
    return isOpen(problem) && problem.deadline.isValid() && problem.deadline < today;
}

bool ProblemFlow::isDueSoon(const Problem& problem, const QDate& today, int days)
{
    return isOpen(problem) && problem.deadline.isValid() && problem.deadline >= today &&
           today.daysTo(problem.deadline) <= days;
}

QString ProblemFlow::actionName(ProblemAction action)
{
    switch (action) {
    case ProblemAction::Start:
        return tr("Start handling");
    case ProblemAction::Transfer:
        return tr("Transfer");
    case ProblemAction::AddMeasure:
        return tr("Add a measure");
    case ProblemAction::IssueSupervision:
        return tr("Issue a supervision order");
    case ProblemAction::RecordResult:
        return tr("Record the result");
    case ProblemAction::RecordFeedback:
        return tr("Record feedback");
    case ProblemAction::Close:
        return tr("Close");
    case ProblemAction::Reopen:
        return tr("Reopen");
    case ProblemAction::Edit:
        return tr("Edit");
    }
    return {};
}

} // namespace lp::domain
