// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/ledgerfixtures.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/services/problemservice.h"
#include "core/storage/database.h"
#include "tests/testsupport.h"

using namespace Qt::StringLiterals;

namespace lp::test {
namespace {

void exec(storage::Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
}

} // namespace

LedgerWorld createLedgerWorld(storage::Database& db)
{
    LedgerWorld world;
    world.base = createProblemWorld(db);
    const QString plain = u"西安锦业科技有限公司"_s;
    const QString flagged = u"西安秦川机械有限公司"_s;
    // unit, category, description, flagged, found, deadline, status, triage, deleted
    world.problems = {
        {{},
         {},
         u"fy"_s,
         u"labour"_s,
         u"拖欠三名员工工资"_s,
         {},
         plain,
         false,
         QDate(2026, 11, 2),
         QDate(2026, 11, 17),
         u"in_progress"_s,
         u"own"_s},
        {{},
         {},
         u"fy"_s,
         u"contract"_s,
         u"合同纠纷导致货款无法收回"_s,
         {},
         flagged,
         true,
         QDate(2026, 11, 10),
         QDate(2026, 11, 24),
         u"in_progress"_s,
         u"cross"_s},
        {{},
         {},
         u"jcy"_s,
         u"security"_s,
         u"厂区周边治安混乱"_s,
         {},
         plain,
         false,
         QDate(2026, 10, 15),
         QDate(2026, 11, 28),
         u"registered"_s,
         {}},
        {{},
         {},
         u"gaj"_s,
         u"ip"_s,
         u"商标被仿冒 ABC 品牌"_s,
         {},
         flagged,
         true,
         QDate(2026, 9, 1),
         QDate(2026, 10, 1),
         u"closed"_s,
         u"own"_s},
        {{},
         {},
         u"fy"_s,
         u"labour"_s,
         u"员工工伤赔偿争议"_s,
         {},
         plain,
         false,
         QDate(2025, 12, 20),
         QDate(2026, 1, 10),
         u"closed"_s,
         u"own"_s},
        {{},
         {},
         u"jcy"_s,
         u"approval"_s,
         u"施工许可审批缓慢"_s,
         {},
         flagged,
         true,
         QDate(2026, 11, 20),
         QDate(2026, 12, 20),
         u"transferred"_s,
         u"transfer"_s},
        {{},
         {},
         u"fy"_s,
         u"contract"_s,
         u"拖欠货款"_s,
         {},
         plain,
         false,
         QDate(2026, 11, 15),
         QDate(2026, 11, 21),
         u"in_progress"_s,
         u"own"_s,
         true},
        {{},
         {},
         u"sfj"_s,
         u"contract"_s,
         u"融资担保合同条款不清"_s,
         {},
         plain,
         false,
         QDate(2026, 3, 3),
         QDate(2026, 4, 2),
         u"feedback_given"_s,
         u"transfer"_s},
    };
    services::ProblemService service(db, Actor::system());
    for (LedgerProblem& spec : world.problems) {
        domain::Visit visit =
            makeVisit(world.base, spec.foundOn,
                      spec.flagged ? world.base.flaggedId : world.base.enterpriseId);
        visit.unitId = world.base.units.value(spec.unit);
        domain::Problem problem = makeProblem(world.base, spec.category, spec.description);
        problem.triage = domain::Triage::OwnUnit;
        const QList<domain::Problem> saved = saveVisit(db, visit, {problem});
        REQUIRE(saved.size() == 1);
        domain::Problem p = saved.first();
        spec.id = p.id;
        spec.number = p.number;
        spec.request = p.request;
        // Measures and feedback, written while the problem is still being handled.
        if (spec.status == u"feedback_given"_s || spec.status == u"closed"_s ||
            spec.description.startsWith(u"拖欠"_s)) {
            domain::Measure measure;
            measure.takenOn = spec.foundOn.addDays(1);
            measure.content = u"约谈企业负责人：%1"_s.arg(spec.description);
            measure.officerId = world.base.org.officerId;
            auto step = service.addMeasure(p, measure);
            REQUIRE_OK(step);
            p = *step;
            ++spec.measures;
        }
        if (spec.status == u"feedback_given"_s || spec.status == u"closed"_s) {
            auto step = service.recordResult(p, u"已协调解决"_s, spec.foundOn.addDays(2));
            REQUIRE_OK(step);
            domain::Feedback feedback;
            feedback.givenOn = spec.foundOn.addDays(3);
            feedback.manner = domain::FeedbackManner::Phone;
            feedback.content = u"电话告知：%1"_s.arg(spec.description);
            feedback.satisfaction = domain::Satisfaction::Satisfied;
            feedback.officerId = world.base.org.officerId;
            step = service.recordFeedback(*step, feedback);
            REQUIRE_OK(step);
            ++spec.feedback;
        }
        // The state the ledger is tested in, set behind the services' back.
        exec(db,
             u"UPDATE problems SET status = ?, deadline = ?, triage = ?, closed_on = ?, "
             "deleted_at = ? WHERE id = ?"_s,
             {spec.status, spec.deadline.toString(Qt::ISODate),
              spec.triage.isEmpty() ? QVariant() : QVariant(spec.triage),
              spec.status == u"closed"_s ? QVariant(spec.deadline.toString(Qt::ISODate))
                                         : QVariant(),
              spec.deleted ? QVariant(u"2026-11-21T08:00:00.000Z"_s) : QVariant(), spec.id});
    }
    return world;
}

} // namespace lp::test
