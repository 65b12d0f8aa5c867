// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSqlQuery>
#include <QThread>

#include "core/services/dashboard.h"
#include "core/services/problemservice.h"
#include "core/services/visitservice.h"
#include "core/storage/searchindex.h"
#include "core/storage/transaction.h"
#include "tests/core/problemfixtures.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

struct Planned {
    QString unit; // unit code
    QDate found;
    QDate deadline; // invalid: the category's default
    std::optional<domain::Triage> triage;
};

domain::Problem saveOne(storage::Database& db, const ProblemWorld& world, const Planned& planned,
                        const QString& enterpriseId = {})
{
    auto visit = makeVisit(world, planned.found, enterpriseId);
    visit.unitId = world.units.value(planned.unit);
    auto problem = makeProblem(world, u"labour"_s, u"拖欠员工工资"_s);
    problem.deadline = planned.deadline;
    problem.triage = planned.triage;
    if (planned.triage == domain::Triage::CrossUnit)
        problem.partnerUnitIds = {world.units.value(planned.unit == u"fy"_s ? u"gaj"_s : u"fy"_s)};
    auto saved = saveVisit(db, visit, {problem});
    REQUIRE(saved.size() == 1);
    return saved.first();
}

// Own-unit problem taken through result and satisfied feedback to closure on `on`.
void closeOn(storage::Database& db, const domain::Problem& problem, const QDate& on)
{
    services::ProblemService service(db, Actor::system());
    auto step = service.recordResult(problem, u"已解决"_s, on);
    REQUIRE_OK(step);
    domain::Feedback feedback;
    feedback.givenOn = on;
    feedback.manner = domain::FeedbackManner::Phone;
    feedback.content = u"电话告知企业办理结果"_s;
    feedback.satisfaction = domain::Satisfaction::Satisfied;
    step = service.recordFeedback(*step, feedback);
    REQUIRE_OK(step);
    step = service.close(*step, on);
    REQUIRE_OK(step);
    REQUIRE(step->closedOn == on);
}

int count(storage::Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// The dashboard's deadline cells, counted here over the stored rows for `today` and `sunday`.
void checkDeadlines(storage::Database& db, const services::DashboardFacts& facts,
                    const QDate& today, const QDate& sunday)
{
    REQUIRE(facts.weekEnd == sunday);
    for (const auto& unit : facts.deadlines.units) {
        INFO(unit.unitCode.toStdString());
        const QString live =
            u"SELECT count(*) FROM problems WHERE unit_id = ? AND status <> 'closed' AND "
            "deleted_at IS NULL"_s;
        CHECK(unit.open == count(db, live, {unit.unitId}));
        CHECK(unit.overdue == count(db, live + u" AND deadline < ?"_s, {unit.unitId, iso(today)}));
        CHECK(unit.dueSoon == count(db, live + u" AND deadline >= ? AND deadline <= ?"_s,
                                    {unit.unitId, iso(today), iso(sunday)}));
    }
}

} // namespace

