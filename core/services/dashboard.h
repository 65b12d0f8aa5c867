// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The facts of the dashboard (工作台), read in one go from the records for a given day: the
// open, overdue and due-this-week problems per unit, the open problems by triage, this month's
// cadence, the problems found and closed per month over a year, and the supervision orders due.
// Nothing is stored. Threading: compute() uses the calling thread's connection only, so it may
// run on a worker thread; it reads inside one read transaction, so the numbers agree.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include "core/result.h"
#include "core/services/oversight.h"

namespace lp::storage {
class Database;
}

namespace lp::services {

// The open problems by first-visit responsibility.
struct TriageCounts {
    int ownUnit = 0;
    int crossUnit = 0;
    int transfer = 0;
    int untriaged = 0; // registered, no triage chosen yet
    [[nodiscard]] int total() const { return ownUnit + crossUnit + transfer + untriaged; }
};

// One calendar month: the problems found in it (by found_on) and closed in it (by closed_on).
struct MonthFlow {
    QDate firstDay;
    int found = 0;
    int closed = 0;
    [[nodiscard]] QDate lastDay() const { return firstDay.addMonths(1).addDays(-1); }
};

struct DashboardFacts {
    QDate today;
    QDate weekEnd; // the Sunday of today's ISO week (today itself on a Sunday)
    // Per unit: open, overdue, and in dueSoon the problems due this week (not overdue, deadline
    // from today to weekEnd); deadlines.soonDays is the number of days to weekEnd.
    DeadlineSummary deadlines;
    TriageCounts triage;
    MonthCadence cadence;    // today's month
    QList<MonthFlow> months; // 12, oldest first; the last is today's month
    int supervisionDue = 0;
};

class Dashboard final {
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
public:
    static Result<DashboardFacts> compute(storage::Database& database, const QDate& today);
    // Gives the calling thread's connection a page cache of 64 MiB, for a thread that computes
    // the facts again and again: the months read some 30 MB of problem rows, which SQLite's
    // default 2 MB cache reads from the file every time (on the district file ~180 ms a
    // computation instead of ~450 ms).
    static Result<void> keepPagesCached(storage::Database& database);
    // The Sunday that ends the ISO week of `day`.
    [[nodiscard]] static QDate weekEnd(const QDate& day);
    static constexpr int kMonths = 12;
};

} // namespace lp::services
