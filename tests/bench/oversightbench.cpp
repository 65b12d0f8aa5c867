// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/oversightbench.h"

#include "core/services/dashboard.h"
#include "core/services/oversight.h"
#include "tests/bench/districtfile.h"

using namespace Qt::StringLiterals;

namespace lp::bench {

QList<Measure> oversightMeasures(const QString& scratch)
{
    QList<Measure> measures;
    measures.append({u"cadence_last_month"_s, 100, [scratch] {
                         District& district = District::get(scratch);
                         return std::function<bool()>([&district] {
                             if (!district.db)
                                 return false;
                             const QDate lastMonth = districtToday().addMonths(-1);
                             auto cadence = services::Oversight::cadence(*district.db, lastMonth);
                             return cadence && cadence->unitsMet() > 0;
                         });
                     }});
    measures.append({u"overdue_and_due_soon_by_unit"_s, 100, [scratch] {
                         District& district = District::get(scratch);
                         return std::function<bool()>([&district] {
                             if (!district.db)
                                 return false;
                             auto summary =
                                 services::Oversight::deadlines(*district.db, districtToday());
                             return summary && summary->total().open > 0;
                         });
                     }});
    // As the dashboard page computes: again and again on one connection with a large cache.
    measures.append({u"dashboard_compute"_s, 100, [scratch] {
                         District& district = District::get(scratch);
                         if (district.db)
                             (void)services::Dashboard::keepPagesCached(*district.db);
                         return std::function<bool()>([&district] {
                             if (!district.db)
                                 return false;
                             auto facts =
                                 services::Dashboard::compute(*district.db, districtToday());
                             return facts && facts->deadlines.total().open > 0;
                         });
                     }});
    return measures;
}

} // namespace lp::bench