TEST_CASE("Dashboard: every number agrees with a count made here")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    using domain::Triage;
    // Deadlines around the week of Wednesday 2026-11-18 (Monday 11-16 to Sunday 11-22).
    const QList<Planned> plan{
        {u"fy"_s, QDate(2026, 11, 2), QDate(2026, 11, 17), Triage::OwnUnit},    // overdue
        {u"fy"_s, QDate(2026, 11, 2), QDate(2026, 11, 18), Triage::OwnUnit},    // due today
        {u"fy"_s, QDate(2026, 11, 3), QDate(2026, 11, 21), Triage::CrossUnit},  // this week
        {u"fy"_s, QDate(2026, 11, 3), QDate(2026, 11, 22), std::nullopt},       // Sunday
        {u"fy"_s, QDate(2026, 11, 4), QDate(2026, 11, 23), Triage::Transfer},   // next Monday
        {u"gaj"_s, QDate(2026, 11, 5), QDate(2026, 11, 22), Triage::OwnUnit},   // Sunday
        {u"gaj"_s, QDate(2026, 10, 31), QDate(2026, 11, 10), std::nullopt},     // overdue
        {u"gaj"_s, QDate(2026, 11, 1), QDate(2026, 12, 20), Triage::CrossUnit}, // later
        {u"jcy"_s, QDate(2025, 12, 1), QDate(2025, 12, 20), std::nullopt},      // first month
        {u"jcy"_s, QDate(2025, 11, 30), QDate(2025, 12, 20), std::nullopt},     // a year ago
    };
    for (const auto& planned : plan)
        saveOne(*db, world, planned);
    // Closed problems, in the months at both ends and across a month boundary.
    const QList<std::pair<Planned, QDate>> closing{
        {{u"fy"_s, QDate(2025, 11, 28), {}, Triage::OwnUnit}, QDate(2025, 11, 30)}, // too old
        {{u"fy"_s, QDate(2025, 11, 28), {}, Triage::OwnUnit}, QDate(2025, 12, 1)},
        {{u"sfj"_s, QDate(2026, 10, 20), {}, Triage::OwnUnit}, QDate(2026, 10, 31)},
        {{u"sfj"_s, QDate(2026, 10, 20), {}, Triage::OwnUnit}, QDate(2026, 11, 1)},
        {{u"sfj"_s, QDate(2026, 11, 2), {}, Triage::OwnUnit}, QDate(2026, 11, 18)},
    };
    for (const auto& [planned, on] : closing)
        closeOn(*db, saveOne(*db, world, planned), on);
    // In the recycle bin: an overdue, untriaged problem of this month that counts nowhere.
    services::VisitService visits(*db, Actor::system());
    auto binned = visits.save({makeVisit(world, QDate(2026, 11, 2)),
                               {makeProblem(world, u"labour"_s, u"已删除的问题"_s)}});
    REQUIRE_OK(binned);
    REQUIRE_OK(visits.remove(binned->visit));
    // A transfer past its deadline, without an order: one supervision due.
    auto late = saveOne(*db, world, {u"zfw"_s, QDate(2026, 10, 9), QDate(2026, 10, 24), {}});
    domain::Transfer transfer;
    transfer.departmentId = world.departments.value(u"zjj"_s);
    transfer.transferredOn = QDate(2026, 10, 10);
    REQUIRE_OK(services::ProblemService(*db, Actor::system()).transfer(late, transfer));

    SECTION("on a Wednesday the week runs to Sunday")
    {
        const QDate today(2026, 11, 18);
        auto facts = services::Dashboard::compute(*db, today);
        REQUIRE_OK(facts);
        CHECK(facts->today == today);
        CHECK(facts->deadlines.soonDays == 4);
        checkDeadlines(*db, *facts, today, QDate(2026, 11, 22));
        // By construction, on top of the counts: fy has 11-18, 11-21 and 11-22 this week.
        for (const auto& unit : facts->deadlines.units) {
            if (unit.unitCode == u"fy"_s) {
                CHECK(unit.open == 5);
                CHECK(unit.overdue == 1);
                CHECK(unit.dueSoon == 3);
            }
        }
        CHECK(facts->deadlines.total().open ==
              count(*db, u"SELECT count(*) FROM problems WHERE status <> 'closed' AND "
                         "deleted_at IS NULL"_s));
    }

    SECTION("on a Sunday the week is that day only")
    {
        const QDate today(2026, 11, 22);
        auto facts = services::Dashboard::compute(*db, today);
        REQUIRE_OK(facts);
        CHECK(facts->deadlines.soonDays == 0);
        checkDeadlines(*db, *facts, today, today);
        int dueToday = 0;
        for (const auto& planned : plan)
            dueToday += planned.deadline == today ? 1 : 0;
        CHECK(facts->deadlines.total().dueSoon == dueToday);
    }

    SECTION("open problems by triage, the binned one left out")
    {
        auto facts = services::Dashboard::compute(*db, QDate(2026, 11, 22));
        REQUIRE_OK(facts);
        const QString open =
            u"SELECT count(*) FROM problems WHERE status <> 'closed' AND deleted_at IS NULL"_s;
        CHECK(facts->triage.ownUnit == count(*db, open + u" AND triage = 'own'"_s));
        CHECK(facts->triage.crossUnit == count(*db, open + u" AND triage = 'cross'"_s));
        CHECK(facts->triage.transfer == count(*db, open + u" AND triage = 'transfer'"_s));
        CHECK(facts->triage.untriaged == count(*db, open + u" AND triage IS NULL"_s));
        // Untriaged: fy 11-22, gaj 10-31, jcy twice; the binned problem is not one of them.
        CHECK(facts->triage.untriaged == 4);
        CHECK(facts->triage.total() == count(*db, open));
    }

    SECTION("found and closed per month over twelve months, at the month boundaries")
    {
        auto facts = services::Dashboard::compute(*db, QDate(2026, 11, 22));
        REQUIRE_OK(facts);
        REQUIRE(facts->months.size() == 12);
        CHECK(facts->months.first().firstDay == QDate(2025, 12, 1));
        CHECK(facts->months.last().firstDay == QDate(2026, 11, 1));
        CHECK(facts->months.last().lastDay() == QDate(2026, 11, 30));
        for (const auto& month : facts->months) {
            INFO(iso(month.firstDay).toStdString());
            const QVariantList period{iso(month.firstDay), iso(month.lastDay())};
            CHECK(month.found == count(*db,
                                       u"SELECT count(*) FROM problems WHERE found_on BETWEEN ? "
                                       "AND ? AND deleted_at IS NULL"_s,
                                       period));
            CHECK(month.closed == count(*db,
                                        u"SELECT count(*) FROM problems WHERE status = 'closed' "
                                        "AND closed_on BETWEEN ? AND ? AND deleted_at IS NULL"_s,
                                        period));
        }
        // Counted over the plan: December 2025 has the problem found 12-01 and the one closed
        // 12-01 (found 11-28, closed 11-30 is outside); October and November split at 10-31.
        CHECK(facts->months.first().found == 1);
        CHECK(facts->months.first().closed == 1);
        CHECK(facts->months[10].closed == 1); // 2026-10-31
        CHECK(facts->months[11].closed == 2); // 2026-11-01 and 11-18
        // November: 7 planned and 1 closed (11-02), not the binned one; October: 10-31, the
        // two closed on 10-20 and the late transfer.
        CHECK(facts->months[11].found == 8);
        CHECK(facts->months[10].found == 4);
    }

    SECTION("cadence of the month and the supervision due")
    {
        auto facts = services::Dashboard::compute(*db, QDate(2026, 11, 22));
        REQUIRE_OK(facts);
        CHECK(facts->cadence.firstDay == QDate(2026, 11, 1));
        for (const auto& unit : facts->cadence.units) {
            INFO(unit.unitCode.toStdString());
            CHECK(unit.visits == count(*db,
                                       u"SELECT count(*) FROM visits WHERE unit_id = ? AND "
                                       "visit_date BETWEEN '2026-11-01' AND '2026-11-30' AND "
                                       "deleted_at IS NULL"_s,
                                       {unit.unitId}));
        }
        // Nobody visited the flagged enterprise.
        REQUIRE(facts->cadence.flaggedUnvisited.size() == 1);
        CHECK(facts->cadence.flaggedUnvisited.first().id == world.flaggedId);
        CHECK(facts->supervisionDue == 1);
    }
}

