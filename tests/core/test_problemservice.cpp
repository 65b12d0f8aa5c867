// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSqlQuery>

#include "core/services/oversight.h"
#include "core/services/problemservice.h"
#include "core/storage/problemrepository.h"
#include "core/storage/problemtrailrepository.h"
#include "tests/core/problemfixtures.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;
using domain::ProblemStatus;

namespace {

const QDate kFound(2026, 11, 2);

domain::Feedback feedback(const QDate& on, domain::Satisfaction satisfaction)
{
    domain::Feedback f;
    f.givenOn = on;
    f.manner = domain::FeedbackManner::Phone;
    f.content = u"电话告知企业办理结果"_s;
    f.satisfaction = satisfaction;
    return f;
}

domain::Measure measure(const ProblemWorld& world, const QDate& on)
{
    domain::Measure m;
    m.takenOn = on;
    m.content = u"约谈双方，释明劳动合同法相关规定"_s;
    m.officerId = world.org.officerId;
    return m;
}

// Audit rows of the problem that changed its status, oldest first: [before, after] pairs.
QStringList statusTrail(storage::Database& db, const QString& problemId)
{
    QStringList trail;
    auto query = db.connection().exec(
        u"SELECT json_extract(changes, '$.status[1]') FROM audit_log WHERE table_name = "
        "'problems' AND record_id = '%1' AND json_extract(changes, '$.status') IS NOT NULL "
        "ORDER BY id"_s.arg(problemId));
    while (query.next())
        trail.append(query.value(0).toString());
    return trail;
}

} // namespace

TEST_CASE("ProblemService: an own-unit problem from the visit to its closure, every step audited")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    auto problem = makeProblem(world, u"labour"_s, u"拖欠三名员工工资"_s);
    problem.triage = domain::Triage::OwnUnit;
    auto saved = saveVisit(*db, makeVisit(world, kFound), {problem});
    REQUIRE(saved.size() == 1);
    domain::Problem p = saved.first();
    CHECK(p.number == u"P2026-000001"_s);
    CHECK(p.status == ProblemStatus::InProgress); // triaged on the visit: handled at once
    CHECK(p.responsibleUnitId == world.org.courtId);

    services::ProblemService service(*db, Actor::system());
    auto step = service.addMeasure(p, measure(world, QDate(2026, 11, 5)));
    REQUIRE_OK(step);
    step = service.recordResult(*step, u"企业已足额支付工资"_s, QDate(2026, 11, 10));
    REQUIRE_OK(step);
    CHECK(step->status == ProblemStatus::ResultReceived);
    step = service.recordFeedback(*step,
                                  feedback(QDate(2026, 11, 11), domain::Satisfaction::Satisfied));
    REQUIRE_OK(step);
    CHECK(step->status == ProblemStatus::FeedbackGiven);
    step = service.close(*step, QDate(2026, 11, 12));
    REQUIRE_OK(step);
    CHECK(step->status == ProblemStatus::Closed);
    CHECK(step->closedOn == QDate(2026, 11, 12));
    CHECK(step->closedBy == Actor::system().stored());

    storage::ProblemTrailRepository trail(db->connection());
    CHECK(trail.measures(p.id)->size() == 1);
    CHECK(trail.feedback(p.id)->size() == 1);
    CHECK(statusTrail(*db, p.id) ==
          QStringList{u"in_progress"_s, u"result_received"_s, u"feedback_given"_s, u"closed"_s});
}

