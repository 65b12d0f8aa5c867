// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The WHERE a ProblemFilter becomes, over `problems p`, with its bound values: the ledger's
// query and the list exports share it, so the exported lists hold what the ledger shows.
// Problems in the recycle bin never match. Open problems are written as the partial index
// problems_open_deadline spells them (status <> 'closed' AND deleted_at IS NULL), so the
// overdue, due-soon and open filters read that small index instead of the whole table.
#pragma once

#include <QString>
#include <QVariantList>

#include "core/storage/ledgerfilters.h"
#include "core/storage/searchterms.h"

namespace lp::storage {

struct ProblemFilterSql {
    // "problems p", forced onto problems_open_deadline when only open problems match: without
    // statistics the planner prefers problems_unit_found, 15 times slower for a unit's count.
    QString from;
    QString where; // "p.deleted_at IS NULL AND …", only identifiers chosen here in the text
    QVariantList values;
    // The search words' live matches (search::liveMatches), empty without words; the WHERE
    // holds them as p.seq IN (…). searchOnly: nothing else narrows the problems.
    search::MatchSql matches;
    bool searchOnly = false;
};

// `filter.today` invalid: overdue and due-soon count against the system's date.
[[nodiscard]] ProblemFilterSql problemFilterSql(const ProblemFilter& filter);
// The filter as one condition on `p` for a query of its own (the lists' reads): the WHERE
// itself, or a `p.seq IN (…)` over the forced index.
[[nodiscard]] QString problemFilterCondition(const ProblemFilterSql& sql);

} // namespace lp::storage
