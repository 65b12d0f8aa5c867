// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the problem ledger and the visit list show: their filters, as the filter bars, the
// dashboard's click-throughs and the list exports take them. Overdue and due-soon are derived
// from the deadline, the status and `today`, never stored.
#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "core/domain/problem.h"

namespace lp::storage {

// Which open-or-closed state the ledger shows.
enum class ProblemState {
    Any,
    Open,   // every status but closed
    Closed,
};

// The deadline filter, meaningful for open problems only.
enum class ProblemDue {
    Any,
    Overdue,   // open and deadline < today
    DueWithin, // open, not overdue, deadline <= today + dueDays
};

struct ProblemFilter {
    ProblemState state = ProblemState::Any;
    std::optional<domain::ProblemStatus> status; // one exact status, on top of `state`
    QString unitId;                              // the visiting (responsible) unit
    QString categoryId;
    std::optional<domain::Triage> triage;
    ProblemDue due = ProblemDue::Any;
    int dueDays = 3;
    QDate today;     // what overdue and due-soon are counted against
    QDate foundFrom; // the period, by the day found; either end may be open
    QDate foundTo;
    QString enterpriseId;
    QString search; // words, all of which must appear in the number, description, request,
                    // result or the enterprise's name
};

struct VisitFilter {
    QString unitId;
    QString enterpriseId;
    QString officerId;
    QDate from; // by visit date; either end may be open
    QDate to;
    QString search; // words, all of which must appear in the content, the person met or the
                    // enterprise's name
};

} // namespace lp::storage
