// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/ledgerbench.h"

#include <memory>

#include "core/clock.h"
#include "core/storage/unitrepository.h"
#include "tests/bench/districtfile.h"
#include "tests/bench/searchbench.h"
#include "ui/models/problemledgermodel.h"

using namespace Qt::StringLiterals;

namespace lp::bench {

QList<Measure> ledgerMeasures(const QString& scratch)
{
    QList<Measure> measures;
    measures.append(
        {u"ledger_first_page_two_filters"_s, 30,
         [scratch] {
             District& district = District::get(scratch);
             auto model = std::shared_ptr<ui::ProblemLedgerModel>(
                 district.db ? new ui::ProblemLedgerModel(*district.db, districtClock()) : nullptr);
             storage::ProblemFilter filter;
             if (district.db) {
                 auto court =
                     storage::UnitRepository(district.db->connection()).findByCode(u"fy"_s);
                 if (court && *court)
                     filter.unitId = (*court)->id;
             }
             filter.state = storage::ProblemState::Open;
             filter.today = districtToday();
             return std::function<bool()>([model, filter] {
                 if (!model || filter.unitId.isEmpty())
                     return false;
                 // A filter chosen in the bar: the new count, then the first screen of rows.
                 model->setFilter(filter);
                 return model->rowCount() > 0 && paintScreen(*model, 0);
             });
         },
         false, districtConnection(scratch)});
    measures.append(
        {u"ledger_scroll_to_end"_s, 100,
         [scratch] {
             District& district = District::get(scratch);
             auto model = std::shared_ptr<ui::ProblemLedgerModel>(
                 district.db ? new ui::ProblemLedgerModel(*district.db, districtClock()) : nullptr);
             if (model) {
                 storage::ProblemFilter all;
                 all.today = districtToday();
                 model->setFilter(all); // counted before the run: scrolling does not count again
                 (void)paintScreen(*model, 0);
             }
             return std::function<bool()>([model] {
                 // The scroll bar dragged to the bottom of every problem of ten years.
                 return model && model->rowCount() >= kScreenRows &&
                        paintScreen(*model, model->rowCount() - kScreenRows);
             });
         },
         false, districtConnection(scratch)});
    return measures;
}

} // namespace lp::bench