TEST_CASE("ProblemService: a transferred problem is supervised until solved, 不满意 sends it back")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    auto saved = saveVisit(*db, makeVisit(world, QDate(2026, 10, 9)),
                           {makeProblem(world, u"approval"_s, u"厂房消防验收久拖未决"_s)});
    domain::Problem p = saved.first();
    CHECK(p.status == ProblemStatus::Registered);
    services::ProblemService service(*db, Actor::system());

    SECTION("a transfer without a department is refused and changes nothing")
    {
        domain::Transfer transfer;
        transfer.transferredOn = QDate(2026, 10, 10);
        auto refused = service.transfer(p, transfer);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"Department"_s));
        CHECK(storage::ProblemRepository(db->connection()).findById(p.id)->value().status ==
              ProblemStatus::Registered);
        CHECK(scalar(*db, u"SELECT count(*) FROM transfers"_s).toInt() == 0);
    }

    domain::Transfer transfer;
    transfer.departmentId = world.departments.value(u"zjj"_s);
    transfer.transferredOn = QDate(2026, 10, 10);
    auto moved = service.transfer(p, transfer);
    REQUIRE_OK(moved);
    CHECK(moved->status == ProblemStatus::Transferred);
    CHECK(moved->triage == domain::Triage::Transfer);
    storage::ProblemTrailRepository trail(db->connection());
    auto transfers = trail.transfers(p.id);
    REQUIRE_OK(transfers);
    REQUIRE(transfers->size() == 1);
    CHECK(transfers->first().letter.text() == u"〔2026〕1号"_s);

    // Approval problems have 15 days: found 10-09, the deadline has passed by 11-22, and an
    // order is due until one is issued after the deadline.
    REQUIRE(moved->deadline < QDate(2026, 11, 22));
    auto due = services::Oversight::supervisionDue(*db, QDate(2026, 11, 22));
    REQUIRE_OK(due);
    REQUIRE(due->size() == 1);
    CHECK(due->first().number == p.number);
    CHECK(due->first().daysOverdue == moved->deadline.daysTo(QDate(2026, 11, 22)));
    domain::SupervisionOrder order;
    order.issuedOn = QDate(2026, 11, 20);
    order.timeLimit = QDate(2026, 11, 30);
    order.trigger = domain::SupervisionTrigger::Overdue;
    order.requirement = u"请于11月30日前办结并书面回复"_s;
    auto supervised = service.issueSupervision(*moved, order);
    REQUIRE_OK(supervised);
    order.issuedOn = QDate(2026, 11, 21);
    supervised = service.issueSupervision(*supervised, order);
    REQUIRE_OK(supervised);
    CHECK(services::Oversight::supervisionDue(*db, QDate(2026, 11, 22))->isEmpty());
    auto orders = trail.orders(p.id);
    REQUIRE(orders->size() == 2);
    CHECK(orders->at(0).number.text() == u"〔2026〕1号"_s);
    CHECK(orders->at(1).number.text() == u"〔2026〕2号"_s);
    CHECK(orders->at(0).unitId == world.org.courtId);

    auto result = service.recordResult(*supervised, u"已完成消防验收"_s, QDate(2026, 11, 21));
    REQUIRE_OK(result);
    auto unhappy = service.recordFeedback(
        *result, feedback(QDate(2026, 11, 21), domain::Satisfaction::Unsatisfied));
    REQUIRE_OK(unhappy);
    CHECK(unhappy->status == ProblemStatus::Transferred); // handled again, until solved
    auto closing = service.close(*unhappy, QDate(2026, 11, 22));
    REQUIRE_FALSE(closing);
    CHECK(closing.error().message.contains(u"satisfied"_s));

    result = service.recordResult(*unhappy, u"验收意见已书面送达企业"_s, QDate(2026, 11, 22));
    REQUIRE_OK(result);
    auto happy =
        service.recordFeedback(*result, feedback(QDate(2026, 11, 22), domain::Satisfaction::Basic));
    REQUIRE_OK(happy);
    auto closed = service.close(*happy, QDate(2026, 11, 22));
    REQUIRE_OK(closed);
    CHECK(closed->status == ProblemStatus::Closed);

    auto late = service.recordFeedback(
        *closed, feedback(QDate(2026, 11, 22), domain::Satisfaction::Satisfied));
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(u"closed"_s));
    CHECK(trail.feedback(p.id)->size() == 2);

    auto reopened = service.reopen(*closed);
    REQUIRE_OK(reopened);
    CHECK(reopened->status == ProblemStatus::Transferred);
    CHECK_FALSE(reopened->closedOn.isValid());
    CHECK(reopened->closedBy.isEmpty());
}

