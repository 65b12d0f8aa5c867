// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/searchbench.h"

#include <memory>

#include "tests/bench/districtfile.h"
#include "ui/models/problemledgermodel.h"
#include "ui/models/visitlistmodel.h"

using namespace Qt::StringLiterals;

namespace lp::bench {
namespace {

// The goals of the issue: a longer search uses the trigram index, a shorter one cannot.
double goalFor(const QString& text)
{
    return text.size() >= 3 ? 50 : 150;
}

Measure visitSearch(const QString& name, const QString& scratch, const QString& text)
{
    return {name, goalFor(text),
            [scratch, text] {
                District& district = District::get(scratch);
                auto model = std::shared_ptr<ui::VisitListModel>(
                    district.db ? new ui::VisitListModel(*district.db) : nullptr);
                return std::function<bool()>([model, text] {
                    if (!model)
                        return false;
                    storage::VisitFilter filter;
                    filter.search = text;
                    model->setFilter(filter);
                    return model->rowCount() > 0 && paintScreen(*model, 0);
                });
            },
            false, districtConnection(scratch)};
}

Measure problemSearch(const QString& name, const QString& scratch, const QString& text)
{
    return {name, goalFor(text),
            [scratch, text] {
                District& district = District::get(scratch);
                auto model = std::shared_ptr<ui::ProblemLedgerModel>(
                    district.db ? new ui::ProblemLedgerModel(*district.db, districtClock())
                                : nullptr);
                return std::function<bool()>([model, text] {
                    if (!model)
                        return false;
                    storage::ProblemFilter filter;
                    filter.today = districtToday();
                    filter.search = text;
                    model->setFilter(filter);
                    return model->rowCount() > 0 && paintScreen(*model, 0);
                });
            },
            false, districtConnection(scratch)};
}

} // namespace

bool paintScreen(const QAbstractItemModel& model, int first)
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

QList<Measure> searchMeasures(const QString& scratch)
{
    // Words of the demo's visit records and problems, typed one character at a time.
    return {
        visitSearch(u"visit_search_1_char"_s, scratch, u"欠"_s),
        visitSearch(u"visit_search_2_chars"_s, scratch, u"欠款"_s),
        visitSearch(u"visit_search_4_chars"_s, scratch, u"欠款回收"_s),
        problemSearch(u"problem_search_1_char"_s, scratch, u"欠"_s),
        problemSearch(u"problem_search_2_chars"_s, scratch, u"货款"_s),
        problemSearch(u"problem_search_4_chars"_s, scratch, u"拖欠货款"_s),
    };
}

} // namespace lp::bench
