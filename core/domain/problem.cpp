// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/problem.h"

using namespace Qt::StringLiterals;

namespace lp::domain {
namespace {

template <typename Enum, typename CodeOf>
std::optional<Enum> fromCode(const QString& code, const QList<Enum>& all, CodeOf codeOf)
{
    for (Enum value : all) {
        if (codeOf(value) == code)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString triageCode(Triage triage)
{
    switch (triage) {
    case Triage::OwnUnit:
        return u"own"_s;
    case Triage::CrossUnit:
        return u"cross"_s;
    case Triage::Transfer:
        return u"transfer"_s;
    }
    return u"own"_s;
}

QList<Triage> allTriages()
{
    return {Triage::OwnUnit, Triage::CrossUnit, Triage::Transfer};
}

std::optional<Triage> triageFromCode(const QString& code)
{
    return fromCode(code, allTriages(), triageCode);
}

QString problemStatusCode(ProblemStatus status)
{
    switch (status) {
    case ProblemStatus::Registered:
        return u"registered"_s;
    case ProblemStatus::InProgress:
        return u"in_progress"_s;
    case ProblemStatus::Transferred:
        return u"transferred"_s;
    case ProblemStatus::ResultReceived:
        return u"result_received"_s;
    case ProblemStatus::FeedbackGiven:
        return u"feedback_given"_s;
    case ProblemStatus::Closed:
        return u"closed"_s;
    }
    return u"registered"_s;
}

QList<ProblemStatus> allProblemStatuses()
{
    return {ProblemStatus::Registered,     ProblemStatus::InProgress,    ProblemStatus::Transferred,
            ProblemStatus::ResultReceived, ProblemStatus::FeedbackGiven, ProblemStatus::Closed};
}

std::optional<ProblemStatus> problemStatusFromCode(const QString& code)
{
    return fromCode(code, allProblemStatuses(), problemStatusCode);
}

QString feedbackMannerCode(FeedbackManner manner)
{
    switch (manner) {
    case FeedbackManner::InPerson:
        return u"in_person"_s;
    case FeedbackManner::Phone:
        return u"phone"_s;
    case FeedbackManner::Writing:
        return u"writing"_s;
    }
    return u"in_person"_s;
}

QList<FeedbackManner> allFeedbackManners()
{
    return {FeedbackManner::InPerson, FeedbackManner::Phone, FeedbackManner::Writing};
}

std::optional<FeedbackManner> feedbackMannerFromCode(const QString& code)
{
    return fromCode(code, allFeedbackManners(), feedbackMannerCode);
}

QString satisfactionCode(Satisfaction satisfaction)
{
    switch (satisfaction) {
    case Satisfaction::Satisfied:
        return u"satisfied"_s;
    case Satisfaction::Basic:
        return u"basic"_s;
    case Satisfaction::Unsatisfied:
        return u"unsatisfied"_s;
    }
    return u"satisfied"_s;
}

QList<Satisfaction> allSatisfactions()
{
    return {Satisfaction::Satisfied, Satisfaction::Basic, Satisfaction::Unsatisfied};
}

std::optional<Satisfaction> satisfactionFromCode(const QString& code)
{
    return fromCode(code, allSatisfactions(), satisfactionCode);
}

QString supervisionTriggerCode(SupervisionTrigger trigger)
{
    return trigger == SupervisionTrigger::Overdue ? u"overdue"_s : u"on_demand"_s;
}

std::optional<SupervisionTrigger> supervisionTriggerFromCode(const QString& code)
{
    return fromCode(
        code, QList<SupervisionTrigger>{SupervisionTrigger::OnDemand, SupervisionTrigger::Overdue},
        supervisionTriggerCode);
}

QString ProblemNames::displayName(Triage triage)
{
    switch (triage) {
    case Triage::OwnUnit:
        return tr("Solved by own unit");
    case Triage::CrossUnit:
        return tr("Coordinated across units");
    case Triage::Transfer:
        return tr("Transferred to a department");
    }
    return {};
}

QString ProblemNames::displayName(ProblemStatus status)
{
    switch (status) {
    case ProblemStatus::Registered:
        return tr("Registered");
    case ProblemStatus::InProgress:
        return tr("In progress");
    case ProblemStatus::Transferred:
        return tr("Transferred");
    case ProblemStatus::ResultReceived:
        return tr("Result received");
    case ProblemStatus::FeedbackGiven:
        return tr("Feedback given");
    case ProblemStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString ProblemNames::displayName(FeedbackManner manner)
{
    switch (manner) {
    case FeedbackManner::InPerson:
        return tr("In person");
    case FeedbackManner::Phone:
        return tr("By phone");
    case FeedbackManner::Writing:
        return tr("In writing");
    }
    return {};
}

QString ProblemNames::displayName(Satisfaction satisfaction)
{
    switch (satisfaction) {
    case Satisfaction::Satisfied:
        return tr("Satisfied");
    case Satisfaction::Basic:
        return tr("Basically satisfied");
    case Satisfaction::Unsatisfied:
        return tr("Not satisfied");
    }
    return {};
}

QString ProblemNames::displayName(SupervisionTrigger trigger)
{
    return trigger == SupervisionTrigger::Overdue ? tr("Overdue") : tr("On demand");
}

QString ProblemNames::chineseName(Triage triage)
{
    switch (triage) {
    case Triage::OwnUnit:
        return u"本单位解决"_s;
    case Triage::CrossUnit:
        return u"跨单位协调"_s;
    case Triage::Transfer:
        return u"移交"_s;
    }
    return {};
}

QString ProblemNames::chineseName(ProblemStatus status)
{
    switch (status) {
    case ProblemStatus::Registered:
        return u"已登记"_s;
    case ProblemStatus::InProgress:
        return u"办理中"_s;
    case ProblemStatus::Transferred:
        return u"已移交"_s;
    case ProblemStatus::ResultReceived:
        return u"已有结果"_s;
    case ProblemStatus::FeedbackGiven:
        return u"已反馈"_s;
    case ProblemStatus::Closed:
        return u"已销号"_s;
    }
    return {};
}

QString ProblemNames::chineseName(FeedbackManner manner)
{
    switch (manner) {
    case FeedbackManner::InPerson:
        return u"当面"_s;
    case FeedbackManner::Phone:
        return u"电话"_s;
    case FeedbackManner::Writing:
        return u"书面"_s;
    }
    return {};
}

QString ProblemNames::chineseName(Satisfaction satisfaction)
{
    switch (satisfaction) {
    case Satisfaction::Satisfied:
        return u"满意"_s;
    case Satisfaction::Basic:
        return u"基本满意"_s;
    case Satisfaction::Unsatisfied:
        return u"不满意"_s;
    }
    return {};
}

QString DocumentNumber::text() const
{
    return u"〔%1〕%2号"_s.arg(year).arg(seq);
}

QString problemNumber(int year, int seq)
{
    return u"P%1-%2"_s.arg(year, 4, 10, QChar(u'0')).arg(seq, 6, 10, QChar(u'0'));
}

} // namespace lp::domain
