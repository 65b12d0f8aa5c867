// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The demo's visits (走访) and, through DemoProblems, the problems found on them. The schedule
// comes first — how many visits each unit made each month, growing over the years from a small
// start, with dips in the Spring Festival month and in August, and at least one in the last full
// month and in the current one — then the visits are written month by month in date order.
//
// The visits draw from a random stream of their own (derived from the seed), so the schedule is
// known before the organisation is written and progress can count the whole demo.
#pragma once

#include <vector>

#include <QDate>
#include <QSqlDatabase>

#include "core/actor.h"
#include "core/demo/demogenerator.h"
#include "core/demo/demorandom.h"
#include "core/demo/demoworld.h"
#include "core/domain/visit.h"
#include "core/result.h"

namespace lp {
struct TaskControl;
}
namespace lp::storage {
class RecordWriter;
}

namespace lp::demo {

class DemoNames;

class DemoVisits final {
public:
    // `unitCodes` are the codes of the units the organisation part writes, in its order.
    DemoVisits(const DemoOptions& options, const QStringList& unitCodes);
    Q_DISABLE_COPY_MOVE(DemoVisits)

    [[nodiscard]] qint64 visitCount() const { return m_total; }
    [[nodiscard]] QDate firstDay() const { return m_first; }

    // Writes the visits and their problems for `world`; progress goes on from `progressDone`
    // (the records written before) towards `progressTotal`.
    Result<void> create(storage::RecordWriter& writer, QSqlDatabase connection,
                        const DemoWorld& world, const Actor& actor, DemoSummary& summary,
                        TaskControl* control, qint64 progressDone, qint64 progressTotal);

private:
    struct Planned {
        QDate date;
        int unit = 0;
    };
    void schedule(const DemoOptions& options, const QStringList& unitCodes);
    QList<Planned> month(int index, const std::vector<QDate>& workdays,
                         const std::vector<QDate>& days);
    domain::Visit visit(const DemoWorld& world, const Planned& planned, DemoNames& names,
                        domain::VisitReason reason, int problems);
    int enterprise(const DemoWorld& world, int unit, domain::VisitReason& reason);

    DemoRandom m_random;
    QDate m_first;
    QDate m_today;
    QList<QDate> m_months;                  // the first day of each month, oldest first
    std::vector<std::vector<int>> m_counts; // [month][unit]
    qint64 m_total = 0;
    // Per unit, the enterprises of the last three months' visits that found problems: the
    // candidates for a revisit (回访).
    std::vector<std::vector<QList<int>>> m_recent;
    int m_monthIndex = 0;
    std::vector<int> m_disputes;   // indexes into world.enterprises
    std::vector<int> m_difficulty; // indexes into world.enterprises
};

} // namespace lp::demo
