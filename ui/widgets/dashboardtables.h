// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The dashboard's tables, filled from its facts: each number a link to the list it counts,
// given as the problem ledger's or the visit list's filter. Where the filter cannot say exactly
// what the number counts, the cell's tooltip says what the list will show.
#pragma once

#include <functional>

#include <QCoreApplication>

#include "core/services/dashboard.h"
#include "core/storage/ledgerfilters.h"

namespace lp::ui {

class LinkTable;

struct DashboardLinks {
    std::function<void(const storage::ProblemFilter&)> problems;
    std::function<void(const storage::VisitFilter&)> visits;
};

class DashboardTables final {
    Q_DECLARE_TR_FUNCTIONS(DashboardTables)
public:
    enum DeadlineColumn { UnitColumn, OpenColumn, OverdueColumn, WeekColumn, DeadlineColumns };
    enum CadenceColumn { CadenceUnit, VisitsColumn, EnterprisesColumn, MetColumn, CadenceColumns };

    // Units × (open, overdue, due this week), with a total row last.
    static void setUpDeadlines(LinkTable& table);
    static void fillDeadlines(LinkTable& table, const services::DashboardFacts& facts,
                              const DashboardLinks& links);
    // Own unit, cross-unit, transfer, not yet triaged, total: one count each.
    static void setUpTriage(LinkTable& table);
    static void fillTriage(LinkTable& table, const services::DashboardFacts& facts,
                           const DashboardLinks& links);
    // Units × (visits, enterprises visited, whether the month's visit is made).
    static void setUpCadence(LinkTable& table);
    static void fillCadence(LinkTable& table, const services::DashboardFacts& facts,
                            const DashboardLinks& links);
    // The flagged enterprises not visited this month: name, flags, last visit.
    static void setUpFlagged(LinkTable& table);
    static void fillFlagged(LinkTable& table, const services::DashboardFacts& facts,
                            const DashboardLinks& links);

    // The filters behind the numbers; unitId empty: every unit.
    [[nodiscard]] static storage::ProblemFilter openFilter(const services::DashboardFacts& facts,
                                                           const QString& unitId);
    [[nodiscard]] static storage::ProblemFilter overdueFilter(const services::DashboardFacts& facts,
                                                              const QString& unitId);
    [[nodiscard]] static storage::ProblemFilter
    dueThisWeekFilter(const services::DashboardFacts& facts, const QString& unitId);
};

} // namespace lp::ui
