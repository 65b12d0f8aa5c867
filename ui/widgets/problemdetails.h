// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What ProblemPanel shows of one problem, read in one go (the problem, its enterprise and its
// trail: measures, transfers, supervision orders, feedback) and put into words: who is
// responsible, how the deadline stands, and the trail in date order.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/domain/problem.h"
#include "core/result.h"

namespace lp::reports {
class VisitNames;
}

namespace lp::ui {

struct ProblemRecord {
    domain::Problem problem;
    QString enterpriseName;
    QList<domain::Measure> measures;
    QList<domain::Feedback> feedback;
    QList<domain::Transfer> transfers;
    QList<domain::SupervisionOrder> orders;
};

// How a deadline stands on a day: its text and the colour to show it in (invalid: the usual).
struct DeadlineState {
    QString text;
    QString colour; // "#c62828" overdue, "#b26a00" due soon, empty otherwise
};

class ProblemDetails final {
    Q_DECLARE_TR_FUNCTIONS(ProblemDetails)
public:
    // nullopt when there is no live problem `id`.
    static Result<std::optional<ProblemRecord>> load(const QSqlDatabase& connection,
                                                     const QString& id);

    // Unit, section and officer; for a transferred problem the department of its last transfer.
    static QString responsible(const ProblemRecord& record, const reports::VisitNames& names);
    static QString triage(const ProblemRecord& record, const reports::VisitNames& names);
    static DeadlineState deadline(const domain::Problem& problem, const QDate& today);
    // The trail as rich text, oldest first: one paragraph per step.
    static QString trailHtml(const ProblemRecord& record, const reports::VisitNames& names);
};

} // namespace lp::ui
