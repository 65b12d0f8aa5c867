// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>

#include "core/reports/problemlists.h"
#include "core/taskcontrol.h"
#include "tests/core/ledgerfixtures.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::reports;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

const Table& onlyTable(const Document& document)
{
    const Table* found = nullptr;
    for (const Block& block : document.blocks) {
        if (const auto* table = std::get_if<Table>(&block)) {
            REQUIRE(found == nullptr);
            found = table;
        }
    }
    REQUIRE(found != nullptr);
    return *found;
}

// Column `column` of every row, as text.
QStringList columnOf(const Document& document, int column)
{
    QStringList values;
    for (const TableRow& row : onlyTable(document).rows)
        values.append(row.value(column).value.toString());
    return values;
}

QString subtitleOf(const Document& document)
{
    for (const Block& block : document.blocks) {
        if (const auto* title = std::get_if<Title>(&block))
            return title->subtitle;
    }
    return {};
}

} // namespace

TEST_CASE("ProblemLists: filtered by the ledger's filter, the problem list holds just the live "
          "problems it matches, by the day found")
{
    Workspace ws;
    auto db = ws.open();
    const LedgerWorld world = createLedgerWorld(*db);
    storage::ProblemFilter filter;
    filter.today = kLedgerToday;
    filter.state = storage::ProblemState::Open;
    filter.unitId = world.base.units[u"fy"_s];
    auto document = ProblemLists::load(*db, ProblemListKind::Problems,
                                       ProblemLists::factsOf(u"高新区"_s, filter), filter);
    REQUIRE_OK(document);
    // fy's open problems: 拖欠三名员工工资 (11-02) and 合同纠纷… (11-10); 拖欠货款 is deleted.
    QStringList expected;
    for (const LedgerProblem& p : world.problems) {
        if (p.unit == u"fy"_s && p.status != u"closed"_s && !p.deleted)
            expected.append(p.number);
    }
    REQUIRE(expected.size() == 2);
    CHECK(columnOf(*document, 1) == expected);
    CHECK(columnOf(*document, 5) ==
          QStringList{u"拖欠三名员工工资"_s, u"合同纠纷导致货款无法收回"_s});
    CHECK(subtitleOf(*document).contains(u"all dates"_s));

    filter = {};
    filter.today = kLedgerToday;
    filter.due = storage::ProblemDue::Overdue;
    filter.foundFrom = QDate(2026, 11, 1);
    document = ProblemLists::load(*db, ProblemListKind::Problems,
                                  ProblemLists::factsOf(u"高新区"_s, filter), filter);
    REQUIRE_OK(document);
    // Every unit: the unit's column comes before the day found.
    CHECK(columnOf(*document, 1) == QStringList{world.problems[0].number});
    CHECK(subtitleOf(*document).contains(u"from 2026-11-01"_s));
}

TEST_CASE("ProblemLists: filtered, the measure and feedback lists hold those of the matching "
          "problems only, and a cancelled build says so")
{
    Workspace ws;
    auto db = ws.open();
    const LedgerWorld world = createLedgerWorld(*db);
    storage::ProblemFilter closed;
    closed.state = storage::ProblemState::Closed;
    const auto facts = ProblemLists::factsOf(u"高新区"_s, closed);

    QStringList withMeasures;
    QStringList withFeedback;
    for (const LedgerProblem& p : world.problems) {
        if (p.status == u"closed"_s && !p.deleted) {
            for (int i = 0; i < p.measures; ++i)
                withMeasures.append(p.number);
            for (int i = 0; i < p.feedback; ++i)
                withFeedback.append(p.number);
        }
    }
    REQUIRE(withMeasures.size() == 2);
    REQUIRE(withFeedback.size() == 2);
    auto measures = ProblemLists::load(*db, ProblemListKind::Measures, facts, closed);
    REQUIRE_OK(measures);
    QStringList numbers = columnOf(*measures, 1);
    numbers.sort();
    withMeasures.sort();
    CHECK(numbers == withMeasures);
    auto feedback = ProblemLists::load(*db, ProblemListKind::Feedback, facts, closed);
    REQUIRE_OK(feedback);
    numbers = columnOf(*feedback, 1);
    numbers.sort();
    withFeedback.sort();
    CHECK(numbers == withFeedback);

    // The open problems' measures: the one of 拖欠三名员工工资, not the deleted 拖欠货款's.
    storage::ProblemFilter open;
    open.state = storage::ProblemState::Open;
    open.search = u"拖欠"_s;
    measures =
        ProblemLists::load(*db, ProblemListKind::Measures, ProblemLists::factsOf({}, open), open);
    REQUIRE_OK(measures);
    CHECK(columnOf(*measures, 1) == QStringList{world.problems[0].number});

    TaskControl control;
    control.cancelled = true;
    auto cancelled = ProblemLists::load(*db, ProblemListKind::Problems, facts, closed, &control);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
}
