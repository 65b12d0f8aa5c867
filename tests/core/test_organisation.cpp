// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/industry.h"
#include "core/services/enterpriseservice.h"
#include "core/services/organisationservice.h"
#include "core/services/recyclebin.h"
#include "core/storage/contactpointrepository.h"
#include "core/storage/sectionrepository.h"
#include "core/storage/tables.h"
#include "tests/core/orgfixtures.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

TEST_CASE("Industries: the 20 GB/T 4754 sections are read from the data file and parsed as "
          "rosters write them")
{
    const auto& sections = domain::Industries::sections();
    REQUIRE(sections.size() == 20);
    CHECK(sections.first().letter == u'A');
    CHECK(sections.last().letter == u'T');
    CHECK(domain::Industries::parse(u"c"_s)->letter == u'C');
    CHECK(domain::Industries::parse(u"制造业"_s)->letter == u'C');
    CHECK(domain::Industries::parse(u"I 信息传输、软件和信息技术服务业"_s)->letter == u'I');
    CHECK(domain::Industries::parse(u"F批发和零售业"_s)->letter == u'F');
    CHECK(domain::Industries::parse(u"Ｋ"_s)->letter == u'K');
    CHECK_FALSE(domain::Industries::parse(u"U"_s));
    CHECK_FALSE(domain::Industries::parse(u"餐饮"_s));
}

TEST_CASE("OrganisationService: a contact point's parks and members follow the record, each link "
          "audited")
{
    Workspace ws;
    auto db = ws.open();
    const OrgFixture org = createOrganisation(*db);
    services::OrganisationService service(*db, Actor::system());
    domain::Park second;
    second.code = u"rjxc"_s;
    second.name = u"软件新城"_s;
    auto park = service.save(second);
    REQUIRE_OK(park);

    domain::ContactPoint point = org.point;
    point.parkIds = {park->id};
    point.memberIds = {};
    REQUIRE_OK(service.save(point));
    auto stored = storage::ContactPointRepository(db->connection()).findByCode(u"fy-gxq"_s);
    REQUIRE_OK(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->parkIds == QStringList{park->id});
    CHECK((*stored)->memberIds.isEmpty());
    CHECK(scalar(*db, u"SELECT count(*) FROM contact_point_parks WHERE deleted_at IS NOT NULL"_s)
              .toInt() == 1);
    CHECK(scalar(*db, u"SELECT count(*) FROM audit_log WHERE table_name = 'contact_point_parks'"_s)
              .toInt() == 3);
}

TEST_CASE("OrganisationService: codes are checked, unique among live records, and name the "
          "record that has one")
{
    Workspace ws;
    auto db = ws.open();
    const OrgFixture org = createOrganisation(*db);
    services::OrganisationService service(*db, Actor::system());
    domain::Park clash;
    clash.code = u" GXQ "_s;
    clash.name = u"另一个园区"_s;
    auto refused = service.save(clash);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().message.contains(u"高新技术产业园"_s));

    domain::Section section;
    section.unitId = org.courtId;
    section.code = u"民一庭"_s;
    section.name = u"民事审判一庭"_s;
    auto badCode = service.check(section);
    REQUIRE_OK(badCode);
    REQUIRE(badCode->size() == 1);
    CHECK(badCode->first().field == u"code"_s);
    section.code = u"ms1"_s;
    auto saved = service.save(section);
    REQUIRE_OK(saved);
    // The same section code in another unit is fine.
    auto units = scalar(*db, u"SELECT id FROM units WHERE code = 'jcy'"_s).toString();
    section.unitId = units;
    REQUIRE_OK(service.save(section));
    CHECK(storage::SectionRepository(db->connection()).list(org.courtId)->size() == 1);

    // The recycle bin frees a code, and refuses to restore into a taken one.
    services::RecycleBin bin(*db, Actor::system());
    auto removed = bin.remove(storage::tables::parks(), org.park.id, org.park.version);
    REQUIRE_OK(removed);
    auto listed = bin.list(storage::tables::parks());
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().label == u"高新技术产业园"_s);
    auto reused = service.save(clash);
    REQUIRE_OK(reused);
    auto restore = bin.restore(storage::tables::parks(), org.park.id, removed->version);
    REQUIRE_FALSE(restore);
    CHECK(restore.error().message.contains(u"另一个园区"_s));
}

TEST_CASE("OrganisationService: an officer's phone must be a mainland number")
{
    Workspace ws;
    auto db = ws.open();
    const OrgFixture org = createOrganisation(*db);
    services::OrganisationService service(*db, Actor::system());
    domain::Officer officer = makeOfficer(u"li"_s, u"李娜"_s);
    officer.unitId = org.courtId;
    officer.phone = u"1380013800"_s;
    auto refused = service.save(officer);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"1380013800"_s));
    officer.phone = u"138 0013 8000"_s;
    auto saved = service.save(officer);
    REQUIRE_OK(saved);
    CHECK(saved->phone == u"13800138000"_s);
}

TEST_CASE("ContactPointRepository: counts the enterprises a point serves, not the deleted ones")
{
    Workspace ws;
    auto db = ws.open();
    OrgFixture org = createOrganisation(*db);
    storage::ContactPointRepository points(db->connection());
    auto none = points.enterpriseCount(org.point.id);
    REQUIRE_OK(none);
    CHECK(*none == 0);

    services::EnterpriseService enterprises(*db, Actor::system());
    QList<domain::Enterprise> saved;
    for (const QString& body : {u"MA6TDD01"_s, u"MA6TDD02"_s, u"MA6TDD03"_s}) {
        domain::Enterprise enterprise = makeEnterprise(u"企业"_s + body, validCreditCode(body));
        enterprise.contactPointId = org.point.id;
        auto written = enterprises.save(enterprise);
        REQUIRE_OK(written);
        saved.append(*written);
    }
    REQUIRE_OK(enterprises.save(makeEnterprise(u"无联系点企业"_s, validCreditCode(u"MA6TDD04"_s))));
    REQUIRE_OK(enterprises.remove(saved[0].id, saved[0].version));

    auto count = points.enterpriseCount(org.point.id);
    REQUIRE_OK(count);
    CHECK(*count == 2);
}
