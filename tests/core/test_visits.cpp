// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSqlQuery>

#include "core/domain/workcalendar.h"
#include "core/services/calendarservice.h"
#include "core/services/oversight.h"
#include "core/services/problemservice.h"
#include "core/services/visitservice.h"
#include "core/storage/linktable.h"
#include "core/storage/problemrepository.h"
#include "core/storage/visitrepository.h"
#include "tests/core/problemfixtures.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

TEST_CASE("VisitService: a visit with two problems is saved as one, numbered per year")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    saveVisit(*db, makeVisit(world, QDate(2025, 12, 30)),
              {makeProblem(world, u"other"_s, u"去年的问题"_s)});
    auto visit = makeVisit(world, QDate(2026, 11, 20));
    visit.officerIds.append(visit.officerIds.first()); // twice: kept once
    auto cross = makeProblem(world, u"security"_s, u"园区夜间治安差"_s);
    cross.triage = domain::Triage::CrossUnit;
    cross.partnerUnitIds = {world.units.value(u"gaj"_s), world.org.courtId};
    auto problems =
        saveVisit(*db, visit, {makeProblem(world, u"labour"_s, u"劳动纠纷多发"_s), cross});
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].number == u"P2026-000001"_s);
    CHECK(problems[1].number == u"P2026-000002"_s);
    CHECK(problems[0].status == domain::ProblemStatus::Registered);
    CHECK(problems[1].status == domain::ProblemStatus::InProgress);
    // The visiting unit is not its own partner.
    CHECK(problems[1].partnerUnitIds == QStringList{world.units.value(u"gaj"_s)});
    for (const auto& problem : problems) {
        CHECK(problem.foundOn == QDate(2026, 11, 20));
        CHECK(problem.unitId == world.org.courtId);
        CHECK(problem.enterpriseId == world.enterpriseId);
        CHECK(problem.deadline > problem.foundOn);
    }
    auto stored = storage::VisitRepository(db->connection()).findById(problems[0].visitId);
    REQUIRE_OK(stored);
    CHECK((*stored)->officerIds == QStringList{world.org.officerId});
    CHECK(scalar(*db, u"SELECT count(*) FROM problems WHERE number LIKE 'P2025-%'"_s).toInt() == 1);
}

TEST_CASE("VisitService: bad input is refused field by field and nothing is written")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    services::VisitService service(*db, Actor::system());
    auto visit = makeVisit(world, QDate(2026, 11, 23)); // tomorrow
    visit.officerIds.clear();
    visit.content = u"  "_s;
    auto early = makeProblem(world, u"labour"_s, u"欠薪"_s);
    early.deadline = QDate(2026, 11, 1);
    auto blank = makeProblem(world, u"nosuch"_s, QString());
    const services::VisitDraft draft{visit, {early, blank}};
    auto issues = service.check(services::VisitService::normalized(draft));
    REQUIRE_OK(issues);
    const auto message = [&](const QString& field) {
        const auto* issue = services::issueFor(*issues, field);
        INFO(field.toStdString());
        REQUIRE(issue);
        return issue->error.message;
    };
    CHECK(message(u"visit_date"_s).contains(u"future"_s));
    CHECK(message(u"officers"_s).contains(u"at least one"_s));
    CHECK(message(u"content"_s).contains(u"discussed"_s));
    CHECK(message(u"problem.0.deadline"_s).contains(u"before the day the problem was found"_s));
    CHECK(message(u"problem.1.description"_s).startsWith(u"Problem 2"_s));
    CHECK(message(u"problem.1.category_id"_s).contains(u"Category"_s));
    auto saved = service.save(draft);
    REQUIRE_FALSE(saved);
    CHECK(scalar(*db, u"SELECT count(*) FROM visits"_s).toInt() == 0);
    CHECK(scalar(*db, u"SELECT count(*) FROM problems"_s).toInt() == 0);
}

