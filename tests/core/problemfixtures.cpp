// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/problemfixtures.h"

#include "core/services/enterpriseservice.h"
#include "core/services/visitservice.h"
#include "core/storage/districtrepository.h"
#include "core/storage/problemlistsrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"
#include "tests/testsupport.h"

using namespace Qt::StringLiterals;

namespace lp::test {

ProblemWorld createProblemWorld(storage::Database& db)
{
    ProblemWorld world;
    world.org = createOrganisation(db);
    {
        auto transaction = storage::Transaction::begin(db);
        REQUIRE_OK(transaction);
        storage::RecordWriter writer(transaction->connection(), db.clock(), Actor::system());
        REQUIRE_OK(storage::DistrictRepository::insert(writer, u"高新区"_s));
        REQUIRE_OK(transaction->commit());
    }
    auto units = storage::UnitRepository(db.connection()).listActive();
    REQUIRE_OK(units);
    for (const auto& unit : *units)
        world.units.insert(unit.code, unit.id);
    storage::ProblemListsRepository lists(db.connection());
    auto categories = lists.categories();
    REQUIRE_OK(categories);
    for (const auto& category : *categories)
        world.categories.insert(category.code, category.id);
    auto departments = lists.departments();
    REQUIRE_OK(departments);
    for (const auto& department : *departments)
        world.departments.insert(department.code, department.id);

    services::EnterpriseService enterprises(db, Actor::system());
    auto plain =
        enterprises.save(makeEnterprise(u"西安锦业科技有限公司"_s, validCreditCode(u"MA6TQ1X2"_s)));
    REQUIRE_OK(plain);
    world.enterpriseId = plain->id;
    auto flaggedRecord = makeEnterprise(u"西安秦川机械有限公司"_s, validCreditCode(u"MA6TQ1X3"_s));
    flaggedRecord.disputes = true;
    auto flagged = enterprises.save(flaggedRecord);
    REQUIRE_OK(flagged);
    world.flaggedId = flagged->id;
    return world;
}

domain::Visit makeVisit(const ProblemWorld& world, const QDate& date, const QString& enterpriseId)
{
    domain::Visit visit;
    visit.date = date;
    visit.unitId = world.org.courtId;
    visit.officerIds = {world.org.officerId};
    visit.enterpriseId = enterpriseId.isEmpty() ? world.enterpriseId : enterpriseId;
    visit.metName = u"李娜"_s;
    visit.metRole = u"人事经理"_s;
    visit.content = u"了解企业用工和合同履约情况，宣讲劳动合同法。"_s;
    return visit;
}

domain::Problem makeProblem(const ProblemWorld& world, const QString& category,
                            const QString& description)
{
    domain::Problem problem;
    problem.categoryId = world.categories.value(category);
    problem.description = description;
    problem.request = u"希望尽快协调解决"_s;
    return problem;
}

QList<domain::Problem> saveVisit(storage::Database& db, const domain::Visit& visit,
                                 const QList<domain::Problem>& problems)
{
    services::VisitService service(db, Actor::system());
    auto saved = service.save({visit, problems});
    REQUIRE_OK(saved);
    return saved->problems;
}

} // namespace lp::test
