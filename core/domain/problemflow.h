// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The life of a problem as a state machine. The legal moves:
//
//   registered ──start (own unit / cross-unit)──▶ in progress ─┐
//        │                                                     ├─result─▶ result received
//        └──────transfer──────▶ transferred ◀─transfer── ──────┘               │
//                                                            feedback (满意/基本满意)
//   feedback 不满意 sends the problem back to in progress (or transferred)     ▼
//   closed ◀──────────────────────close (销号)──────────────────────── feedback given
//   closed ──reopen──▶ in progress (or transferred, when it was transferred)
//
// Measures may be added and supervision orders issued while the problem is being handled.
// Every refusal says why, in words an officer understands.
#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/domain/problem.h"
#include "core/result.h"

namespace lp::domain {

enum class ProblemAction {
    Start,            // triage as own-unit or cross-unit and begin handling
    Transfer,         // 移交 to a district department
    AddMeasure,       // 解决措施
    IssueSupervision, // 督办单
    RecordResult,     // 办理结果
    RecordFeedback,   // 回复反馈
    Close,            // 销号
    Reopen,
    Edit, // change the description, category, deadline or who is responsible
};

class ProblemFlow final {
    Q_DECLARE_TR_FUNCTIONS(ProblemFlow)
public:
    // Whether `action` may be taken on a problem in its present state; the error says why not.
    static Result<void> check(const Problem& problem, ProblemAction action);
    [[nodiscard]] static bool allows(const Problem& problem, ProblemAction action)
    {
        return check(problem, action).has_value();
    }
    [[nodiscard]] static QList<ProblemAction> allowedActions(const Problem& problem);

    // The status after a legal `action`; for RecordFeedback it depends on the satisfaction.
    [[nodiscard]] static ProblemStatus
    statusAfter(const Problem& problem, ProblemAction action,
                Satisfaction satisfaction = Satisfaction::Satisfied);

    // The status a problem returns to when it is handled again (不满意 or reopened): transferred
    // for a transferred problem, else in progress.
    [[nodiscard]] static ProblemStatus handlingStatus(const Problem& problem);

    [[nodiscard]] static bool isOpen(const Problem& problem)
    {
        return problem.status != ProblemStatus::Closed;
    }
    // Overdue and due-soon are derived, never stored: open and past its deadline on `today`.
    [[nodiscard]] static bool isOverdue(const Problem& problem, const QDate& today);
    // Open, not overdue, and due within `days` days of `today`.
    [[nodiscard]] static bool isDueSoon(const Problem& problem, const QDate& today, int days = 3);

    static QString actionName(ProblemAction action);
};

} // namespace lp::domain