TEST_CASE("VisitService: moving a visit moves its problems, a handled visit cannot be deleted")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    services::VisitService service(*db, Actor::system());
    auto first = service.save(
        {makeVisit(world, QDate(2026, 11, 10)), {makeProblem(world, u"ip"_s, u"商标被仿冒"_s)}});
    REQUIRE_OK(first);
    auto moved = *first;
    moved.visit.date = QDate(2026, 11, 9);
    moved.visit.enterpriseId = world.flaggedId;
    auto again = service.save(moved);
    REQUIRE_OK(again);
    CHECK(again->problems.first().foundOn == QDate(2026, 11, 9));
    CHECK(again->problems.first().enterpriseId == world.flaggedId);
    CHECK(again->problems.first().number == u"P2026-000001"_s);

    services::ProblemService problems(*db, Actor::system());
    services::StartHandling how;
    auto started = problems.start(again->problems.first(), how);
    REQUIRE_OK(started);
    domain::Measure measure;
    measure.takenOn = QDate(2026, 11, 12);
    measure.content = u"指导企业申请行政保护"_s;
    measure.doneBy = u"区市场监督管理局"_s;
    REQUIRE_OK(problems.addMeasure(*started, measure));
    auto refused = service.remove(again->visit);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"P2026-000001"_s));

    auto plain = service.save(
        {makeVisit(world, QDate(2026, 11, 11)), {makeProblem(world, u"other"_s, u"咨询政策"_s)}});
    REQUIRE_OK(plain);
    REQUIRE_OK(service.remove(plain->visit));
    CHECK(scalar(*db, u"SELECT count(*) FROM visits WHERE deleted_at IS NULL"_s).toInt() == 1);
    CHECK(scalar(*db, u"SELECT count(*) FROM problems WHERE deleted_at IS NULL"_s).toInt() == 1);
    CHECK(scalar(*db, u"SELECT count(*) FROM visit_officers WHERE deleted_at IS NULL"_s).toInt() ==
          1);
}

TEST_CASE("Oversight: cadence and deadlines against a count made here")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    // October: the court visits both enterprises, the police once; November: the court only,
    // the plain enterprise.
    struct Planned {
        QString unit;
        QDate date;
        QString enterprise;
        int problems;
    };
    const QList<Planned> plan{
        {u"fy"_s, QDate(2026, 10, 8), world.enterpriseId, 2},
        {u"fy"_s, QDate(2026, 10, 20), world.flaggedId, 1},
        {u"gaj"_s, QDate(2026, 10, 21), world.enterpriseId, 0},
        {u"fy"_s, QDate(2026, 11, 3), world.enterpriseId, 1},
        {u"fy"_s, QDate(2026, 11, 18), world.enterpriseId, 1},
    };
    for (const auto& planned : plan) {
        auto visit = makeVisit(world, planned.date, planned.enterprise);
        visit.unitId = world.units.value(planned.unit);
        QList<domain::Problem> problems;
        for (int i = 0; i < planned.problems; ++i)
            problems.append(makeProblem(world, u"labour"_s, u"问题%1"_s.arg(i)));
        saveVisit(*db, visit, problems);
    }
    auto october = services::Oversight::cadence(*db, QDate(2026, 10, 15));
    REQUIRE_OK(october);
    QMap<QString, int> visits;
    for (const auto& unit : october->units)
        visits.insert(unit.unitCode, unit.visits);
    CHECK(visits == QMap<QString, int>{
                        {u"zfw"_s, 0}, {u"fy"_s, 2}, {u"jcy"_s, 0}, {u"gaj"_s, 1}, {u"sfj"_s, 0}});
    CHECK(october->unitsMet() == 2);
    CHECK(october->flaggedEnterprises == 1);
    CHECK(october->flaggedUnvisited.isEmpty());
    auto november = services::Oversight::cadence(*db, QDate(2026, 11, 30));
    REQUIRE_OK(november);
    CHECK(november->unitsMet() == 1);
    REQUIRE(november->flaggedUnvisited.size() == 1);
    CHECK(november->flaggedUnvisited.first().id == world.flaggedId);
    CHECK(november->flaggedUnvisited.first().lastVisit == QDate(2026, 10, 20));

    // Deadlines: count the open problems of each unit here, over the stored rows.
    const QDate today(2026, 11, 22);
    auto all = db->connection().exec(u"SELECT unit_id, deadline FROM problems WHERE status <> "
                                     "'closed' AND deleted_at IS NULL"_s);
    int open = 0, overdue = 0, soon = 0;
    while (all.next()) {
        ++open;
        const QDate deadline = QDate::fromString(all.value(1).toString(), Qt::ISODate);
        overdue += deadline < today ? 1 : 0;
        soon += deadline >= today && today.daysTo(deadline) <= 3 ? 1 : 0;
    }
    REQUIRE(open == 5);
    REQUIRE(overdue >= 2); // the October problems have 15 days
    auto summary = services::Oversight::deadlines(*db, today);
    REQUIRE_OK(summary);
    CHECK(summary->total().open == open);
    CHECK(summary->total().overdue == overdue);
    CHECK(summary->total().dueSoon == soon);
    for (const auto& unit : summary->units)
        CHECK((unit.unitCode == u"fy"_s ? unit.open == 5 : unit.open == 0));
}

