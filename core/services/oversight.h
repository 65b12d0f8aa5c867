// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What leaders watch, computed from the records on demand (nothing here is stored):
// - cadence for a month: every unit makes at least one visit a month, and every enterprise
//   flagged 纠纷多 or 经营困难 is visited at least once a month;
// - deadlines on a day: the open problems past their deadline and those due within a few days,
//   per responsible (visiting) unit;
// - the transferred problems that have run past their deadline without a supervision order.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "core/result.h"

namespace lp::storage {
class Database;
}

namespace lp::services {

struct UnitCadence {
    QString unitId;
    QString unitCode;
    QString unitName;
    int visits = 0;
    int enterprisesVisited = 0;
    [[nodiscard]] bool met() const { return visits > 0; }
};

struct FlaggedEnterprise {
    QString id;
    QString name;
    bool disputes = false;
    bool difficulty = false;
    QDate lastVisit; // before or in the month; invalid when never visited
};

struct MonthCadence {
    QDate firstDay;
    QDate lastDay;
    QList<UnitCadence> units;                  // every unit, in the units' order
    int flaggedEnterprises = 0;                // flagged and not in the recycle bin
    QList<FlaggedEnterprise> flaggedUnvisited; // of those, not visited in the month, by name
    [[nodiscard]] int unitsMet() const;
};

struct UnitDeadlines {
    QString unitId;
    QString unitCode;
    QString unitName;
    int open = 0;
    int overdue = 0; // open and past the deadline
    int dueSoon = 0; // open, not overdue, due within `soonDays` days
};

struct DeadlineSummary {
    QDate today;
    int soonDays = 3;
    QList<UnitDeadlines> units; // every unit, in the units' order
    [[nodiscard]] UnitDeadlines total() const;
};

// A transferred problem past its deadline with no supervision order since the deadline: one is
// due ("逾期督办").
struct SupervisionDue {
    QString problemId;
    QString number;
    QString unitId;
    QDate deadline;
    int daysOverdue = 0;
};

class Oversight final {
    Q_DECLARE_TR_FUNCTIONS(Oversight)
public:
    // The month of `anyDay`.
    static Result<MonthCadence> cadence(storage::Database& database, const QDate& anyDay);
    static Result<DeadlineSummary> deadlines(storage::Database& database, const QDate& today,
                                             int soonDays = 3);
    // Oldest deadline first.
    static Result<QList<SupervisionDue>> supervisionDue(storage::Database& database,
                                                        const QDate& today);
};

} // namespace lp::services