TEST_CASE("ProblemService: refusals leave the problem as it was")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    auto problem = makeProblem(world, u"contract"_s, u"货款被拖欠"_s);
    problem.triage = domain::Triage::OwnUnit;
    domain::Problem p = saveVisit(*db, makeVisit(world, kFound), {problem}).first();
    services::ProblemService service(*db, Actor::system());

    SECTION("closing without feedback")
    {
        auto result = service.recordResult(p, u"已调解"_s, QDate(2026, 11, 20));
        REQUIRE_OK(result);
        auto closing = service.close(*result, QDate(2026, 11, 21));
        REQUIRE_FALSE(closing);
        CHECK(closing.error().message.contains(u"feedback"_s));
    }
    SECTION("a measure dated in the future or before the problem was found")
    {
        auto future = service.addMeasure(p, measure(world, QDate(2026, 11, 23)));
        REQUIRE_FALSE(future);
        CHECK(future.error().message.contains(u"future"_s));
        auto early = service.addMeasure(p, measure(world, QDate(2026, 11, 1)));
        REQUIRE_FALSE(early);
        CHECK(early.error().message.contains(u"2026-11-02"_s));
    }
    SECTION("a stale copy: someone else moved the problem on first")
    {
        REQUIRE_OK(service.addMeasure(p, measure(world, QDate(2026, 11, 3))));
        auto moved = service.recordResult(p, u"已解决"_s, QDate(2026, 11, 4));
        REQUIRE_OK(moved);
        auto stale = service.recordResult(p, u"又解决"_s, QDate(2026, 11, 4));
        REQUIRE_FALSE(stale);
        CHECK(stale.error().code == ErrorCode::StaleVersion);
    }
    SECTION("an overdue supervision order for a problem that is not overdue")
    {
        domain::SupervisionOrder order;
        order.issuedOn = QDate(2026, 11, 3);
        order.timeLimit = QDate(2026, 11, 10);
        order.trigger = domain::SupervisionTrigger::Overdue;
        order.requirement = u"限期办结"_s;
        auto refused = service.issueSupervision(p, order);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"not overdue"_s));
        order.trigger = domain::SupervisionTrigger::OnDemand;
        order.timeLimit = QDate(2026, 11, 2);
        refused = service.issueSupervision(p, order);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"Time limit"_s));
    }
    SECTION("cross-unit handling needs a partner unit")
    {
        auto plain = saveVisit(*db, makeVisit(world, kFound),
                               {makeProblem(world, u"security"_s, u"园区周边盗窃频发"_s)})
                         .first();
        services::StartHandling how;
        how.triage = domain::Triage::CrossUnit;
        auto refused = service.start(plain, how);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"coordinate"_s));
        how.partnerUnitIds = {world.units.value(u"gaj"_s)};
        auto started = service.start(plain, how);
        REQUIRE_OK(started);
        CHECK(started->partnerUnitIds == QStringList{world.units.value(u"gaj"_s)});
    }
    auto stored = storage::ProblemRepository(db->connection()).findById(p.id);
    REQUIRE_OK(stored);
    CHECK((*stored)->status != ProblemStatus::Closed);
}

TEST_CASE("ProblemService: replies to a transfer letter and a supervision order, and edits")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    domain::Problem p = saveVisit(*db, makeVisit(world, QDate(2026, 11, 2)),
                                  {makeProblem(world, u"finance"_s, u"贷款审批慢"_s)})
                            .first();
    services::ProblemService service(*db, Actor::system());

    domain::Transfer transfer;
    transfer.departmentId = world.departments.value(u"jrb"_s);
    transfer.transferredOn = QDate(2026, 11, 3);
    auto moved = service.transfer(p, transfer);
    REQUIRE_OK(moved);
    storage::ProblemTrailRepository trail(db->connection());
    domain::Transfer stored = trail.transfers(p.id)->first();
    stored.reply = u"  已协调银行加快审批  "_s;
    stored.repliedOn = QDate(2026, 11, 2);
    auto early = service.recordTransferReply(stored);
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(u"2026-11-03"_s));
    stored.repliedOn = QDate(2026, 11, 10);
    auto replied = service.recordTransferReply(stored);
    REQUIRE_OK(replied);
    CHECK(trail.transfers(p.id)->first().reply == u"已协调银行加快审批"_s);
    CHECK(trail.transfers(p.id)->first().repliedOn == QDate(2026, 11, 10));

    domain::SupervisionOrder order;
    order.issuedOn = QDate(2026, 11, 12);
    order.timeLimit = QDate(2026, 11, 20);
    order.requirement = u"限期答复"_s;
    auto supervised = service.issueSupervision(*moved, order);
    REQUIRE_OK(supervised);
    domain::SupervisionOrder issued = trail.orders(p.id)->first();
    issued.repliedOn = QDate(2026, 11, 15);
    auto blank = service.recordOrderReply(issued);
    REQUIRE_FALSE(blank);
    CHECK(blank.error().message.contains(u"Reply"_s));
    issued.reply = u"已于11月15日放款"_s;
    REQUIRE_OK(service.recordOrderReply(issued));
    CHECK(trail.orders(p.id)->first().reply == u"已于11月15日放款"_s);

    domain::Problem changed = *supervised;
    changed.deadline = QDate(2026, 11, 1);
    auto refused = service.edit(changed);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"Deadline"_s));
    changed.deadline = QDate(2026, 12, 1);
    changed.description = u"  贷款审批周期过长  "_s;
    auto edited = service.edit(changed);
    REQUIRE_OK(edited);
    CHECK(edited->description == u"贷款审批周期过长"_s);
    CHECK(edited->deadline == QDate(2026, 12, 1));
    CHECK(edited->status == domain::ProblemStatus::Transferred);
}
