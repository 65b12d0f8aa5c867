// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

#include "core/services/changehub.h"
#include "core/services/visitservice.h"
#include "core/settings/appsettings.h"
#include "tests/core/problemfixtures.h"
#include "tests/testsupport.h"
#include "tests/ui/pagetestsupport.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/pages/dashboardpage.h"
#include "ui/session.h"
#include "ui/widgets/dashboardchart.h"
#include "ui/widgets/dashboardtables.h"
#include "ui/widgets/linktable.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

// Problems of the court, some overdue on the tests' today (2026-11-22).
struct DashboardWorld {
    Workspace ws;
    std::unique_ptr<storage::Database> db = ws.open();
    ProblemWorld world = createProblemWorld(*db);
    settings::AppSettings settings{ws.path(u"settings.ini"_s)};
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{*db, settings, prompts, ws.clock, u"高新区"_s, std::nullopt, changes};

    // Saves through the service, which announces the write on the hub.
    void saveProblem(const QDate& found, const QDate& deadline)
    {
        auto problem = makeProblem(world, u"labour"_s, u"拖欠员工工资"_s);
        problem.deadline = deadline;
        services::VisitService service(*db, Actor::system(), &changes);
        REQUIRE_OK(service.save({makeVisit(world, found), {problem}}));
    }
    int courtOverdue()
    {
        return scalar(*db, u"SELECT count(*) FROM problems WHERE unit_id = '%1' AND status <> "
                           "'closed' AND deleted_at IS NULL AND deadline < '2026-11-22'"_s.arg(
                               world.org.courtId))
            .toInt();
    }
};

// Waits for the next factsShown, unless it came already (showing the page runs the events).
void waitForFacts(ui::DashboardPage& page, QSignalSpy& shown)
{
    if (shown.isEmpty())
        REQUIRE(shown.wait(10000));
    shown.clear();
    REQUIRE_FALSE(page.isLoading());
}

} // namespace

