// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A problem found on a visit (走访问题清单) and what follows it: the measures taken (解决措施),
// the feedback to the enterprise (回复反馈), the transfer to a district department (移交, with its
// transfer letter 交办单) and the supervision orders (督办单) that follow it until it is solved.
// Where a problem may go next is ProblemFlow's (problemflow.h) to say.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace lp::domain {

// First-visit responsibility (首访责任制): who solves the problem.
enum class Triage {
    OwnUnit,   // solved by the visiting unit
    CrossUnit, // coordinated with the named political-legal units
    Transfer,  // transferred to a district department and supervised until solved
};

enum class ProblemStatus {
    Registered,
    InProgress,
    Transferred,
    ResultReceived,
    FeedbackGiven,
    Closed
};

enum class FeedbackManner { InPerson, Phone, Writing };

enum class Satisfaction { Satisfied, Basic, Unsatisfied };

enum class SupervisionTrigger { OnDemand, Overdue };

[[nodiscard]] QString triageCode(Triage triage);
[[nodiscard]] std::optional<Triage> triageFromCode(const QString& code);
[[nodiscard]] QList<Triage> allTriages();
[[nodiscard]] QString problemStatusCode(ProblemStatus status);
[[nodiscard]] std::optional<ProblemStatus> problemStatusFromCode(const QString& code);
[[nodiscard]] QList<ProblemStatus> allProblemStatuses();
[[nodiscard]] QString feedbackMannerCode(FeedbackManner manner);
[[nodiscard]] std::optional<FeedbackManner> feedbackMannerFromCode(const QString& code);
[[nodiscard]] QList<FeedbackManner> allFeedbackManners();
[[nodiscard]] QString satisfactionCode(Satisfaction satisfaction);
[[nodiscard]] std::optional<Satisfaction> satisfactionFromCode(const QString& code);
[[nodiscard]] QList<Satisfaction> allSatisfactions();
[[nodiscard]] QString supervisionTriggerCode(SupervisionTrigger trigger);
[[nodiscard]] std::optional<SupervisionTrigger> supervisionTriggerFromCode(const QString& code);

// Names as the window shows them (translated) and as printed documents write them (Chinese).
class ProblemNames final {
    Q_DECLARE_TR_FUNCTIONS(ProblemNames)
public:
    static QString displayName(Triage triage);
    static QString displayName(ProblemStatus status);
    static QString displayName(FeedbackManner manner);
    static QString displayName(Satisfaction satisfaction);
    static QString displayName(SupervisionTrigger trigger);
    static QString chineseName(Triage triage);         // 本单位解决, 跨单位协调, 移交
    static QString chineseName(ProblemStatus status);  // 已登记 … 已销号
    static QString chineseName(FeedbackManner manner); // 当面, 电话, 书面
    static QString chineseName(Satisfaction satisfaction); // 满意, 基本满意, 不满意
};

struct Problem {
    QString id;
    QString number; // P2026-000123, given when the problem is first saved
    QString visitId;
    QString unitId;       // the visiting unit (the visit's)
    QString enterpriseId; // the visited enterprise (the visit's)
    QDate foundOn;        // the visit's date
    QString categoryId;
    QString description;
    QString request; // what the enterprise asks for (企业诉求)
    std::optional<Triage> triage;
    QStringList partnerUnitIds; // for CrossUnit: the units it is coordinated with
    QString responsibleUnitId;
    QString responsibleSectionId;
    QString responsibleOfficerId;
    QDate deadline;
    ProblemStatus status = ProblemStatus::Registered;
    QString result; // the result of the handling (办理结果)
    QDate resultOn;
    QDate closedOn;
    QString closedBy; // the stored actor that closed it
    int version = 0;
};

struct Measure {
    QString id;
    QString problemId;
    QDate takenOn;
    QString content;
    QString officerId; // who, when an officer
    QString doneBy;    // who, when not an officer (a department, a person)
    int version = 0;
};

struct Feedback {
    QString id;
    QString problemId;
    QDate givenOn;
    FeedbackManner manner = FeedbackManner::InPerson;
    QString content;
    Satisfaction satisfaction = Satisfaction::Satisfied;
    QString officerId;
    int version = 0;
};

// Numbers of transfer letters and supervision orders: per year, printed 〔2026〕12号.
struct DocumentNumber {
    int year = 0;
    int seq = 0;
    [[nodiscard]] QString text() const; // 〔2026〕12号
    [[nodiscard]] bool isValid() const { return year > 0 && seq > 0; }
};

struct Transfer {
    QString id;
    QString problemId;
    QString departmentId;
    QDate transferredOn;
    DocumentNumber letter; // the transfer letter (交办单)
    QString note;
    QString reply; // the department's reply
    QDate repliedOn;
    int version = 0;
};

struct SupervisionOrder {
    QString id;
    QString problemId;
    DocumentNumber number;
    QDate issuedOn;
    QDate timeLimit; // to be solved and answered by
    SupervisionTrigger trigger = SupervisionTrigger::OnDemand;
    QString unitId; // the supervising unit
    QString requirement;
    QString reply;
    QDate repliedOn;
    int version = 0;
};

// "P2026-000123": the problem number of `seq` in `year`.
[[nodiscard]] QString problemNumber(int year, int seq);

} // namespace lp::domain
