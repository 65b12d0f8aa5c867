// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/orgfixtures.h"

#include "core/domain/creditcode.h"
#include "core/services/organisationservice.h"
#include "core/services/setupservice.h"
#include "core/storage/unitrepository.h"
#include "tests/testsupport.h"

using namespace Qt::StringLiterals;

namespace lp::test {

QString validCreditCode(const QString& body8)
{
    QString code = u"91610131"_s + body8;
    code += domain::CreditCode::organizationCheck(body8);
    code += domain::CreditCode::checkCharacter(code);
    return code;
}

domain::Enterprise makeEnterprise(const QString& name, const QString& creditCode)
{
    domain::Enterprise enterprise;
    enterprise.name = name;
    enterprise.creditCode = creditCode;
    return enterprise;
}

OrgFixture createOrganisation(storage::Database& db)
{
    REQUIRE_OK(services::SetupService(db).createDefaultUnits(Actor::system()));
    auto court = storage::UnitRepository(db.connection()).findByCode(u"fy"_s);
    REQUIRE_OK(court);
    REQUIRE(court->has_value());
    services::OrganisationService service(db, Actor::system());

    domain::Officer officer = makeOfficer(u"wang"_s, u"王磊"_s);
    officer.unitId = (*court)->id;
    officer.role = domain::OfficerRole::Judge;
    auto savedOfficer = service.save(officer);
    REQUIRE_OK(savedOfficer);

    domain::Park park;
    park.code = u"gxq"_s;
    park.name = u"高新技术产业园"_s;
    auto savedPark = service.save(park);
    REQUIRE_OK(savedPark);

    domain::ContactPoint point;
    point.code = u"fy-gxq"_s;
    point.name = u"区法院驻高新园服务联系点"_s;
    point.hostUnitId = (*court)->id;
    point.convenerId = savedOfficer->id;
    point.parkIds = {savedPark->id};
    point.memberIds = {savedOfficer->id};
    auto savedPoint = service.save(point);
    REQUIRE_OK(savedPoint);
    return {*savedPark, *savedPoint, (*court)->id, savedOfficer->id};
}

} // namespace lp::test
