// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The monthly visit statistics (走访工作统计表): one row per unit in the units' sort order —
// visits, enterprises visited, problems found, closed, overdue at the month's end, closing rate
// (办结率), satisfaction rate (满意率) and the problems found per category — and a labelled
// total row (合计). The counts and their definitions are VisitStatisticsQuery's; the table's
// footnote prints the definitions.
#pragma once

#include <QCoreApplication>
#include <QDate>

#include "core/domain/unit.h"
#include "core/reports/document.h"
#include "core/result.h"
#include "core/storage/visitledgerquery.h"
#include "core/storage/visitstatisticsquery.h"

namespace lp::storage {
class Database;
}

namespace lp::reports {

class VisitNames;

class VisitStatistics final {
    Q_DECLARE_TR_FUNCTIONS(VisitStatistics)
public:
    // `categories`: every category in sort order; the deleted ones get a column only when a
    // problem of the month uses them.
    static Document build(const QString& districtName, const QDate& month,
                          const QList<domain::Unit>& units,
                          const QList<storage::CategoryName>& categories,
                          const storage::PeriodCounts& counts);
    static Result<Document> load(storage::Database& database, const QDate& month,
                                 const QString& districtName);
    // numerator ÷ denominator as a percentage with one decimal ("83.3%"), "—" for 0 ÷ 0.
    [[nodiscard]] static QString rate(int numerator, int denominator);
};

} // namespace lp::reports
