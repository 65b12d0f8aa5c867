// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The phrase tables behind the demo's visits and problems (private to core/demo): what a visit
// log says, the problems enterprises raise per category with their requests and results, the
// measures, feedback, transfer letters and supervision orders. Constant arrays in a fixed order,
// so drawing from them depends on the seed only. Weights are rough shares, not statistics.
#pragma once

#include <span>

#include <QStringView>

#include "core/demo/demowords.h"
#include "core/domain/problem.h"
#include "core/domain/visit.h"

namespace lp::demo::visitwords {

using words::Weighted;

// A problem as enterprises raise it: what is wrong, what they ask for, how it usually ends.
struct Issue {
    QStringView description;
    QStringView request;
    QStringView result;
};

// One default problem category as the demo uses it (matched by code).
struct Category {
    QStringView code;
    int weight; // share of the problems, per cent
    // Triage shares in per cent: own unit, cross-unit, transfer.
    int own;
    int cross;
    int transfer;
    std::span<const QStringView> departments; // department codes a transfer goes to
    std::span<const Issue> issues;
    std::span<const QStringView> measures; // taken by political-legal officers
};

// Who the officers met: 法定代表人, 总经理, 人事经理 …
std::span<const Weighted> metRoles();

// A visit log's content: an opening fitting the reason, services given, a closing line.
std::span<const QStringView> openings(domain::VisitReason reason);
std::span<const QStringView> services();
std::span<const QStringView> closings();

std::span<const Category> categories();

// Measures of cross-unit coordination; of a department ("%1" is its name); of the supervising
// officers following a transferred problem.
std::span<const QStringView> coordinationMeasures();
std::span<const QStringView> departmentMeasures();
std::span<const QStringView> supervisingMeasures();

std::span<const QStringView> feedback(domain::Satisfaction satisfaction);
// The result of a first round the enterprise was not satisfied with.
std::span<const QStringView> partialResults();
std::span<const QStringView> transferNotes();
std::span<const QStringView> departmentReplies();
// "%1" is the time limit written 5月12日.
std::span<const QStringView> supervisionRequirements(domain::SupervisionTrigger trigger);
std::span<const QStringView> supervisionReplies();

} // namespace lp::demo::visitwords