TEST_CASE("DashboardPage: shows the facts, and a click on a number asks for the list it counts")
{
    DashboardWorld w;
    w.saveProblem(QDate(2026, 10, 20), QDate(2026, 11, 4));
    w.saveProblem(QDate(2026, 11, 2), QDate(2026, 11, 20));
    w.saveProblem(QDate(2026, 11, 16), QDate(2026, 11, 22));

    ui::DashboardPage page(w.session);
    QSignalSpy shown(&page, &ui::DashboardPage::factsShown);
    auto* status = page.findChild<QLabel*>(u"dashboardStatus"_s);
    REQUIRE(status != nullptr);
    CHECK(status->text() == ui::DashboardPage::tr("Loading…"));
    showActive(page);
    waitForFacts(page, shown);
    CHECK(status->text() != ui::DashboardPage::tr("Loading…"));

    auto* table = page.findChild<ui::LinkTable*>(u"dashboardDeadlines"_s);
    REQUIRE(table == &page.deadlinesTable());
    const auto& units = page.facts().deadlines.units;
    int row = -1;
    for (int i = 0; i < units.size(); ++i)
        row = units[i].unitId == w.world.org.courtId ? i : row;
    REQUIRE(row >= 0);
    REQUIRE(table->rowCount() == units.size() + 1); // and the total
    CHECK(table->item(row, 0)->text() == units[row].unitName);
    CHECK(units[row].overdue == w.courtOverdue());
    CHECK(units[row].overdue == 2);
    CHECK(table->item(row, ui::DashboardTables::OverdueColumn)->text() == u"2"_s);
    CHECK(table->item(units.size(), ui::DashboardTables::OverdueColumn)->text() == u"2"_s);

    std::optional<storage::ProblemFilter> asked;
    QObject::connect(&page, &ui::DashboardPage::problemsRequested,
                     [&](const storage::ProblemFilter& filter) { asked = filter; });
    SECTION("by the mouse")
    {
        const QRect cell =
            table->visualItemRect(table->item(row, ui::DashboardTables::OverdueColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        REQUIRE(asked.has_value());
        CHECK(asked->unitId == w.world.org.courtId);
        CHECK(asked->state == storage::ProblemState::Open);
        CHECK(asked->due == storage::ProblemDue::Overdue);
        CHECK(asked->today == QDate(2026, 11, 22));
    }
    SECTION("by the keyboard: due this week, on a Sunday that day only")
    {
        table->setFocus();
        table->setCurrentCell(row, ui::DashboardTables::WeekColumn);
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(asked.has_value());
        CHECK(asked->unitId == w.world.org.courtId);
        CHECK(asked->due == storage::ProblemDue::DueWithin);
        CHECK(asked->dueDays == 0);
        CHECK(table->item(row, ui::DashboardTables::WeekColumn)->text() == u"1"_s);
    }
    SECTION("a month of the chart's table: the problems found in it")
    {
        ui::LinkTable& months = page.chart().table();
        REQUIRE(months.objectName() == u"dashboardMonths"_s);
        REQUIRE(months.columnCount() == 13);
        CHECK(months.item(0, 12)->text() == u"2"_s); // found in November
        CHECK(months.item(0, 11)->text() == u"1"_s); // found in October
        REQUIRE(months.follow(0, 11));
        REQUIRE(asked.has_value());
        CHECK(asked->foundFrom == QDate(2026, 10, 1));
        CHECK(asked->foundTo == QDate(2026, 10, 31));
        CHECK(asked->state == storage::ProblemState::Any);
    }
    SECTION("a bar of the chart: found in its month, or closed and found in its month")
    {
        QChart* chart = page.chart().view().chart();
        REQUIRE(chart->series().size() == 1);
        auto* bars = qobject_cast<QBarSeries*>(chart->series().first());
        REQUIRE(bars != nullptr);
        REQUIRE(bars->barSets().size() == 2);
        CHECK(bars->barSets().at(0)->at(12 - 1) == 2); // found in November
        Q_EMIT bars->barSets().at(1)->clicked(10);     // closed, October
        REQUIRE(asked.has_value());
        CHECK(asked->state == storage::ProblemState::Closed);
        CHECK(asked->foundFrom == QDate(2026, 10, 1));
        CHECK(asked->foundTo == QDate(2026, 10, 31));
    }
    SECTION("the unit without a visit this month is marked and its visits open")
    {
        std::optional<storage::VisitFilter> visits;
        QObject::connect(&page, &ui::DashboardPage::visitsRequested,
                         [&](const storage::VisitFilter& filter) { visits = filter; });
        ui::LinkTable& cadence = page.cadenceTable();
        const auto& perUnit = page.facts().cadence.units;
        int marked = 0;
        for (int i = 0; i < perUnit.size(); ++i) {
            const bool none = perUnit[i].visits == 0;
            marked += none ? 1 : 0;
            CHECK(
                cadence.item(i, ui::DashboardTables::MetColumn)->text() ==
                (none ? ui::DashboardTables::tr("No visit yet") : ui::DashboardTables::tr("Made")));
            if (perUnit[i].unitId == w.world.org.courtId) {
                CHECK(perUnit[i].visits == 2);
                REQUIRE(cadence.follow(i, ui::DashboardTables::VisitsColumn));
            }
        }
        CHECK(marked == perUnit.size() - 1);
        REQUIRE(visits.has_value());
        CHECK(visits->unitId == w.world.org.courtId);
        CHECK(visits->from == QDate(2026, 11, 1));
        CHECK(visits->to == QDate(2026, 11, 30));
    }
}

TEST_CASE("DashboardPage: a problem saved elsewhere shows in the numbers without a click")
{
    DashboardWorld w;
    w.saveProblem(QDate(2026, 10, 20), QDate(2026, 11, 4));
    ui::DashboardPage page(w.session);
    QSignalSpy shown(&page, &ui::DashboardPage::factsShown);
    showActive(page);
    waitForFacts(page, shown);
    CHECK(page.facts().deadlines.total().overdue == 1);

    w.saveProblem(QDate(2026, 11, 2), QDate(2026, 11, 12));
    waitForFacts(page, shown);
    CHECK(page.facts().deadlines.total().overdue == 2);
    CHECK(page.facts().deadlines.total().overdue == w.courtOverdue());
    const int total = page.deadlinesTable().rowCount() - 1;
    CHECK(page.deadlinesTable().item(total, ui::DashboardTables::OverdueColumn)->text() == u"2"_s);

    SECTION("while hidden it waits to be shown")
    {
        page.hide();
        w.saveProblem(QDate(2026, 11, 3), QDate(2026, 11, 13));
        CHECK_FALSE(shown.wait(900));
        CHECK(page.facts().deadlines.total().overdue == 2);
        page.show();
        page.refresh();
        REQUIRE(shown.wait(10000));
        CHECK(page.facts().deadlines.total().overdue == 3);
    }
}

TEST_CASE("DashboardPage: destroyed while counting, it waits and leaves no connection behind")
{
    DashboardWorld w;
    w.saveProblem(QDate(2026, 10, 20), QDate(2026, 11, 4));
    (void)w.db->connection();
    const auto before = QSqlDatabase::connectionNames().size();
    for (int i = 0; i < 5; ++i) {
        auto page = std::make_unique<ui::DashboardPage>(w.session);
        if (i % 2 == 1)
            page->recompute(); // one running, one more wanted
        page.reset();
    }
    QCoreApplication::processEvents();
    CHECK(QSqlDatabase::connectionNames().size() == before);
}

TEST_CASE("DashboardPage: a write announced during the first computation is counted after it")
{
    DashboardWorld w;
    w.saveProblem(QDate(2026, 10, 20), QDate(2026, 11, 4));
    ui::DashboardPage page(w.session);
    QSignalSpy shown(&page, &ui::DashboardPage::factsShown);
    page.show();
    // The first computation started with the page; this write comes while it runs or just after.
    w.saveProblem(QDate(2026, 11, 2), QDate(2026, 11, 12));
    for (int i = 0; i < 3 && page.facts().deadlines.total().open != 2; ++i) {
        if (shown.isEmpty())
            REQUIRE(shown.wait(10000));
        shown.clear();
    }
    CHECK(page.facts().deadlines.total().open == 2);
    CHECK(page.facts().deadlines.total().overdue == w.courtOverdue());
}
