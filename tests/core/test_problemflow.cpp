// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/problemflow.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::domain;
using namespace Qt::StringLiterals;

namespace {

Problem inState(ProblemStatus status, std::optional<Triage> triage = Triage::OwnUnit)
{
    Problem problem;
    problem.number = u"P2026-000001"_s;
    problem.status = status;
    problem.triage = triage;
    problem.foundOn = QDate(2026, 11, 2);
    problem.deadline = QDate(2026, 11, 17);
    return problem;
}

} // namespace

TEST_CASE("ProblemFlow: exactly the legal moves are allowed from each status")
{
    using A = ProblemAction;
    using S = ProblemStatus;
    const QMap<S, QList<A>> allowed{
        {S::Registered, {A::Start, A::Transfer, A::Edit}},
        {S::InProgress,
         {A::Transfer, A::AddMeasure, A::IssueSupervision, A::RecordResult, A::Edit}},
        {S::Transferred, {A::AddMeasure, A::IssueSupervision, A::RecordResult, A::Edit}},
        {S::ResultReceived, {A::AddMeasure, A::RecordFeedback, A::Edit}},
        {S::FeedbackGiven, {A::AddMeasure, A::RecordFeedback, A::Close, A::Edit}},
        {S::Closed, {A::Reopen}},
    };
    for (auto it = allowed.begin(); it != allowed.end(); ++it) {
        INFO(problemStatusCode(it.key()).toStdString());
        CHECK(ProblemFlow::allowedActions(inState(it.key())) == it.value());
    }
}

TEST_CASE("ProblemFlow: each refusal says why, naming the problem")
{
    const auto refusal = [](ProblemStatus status, ProblemAction action) {
        auto checked = ProblemFlow::check(inState(status), action);
        REQUIRE_FALSE(checked);
        CHECK(checked.error().code == ErrorCode::InvalidInput);
        CHECK(checked.error().message.contains(u"P2026-000001"_s));
        return checked.error().message;
    };
    CHECK(refusal(ProblemStatus::ResultReceived, ProblemAction::Close).contains(u"feedback"_s));
    CHECK(refusal(ProblemStatus::Closed, ProblemAction::RecordFeedback).contains(u"closed"_s));
    CHECK(refusal(ProblemStatus::Registered, ProblemAction::AddMeasure).contains(u"triaged"_s));
    CHECK(refusal(ProblemStatus::InProgress, ProblemAction::Start).contains(u"already"_s));
    CHECK(refusal(ProblemStatus::InProgress, ProblemAction::Reopen).contains(u"not closed"_s));
    CHECK(refusal(ProblemStatus::Transferred, ProblemAction::Transfer).contains(u"transferred"_s));
    CHECK(refusal(ProblemStatus::Registered, ProblemAction::RecordResult).contains(u"result"_s));
    CHECK(refusal(ProblemStatus::Closed, ProblemAction::Edit).contains(u"reopen"_s));
}

TEST_CASE("ProblemFlow: where each move leads, 不满意 and reopening back to the handling status")
{
    CHECK(ProblemFlow::statusAfter(inState(ProblemStatus::Registered), ProblemAction::Start) ==
          ProblemStatus::InProgress);
    CHECK(ProblemFlow::statusAfter(inState(ProblemStatus::InProgress), ProblemAction::Transfer) ==
          ProblemStatus::Transferred);
    CHECK(ProblemFlow::statusAfter(inState(ProblemStatus::Transferred),
                                   ProblemAction::RecordResult) == ProblemStatus::ResultReceived);
    const Problem own = inState(ProblemStatus::ResultReceived, Triage::OwnUnit);
    const Problem moved = inState(ProblemStatus::ResultReceived, Triage::Transfer);
    CHECK(ProblemFlow::statusAfter(own, ProblemAction::RecordFeedback, Satisfaction::Satisfied) ==
          ProblemStatus::FeedbackGiven);
    CHECK(ProblemFlow::statusAfter(own, ProblemAction::RecordFeedback, Satisfaction::Basic) ==
          ProblemStatus::FeedbackGiven);
    CHECK(ProblemFlow::statusAfter(own, ProblemAction::RecordFeedback, Satisfaction::Unsatisfied) ==
          ProblemStatus::InProgress);
    CHECK(ProblemFlow::statusAfter(moved, ProblemAction::RecordFeedback,
                                   Satisfaction::Unsatisfied) == ProblemStatus::Transferred);
    CHECK(ProblemFlow::statusAfter(inState(ProblemStatus::FeedbackGiven), ProblemAction::Close) ==
          ProblemStatus::Closed);
    CHECK(ProblemFlow::statusAfter(inState(ProblemStatus::Closed, Triage::CrossUnit),
                                   ProblemAction::Reopen) == ProblemStatus::InProgress);
    CHECK(ProblemFlow::statusAfter(inState(ProblemStatus::Closed, Triage::Transfer),
                                   ProblemAction::Reopen) == ProblemStatus::Transferred);
}

TEST_CASE("ProblemFlow: overdue and due-soon are derived from the deadline and the day")
{
    const Problem open = inState(ProblemStatus::InProgress);        // deadline 2026-11-17
    CHECK_FALSE(ProblemFlow::isOverdue(open, QDate(2026, 11, 17))); // the last day still counts
    CHECK(ProblemFlow::isOverdue(open, QDate(2026, 11, 18)));
    CHECK(ProblemFlow::isDueSoon(open, QDate(2026, 11, 14)));
    CHECK(ProblemFlow::isDueSoon(open, QDate(2026, 11, 17)));
    CHECK_FALSE(ProblemFlow::isDueSoon(open, QDate(2026, 11, 13)));
    CHECK_FALSE(ProblemFlow::isDueSoon(open, QDate(2026, 11, 18)));
    const Problem closed = inState(ProblemStatus::Closed);
    CHECK_FALSE(ProblemFlow::isOverdue(closed, QDate(2026, 12, 1)));
    CHECK_FALSE(ProblemFlow::isDueSoon(closed, QDate(2026, 11, 16)));
}
