// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/oversightbench.h"

#include "core/services/dashboard.h"
#include "core/services/oversight.h"
#include "core/services/visitservice.h"
#include "core/storage/queryutil.h"
#include "tests/bench/districtfile.h"

using namespace Qt::StringLiterals;

namespace lp::bench {
namespace {

// A visit of today with one problem, as an officer enters it: copied from the district's latest
// visit (its unit, enterprise and first officer) with the first problem category.
bool enterOneVisit(storage::Database& db)
{
    auto query = storage::runQuery(
        db.connection(),
        u"SELECT v.unit_id, v.enterprise_id, o.officer_id, (SELECT id FROM problem_categories "
        "WHERE deleted_at IS NULL ORDER BY code LIMIT 1) FROM visits v JOIN visit_officers o "
        "ON o.visit_id = v.id AND o.deleted_at IS NULL WHERE v.deleted_at IS NULL "
        "ORDER BY v.visit_date DESC LIMIT 1"_s,
        {}, u"finding the latest visit"_s);
    if (!query || !query->next())
        return false;
    services::VisitDraft draft;
    draft.visit.date = districtToday();
    draft.visit.unitId = query->value(0).toString();
    draft.visit.enterpriseId = query->value(1).toString();
    draft.visit.officerIds = {query->value(2).toString()};
    draft.visit.metName = u"李娜"_s;
    draft.visit.content = u"了解企业用工和合同履约情况，宣讲劳动合同法。"_s;
    domain::Problem problem;
    problem.categoryId = query->value(3).toString();
    problem.description = u"下游客户长期拖欠货款，多次催收无果"_s;
    problem.request = u"希望协助催收欠款"_s;
    draft.problems = {problem};
    return bool(services::VisitService(db, Actor::system()).save(draft));
}

} // namespace

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
    // As the dashboard page computes: again and again on its own connection with a large cache.
    measures.append({u"dashboard_compute"_s, 100,
                     [scratch] {
                         District& district = District::get(scratch);
                         return std::function<bool()>([&district] {
                             if (!district.dashboard)
                                 return false;
                             auto facts =
                                 services::Dashboard::compute(*district.dashboard, districtToday());
                             return facts && facts->deadlines.total().open > 0;
                         });
                     },
                     false, districtConnection(scratch, true)});
    return measures;
}

QList<Measure> editMeasures(const QString& scratch)
{
    QList<Measure> measures;
    // A visit entered on the window's connection makes SQLite drop the dashboard connection's
    // page cache before its next count.
    measures.append({u"dashboard_after_one_edit"_s, 100, [scratch] {
                         District& district = District::get(scratch);
                         if (!district.dashboard || !district.db ||
                             !services::Dashboard::compute(*district.dashboard, districtToday()) ||
                             !enterOneVisit(*district.db))
                             return std::function<bool()>();
                         return std::function<bool()>([&district] {
                             auto facts =
                                 services::Dashboard::compute(*district.dashboard, districtToday());
                             return facts && facts->deadlines.total().open > 0;
                         });
                     }});
    return measures;
}

} // namespace lp::bench
