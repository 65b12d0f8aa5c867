// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The counts of the monthly visit statistics (走访工作统计表), per visiting unit, for a period
// [first, last] (a month). The definitions, which the printed footnote repeats:
// - visits: live visits of the unit dated in the period; enterprises: distinct enterprises of
//   those visits;
// - found: problems of the unit (problems.unit_id, the visiting unit) found in the period — the
//   rows of the unit's problem list for the period, so the two always agree;
// - closed: problems of the unit with closed_on in the period;
// - open at the end: found on or before `last` and not closed by then (closed_on NULL or after
//   `last`); overdue at the end: those of them with deadline before `last`;
// - feedback: feedback given in the period on the unit's problems; satisfied: of it, the
//   feedback rated satisfied or basically satisfied.
// Rows in the recycle bin are never counted, nor the feedback of a problem in it.
#pragma once

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include "core/result.h"

namespace lp::storage {

struct UnitPeriodCounts {
    int visits = 0;
    int enterprises = 0;
    int found = 0;
    int closed = 0;
    int openAtEnd = 0;
    int overdueAtEnd = 0;
    int feedback = 0;
    int satisfied = 0;
    QHash<QString, int> foundByCategory; // category id → problems found
};

struct PeriodCounts {
    QHash<QString, UnitPeriodCounts> units; // visiting unit id → counts
    int enterprises = 0;                    // distinct enterprises visited by any unit
};

class VisitStatisticsQuery final {
public:
    explicit VisitStatisticsQuery(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    [[nodiscard]] Result<PeriodCounts> count(const QDate& first, const QDate& last) const;

private:
    QSqlDatabase m_connection;
};

} // namespace lp::storage
