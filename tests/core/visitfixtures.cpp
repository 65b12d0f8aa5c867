// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/visitfixtures.h"

#include <random>

#include "core/services/organisationservice.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/officerrepository.h"
#include "core/storage/problemlistsrepository.h"
#include "core/storage/problemrepository.h"
#include "core/storage/problemtrailrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"
#include "core/storage/visitrepository.h"
#include "tests/testsupport.h"

using namespace Qt::StringLiterals;

namespace lp::test {
namespace {

struct Draw {
    std::mt19937 engine;
    int below(int n) { return int(engine() % unsigned(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list[below(int(list.size()))];
    }
};

const QStringList kEnterpriseNames{u"陈仓区精密机械制造有限公司"_s, u"渭河食品加工有限公司"_s,
                                   u"宝鸡钛材料科技有限公司"_s,     u"秦岭新能源汽车配件有限公司"_s,
                                   u"蟠龙物流有限公司"_s,           u"高新区电子商务有限公司"_s};

} // namespace

const domain::Problem* VisitFixture::problem(const QString& id) const
{
    for (const auto& p : problems) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

VisitFixture createVisits(storage::Database& db, int visitsPerUnitMonth, unsigned seed)
{
    VisitFixture f;
    f.org = createOrganisation(db);
    auto units = storage::UnitRepository(db.connection()).listActive();
    REQUIRE_OK(units);
    for (const auto& unit : *units)
        f.units.insert(unit.code, unit);
    const QStringList visiting{u"fy"_s, u"jcy"_s, u"gaj"_s};

    // Two officers per visiting unit (the court has wang already), and a section of the court.
    services::OrganisationService service(db, Actor::system());
    domain::Section section;
    section.unitId = f.units[u"fy"_s].id;
    section.code = u"ms1"_s;
    section.name = u"民事审判第一庭"_s;
    auto savedSection = service.save(section);
    REQUIRE_OK(savedSection);
    QHash<QString, QStringList> officersOf; // unit code → officer ids
    const QStringList officerNames{u"李娜"_s, u"张伟"_s, u"刘洋"_s, u"陈静"_s, u"杨帆"_s};
    int nameAt = 0;
    for (const QString& code : visiting) {
        for (int i = 0; i < (code == u"fy"_s ? 1 : 2); ++i) {
            domain::Officer officer =
                makeOfficer(u"%1%2"_s.arg(code).arg(i), officerNames[nameAt++]);
            officer.unitId = f.units[code].id;
            auto saved = service.save(officer);
            REQUIRE_OK(saved);
            f.officers.insert(saved->id, *saved);
            officersOf[code].append(saved->id);
        }
    }
    auto wang = storage::OfficerRepository(db.connection()).findById(f.org.officerId);
    REQUIRE_OK(wang);
    f.officers.insert(f.org.officerId, **wang);
    officersOf[u"fy"_s].prepend(f.org.officerId);

    storage::ProblemListsRepository lists(db.connection());
    auto categories = lists.categories();
    auto departments = lists.departments();
    REQUIRE_OK(categories);
    REQUIRE_OK(departments);
    for (const auto& category : *categories)
        f.categories.insert(category.id, category);
    for (const auto& department : *departments)
        f.departments.insert(department.id, department);

    Draw draw{std::mt19937(seed)};
    auto transaction = storage::Transaction::begin(db);
    REQUIRE_OK(transaction);
    storage::RecordWriter writer(transaction->connection(), db.clock(), Actor::system());
    const QSqlDatabase connection = transaction->connection();
    const storage::ProblemTrailRepository trail(connection);

    QStringList enterpriseIds;
    for (int i = 0; i < kEnterpriseNames.size(); ++i) {
        domain::Enterprise enterprise = makeEnterprise(
            kEnterpriseNames[i], validCreditCode(u"MA6VF%1"_s.arg(i, 3, 10, QChar(u'0'))));
        enterprise.contactName = u"联系人%1"_s.arg(i + 1);
        enterprise.contactPhone = u"1380917%1"_s.arg(i, 4, 10, QChar(u'0'));
        auto saved = storage::EnterpriseRepository::insert(writer, enterprise);
        REQUIRE_OK(saved);
        f.enterprises.insert(saved->id, *saved);
        enterpriseIds.append(saved->id);
    }
    const QList<domain::ProblemCategory> categoryList = *categories;
    const QList<domain::Department> departmentList = *departments;
    const QList<domain::ProblemStatus> statuses = domain::allProblemStatuses();

    int visitNo = 0;
    int problemNo = 0;
    for (int month = 2; month <= 4; ++month) {
        const QDate first(2026, month, 1);
        for (const QString& code : visiting) {
            for (int v = 0; v < visitsPerUnitMonth; ++v) {
                ++visitNo;
                domain::Visit visit;
                visit.date = first.addDays(draw.below(first.daysInMonth()));
                visit.unitId = f.units[code].id;
                visit.enterpriseId = draw.pick(enterpriseIds);
                visit.officerIds = {officersOf[code][0]};
                if (draw.chance(50))
                    visit.officerIds.append(officersOf[code][1]);
                visit.reason = draw.pick(domain::allVisitReasons());
                visit.metName = u"接待人%1"_s.arg(visitNo);
                visit.metRole = draw.chance(50) ? u"总经理"_s : QString();
                visit.content = u"V%1 了解企业生产经营和用工情况，宣讲法律政策"_s.arg(
                    visitNo, 4, 10, QChar(u'0'));
                auto savedVisit = storage::VisitRepository::insert(writer, visit);
                REQUIRE_OK(savedVisit);
                const bool deleteVisit = visitNo % 29 == 0;
                const int problemCount = draw.below(4) == 0 ? 0 : draw.below(3) + 1;
                for (int p = 0; p < problemCount; ++p) {
                    ++problemNo;
                    domain::Problem problem;
                    problem.visitId = savedVisit->id;
                    problem.unitId = visit.unitId;
                    problem.enterpriseId = visit.enterpriseId;
                    problem.foundOn = visit.date;
                    const auto& category = draw.pick(categoryList);
                    problem.categoryId = category.id;
                    problem.description = u"Q%1 企业反映职工欠薪纠纷，请求协助化解"_s.arg(
                        problemNo, 4, 10, QChar(u'0'));
                    problem.request =
                        draw.chance(70) ? u"R%1 请求依法协调"_s.arg(problemNo) : QString();
                    problem.deadline = problem.foundOn.addDays(category.deadlineDays);
                    problem.status = draw.pick(statuses);
                    const int triage = draw.below(4);
                    if (triage > 0 || problem.status != domain::ProblemStatus::Registered) {
                        problem.triage = triage == 1   ? domain::Triage::CrossUnit
                                         : triage == 2 ? domain::Triage::Transfer
                                                       : domain::Triage::OwnUnit;
                        problem.responsibleUnitId = problem.unitId;
                        if (code == u"fy"_s)
                            problem.responsibleSectionId = savedSection->id;
                        problem.responsibleOfficerId = visit.officerIds.first();
                        if (*problem.triage == domain::Triage::CrossUnit)
                            problem.partnerUnitIds = {f.units[u"jcy"_s].id == problem.unitId
                                                          ? f.units[u"gaj"_s].id
                                                          : f.units[u"jcy"_s].id};
                    }
                    if (problem.status == domain::ProblemStatus::Closed) {
                        problem.closedOn = problem.foundOn.addDays(draw.below(45));
                        problem.closedBy = u"system"_s;
                        problem.result = u"已妥善解决"_s;
                        problem.resultOn = problem.closedOn;
                    }
                    auto savedProblem =
                        storage::ProblemRepository::insert(writer, connection, problem);
                    REQUIRE_OK(savedProblem);
                    const bool deleteProblem = deleteVisit || problemNo % 17 == 0;
                    if (deleteProblem) {
                        REQUIRE_OK(writer.softDelete(storage::tables::problems(), savedProblem->id,
                                                     savedProblem->version));
                        f.deletedProblems.append(*savedProblem);
                    } else {
                        f.problems.append(*savedProblem);
                    }

                    for (int m = draw.below(3); m > 0; --m) {
                        domain::Measure measure;
                        measure.problemId = savedProblem->id;
                        measure.takenOn = problem.foundOn.addDays(draw.below(20));
                        measure.content =
                            u"M%1-%2 约谈企业负责人，释法明理"_s.arg(problemNo).arg(m);
                        if (draw.chance(70))
                            measure.officerId = visit.officerIds.first();
                        else
                            measure.doneBy = u"区人社局劳动监察大队"_s;
                        auto saved = storage::ProblemTrailRepository::insert(writer, measure);
                        REQUIRE_OK(saved);
                        if (!deleteProblem && problemNo % 11 == 0) {
                            REQUIRE_OK(writer.softDelete(storage::tables::measures(), saved->id,
                                                         saved->version));
                            f.deletedMeasures.append(*saved);
                        } else if (!deleteProblem) {
                            f.measures.append(*saved);
                        }
                    }
                    if (draw.chance(60)) {
                        domain::Feedback feedback;
                        feedback.problemId = savedProblem->id;
                        feedback.givenOn = problem.foundOn.addDays(draw.below(35));
                        feedback.manner = draw.pick(domain::allFeedbackManners());
                        feedback.content = u"F%1 向企业反馈办理情况"_s.arg(problemNo);
                        feedback.satisfaction = draw.pick(domain::allSatisfactions());
                        feedback.officerId = visit.officerIds.first();
                        auto saved = storage::ProblemTrailRepository::insert(writer, feedback);
                        REQUIRE_OK(saved);
                        if (!deleteProblem && problemNo % 13 == 0) {
                            REQUIRE_OK(writer.softDelete(storage::tables::feedback(), saved->id,
                                                         saved->version));
                            f.deletedFeedback.append(*saved);
                        } else if (!deleteProblem) {
                            f.feedback.append(*saved);
                        }
                    }
                    if (!deleteProblem && problem.triage == domain::Triage::Transfer) {
                        domain::Transfer transfer;
                        transfer.problemId = savedProblem->id;
                        transfer.departmentId = draw.pick(departmentList).id;
                        transfer.transferredOn = problem.foundOn.addDays(1);
                        transfer.note = draw.chance(50) ? u"请按时办结"_s : QString();
                        if (draw.chance(50)) {
                            transfer.reply = u"T%1 已督促企业整改到位"_s.arg(problemNo);
                            transfer.repliedOn = transfer.transferredOn.addDays(5);
                        }
                        auto saved = trail.insert(writer, transfer);
                        REQUIRE_OK(saved);
                        f.transfers.append(*saved);
                        for (int o = draw.below(3); o > 0; --o) {
                            domain::SupervisionOrder order;
                            order.problemId = savedProblem->id;
                            order.issuedOn = transfer.transferredOn.addDays(10 * (3 - o));
                            order.timeLimit = order.issuedOn.addDays(7);
                            order.trigger = o == 1 ? domain::SupervisionTrigger::Overdue
                                                   : domain::SupervisionTrigger::OnDemand;
                            order.unitId = problem.unitId;
                            order.requirement =
                                u"S%1-%2 请于七日内办结并书面回复"_s.arg(problemNo).arg(o);
                            auto savedOrder = trail.insert(writer, order);
                            REQUIRE_OK(savedOrder);
                            f.orders.append(*savedOrder);
                        }
                    }
                }
                if (deleteVisit) {
                    REQUIRE_OK(writer.softDelete(storage::tables::visits(), savedVisit->id,
                                                 savedVisit->version));
                    f.deletedVisits.append(*savedVisit);
                } else {
                    f.visits.append(*savedVisit);
                }
            }
        }
    }
    REQUIRE_OK(transaction->commit());
    return f;
}

} // namespace lp::test