// problem_months as "month found closed" lines, and the same recounted from the problems.
std::pair<QStringList, QStringList> monthCounters(storage::Database& db)
{
    const auto lines = [&](const QString& sql) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(sql));
        QStringList found;
        while (query.next())
            found.append(u"%1 %2 %3"_s.arg(query.value(0).toString())
                             .arg(query.value(1).toInt())
                             .arg(query.value(2).toInt()));
        return found;
    };
    return {lines(u"SELECT month, found, closed FROM problem_months WHERE found <> 0 OR "
                  "closed <> 0 ORDER BY month"_s),
            lines(u"SELECT month, sum(found), sum(closed) FROM (SELECT substr(found_on, 1, 7) "
                  "AS month, 1 AS found, 0 AS closed FROM problems WHERE deleted_at IS NULL "
                  "UNION ALL SELECT substr(closed_on, 1, 7), 0, 1 FROM problems WHERE "
                  "deleted_at IS NULL AND closed_on IS NOT NULL) GROUP BY month ORDER BY month"_s)};
}

TEST_CASE("Dashboard: the counters of problems found and closed per month follow every write")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    using domain::Triage;
    const auto agree = [&](const char* after) {
        INFO(after);
        const auto [kept, recounted] = monthCounters(*db);
        CHECK_FALSE(recounted.isEmpty());
        CHECK(kept == recounted);
    };
    const domain::Problem a =
        saveOne(*db, world, {u"fy"_s, QDate(2026, 9, 30), QDate(2026, 10, 20), Triage::OwnUnit});
    const domain::Problem b =
        saveOne(*db, world, {u"gaj"_s, QDate(2026, 10, 1), QDate(2026, 10, 21), Triage::OwnUnit});
    saveOne(*db, world, {u"jcy"_s, QDate(2026, 10, 9), QDate(2026, 11, 20), std::nullopt});
    agree("saving three");
    closeOn(*db, a, QDate(2026, 11, 2));
    agree("closing one");
    const auto run = [&](const QString& sql, const QString& id) {
        QSqlQuery query(db->connection());
        REQUIRE(query.prepare(sql));
        query.addBindValue(id);
        REQUIRE(query.exec());
    };
    run(u"UPDATE problems SET found_on = '2026-08-31' WHERE id = ?"_s, a.id);
    agree("moving the day found to another month");
    run(u"UPDATE problems SET closed_on = '2026-12-01' WHERE id = ?"_s, a.id);
    agree("moving the day closed to another month");
    run(u"UPDATE problems SET status = 'in_progress', closed_on = NULL WHERE id = ?"_s, a.id);
    agree("reopening");
    run(u"UPDATE problems SET deleted_at = '2026-11-21T08:00:00.000Z' WHERE id = ?"_s, b.id);
    agree("deleting into the recycle bin");
    run(u"UPDATE problems SET found_on = '2026-07-01' WHERE id = ?"_s, b.id);
    agree("changing a problem in the recycle bin");
    run(u"UPDATE problems SET deleted_at = NULL WHERE id = ?"_s, b.id);
    agree("restoring");
    QSqlQuery(db->connection()).exec(u"PRAGMA foreign_keys = OFF"_s);
    run(u"DELETE FROM problems WHERE id = ?"_s, b.id);
    QSqlQuery(db->connection()).exec(u"PRAGMA foreign_keys = ON"_s);
    agree("removing for good");
}