TEST_CASE("VisitService: a problem's default deadline is its category's time limit, counted as "
          "the file counts deadlines")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    services::VisitService service(*db, Actor::system());
    // Labour problems have 15 days. Found Friday 2026-09-18: calendar days end on Saturday
    // 10-03, inside the National Day holiday (10-01 to 10-07), so they roll to Thursday 10-08.
    const QDate found(2026, 9, 18);
    auto calendarDays = service.defaultDeadline(world.categories.value(u"labour"_s), found);
    REQUIRE_OK(calendarDays);
    CHECK(*calendarDays == QDate(2026, 10, 8));
    auto saved = saveVisit(*db, makeVisit(world, found),
                           {makeProblem(world, u"labour"_s, u"劳务派遣用工不规范"_s)});
    CHECK(saved.first().deadline == QDate(2026, 10, 8));

    // Working days: 15 working days after 09-18 skip the Mid-Autumn and National Day holidays
    // and count the make-up Sunday 09-20 and Saturday 10-10 (the 2026 notice) as working days.
    REQUIRE_OK(services::CalendarService::setCounting(*db, domain::DeadlineCounting::WorkingDays,
                                                      Actor::system()));
    auto workingDays = service.defaultDeadline(world.categories.value(u"labour"_s), found);
    REQUIRE_OK(workingDays);
    domain::WorkCalendar calendar = *services::CalendarService::calendar(*db);
    CHECK(calendar.workingDaysBetween(found, *workingDays) == 15);
    CHECK(calendar.isWorkday(*workingDays));
    CHECK(*workingDays == QDate(2026, 10, 15));
}

TEST_CASE("LinkTable: the officers of any number of visits are read, in chunks")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    services::VisitService service(*db, Actor::system());
    QStringList owners;
    for (int i = 0; i < 1200; ++i)
        owners.append(u"no-such-visit-%1"_s.arg(i));
    QStringList visits;
    for (int index : {0, 600, 1199}) {
        auto saved = service.save({makeVisit(world, QDate(2026, 11, 2)), {}});
        REQUIRE_OK(saved);
        owners[index] = saved->visit.id;
        visits.append(saved->visit.id);
    }
    auto links =
        storage::VisitRepository::officerLinks().load(db->connection(), owners, u"l.rowid"_s);
    REQUIRE_OK(links);
    CHECK(links->size() == 3);
    for (const QString& id : visits)
        CHECK(links->value(id) == QStringList{world.org.officerId});
}
