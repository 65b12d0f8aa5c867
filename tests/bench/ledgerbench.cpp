// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/ledgerbench.h"

#include <memory>

#include "core/clock.h"
#include "core/storage/unitrepository.h"
#include "tests/bench/districtfile.h"
#include "ui/models/problemledgermodel.h"

using namespace Qt::StringLiterals;

namespace lp::bench {
namespace {

constexpr int kScreenRows = 40; // what a full-height ledger shows

const Clock& districtClock()
{
    static const FixedClock clock(districtToday().startOfDay(Qt::UTC).addSecs(9 * 3600));
    return clock;
}

// Every cell of rows [first, first + kScreenRows), as the view paints them.
bool paint(const ui::ProblemLedgerModel& model, int first)
{
    int read = 0;
    for (int row = first; row < std::min(model.rowCount(), first + kScreenRows); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            (void)model.data(index, Qt::DisplayRole);
            (void)model.data(index, Qt::BackgroundRole);
        }
        read += model.data(model.index(row, 0), Qt::DisplayRole).isValid() ? 1 : 0;
    }
    return read > 0;
}

} // namespace

QList<Measure> ledgerMeasures(const QString& scratch)
{
    QList<Measure> measures;
    measures.append(
        {u"ledger_first_page_two_filters"_s, 30, [scratch] {
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
                 return model->rowCount() > 0 && paint(*model, 0);
             });
         }});
    measures.append(
        {u"ledger_scroll_to_end"_s, 100, [scratch] {
             District& district = District::get(scratch);
             auto model = std::shared_ptr<ui::ProblemLedgerModel>(
                 district.db ? new ui::ProblemLedgerModel(*district.db, districtClock()) : nullptr);
             if (model) {
                 storage::ProblemFilter all;
                 all.today = districtToday();
                 model->setFilter(all); // counted before the run: scrolling does not count again
                 (void)paint(*model, 0);
             }
             return std::function<bool()>([model] {
                 // The scroll bar dragged to the bottom of every problem of ten years.
                 return model && model->rowCount() >= kScreenRows &&
                        paint(*model, model->rowCount() - kScreenRows);
             });
         }});
    return measures;
}

} // namespace lp::bench