TEST_CASE("Dashboard: a bulk write suspends the per-month counters' triggers and counts the "
          "months again when it finishes")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    const domain::Problem problem = saveOne(
        *db, world, {u"fy"_s, QDate(2026, 9, 30), QDate(2026, 10, 20), domain::Triage::OwnUnit});
    const auto kept = [&] {
        return monthCounters(*db).first;
    };
    const QStringList before = kept();
    REQUIRE(before.contains(u"2026-09 1 0"_s));
    {
        auto transaction = storage::Transaction::begin(*db);
        REQUIRE_OK(transaction);
        auto index = storage::BulkSearchIndex::suspend(transaction->connection(), {u"problems"_s});
        REQUIRE_OK(index);
        QSqlQuery move(transaction->connection());
        REQUIRE(move.prepare(u"UPDATE problems SET found_on = '2026-08-31' WHERE id = ?"_s));
        move.addBindValue(problem.id);
        REQUIRE(move.exec());
        CHECK(kept() == before); // no trigger counted the move
        REQUIRE_OK(index->finish());
        REQUIRE_OK(transaction->commit());
    }
    const auto [after, recounted] = monthCounters(*db);
    CHECK(after == recounted);
    CHECK(after.contains(u"2026-08 1 0"_s));
}

TEST_CASE("Dashboard: keepPagesCached enlarges the calling thread's cache only")
{
    Workspace ws;
    auto db = ws.open();
    const int before = scalar(*db, u"PRAGMA cache_size"_s).toInt();
    REQUIRE(before != -65536);
    bool kept = false;
    int other = 0;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        kept = services::Dashboard::keepPagesCached(*db).has_value();
        {
            QSqlQuery query(db->connection());
            if (query.exec(u"PRAGMA cache_size"_s) && query.next())
                other = query.value(0).toInt();
        }
        db->releaseThreadConnection();
    }));
    worker->start();
    REQUIRE(worker->wait(10000));
    CHECK(kept);
    CHECK(other == -65536);
    CHECK(scalar(*db, u"PRAGMA cache_size"_s).toInt() == before);
}
