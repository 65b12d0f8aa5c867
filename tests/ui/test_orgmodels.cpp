// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>

#include "core/services/organisationservice.h"
#include "core/storage/contactpointrepository.h"
#include "core/storage/officerrepository.h"
#include "core/storage/parkrepository.h"
#include "core/storage/sectionrepository.h"
#include "core/storage/unitrepository.h"
#include "tests/ui/pagetestsupport.h"
#include "ui/models/contactpointlistmodel.h"
#include "ui/models/officerlistmodel.h"
#include "ui/models/parklistmodel.h"
#include "ui/models/recordfilterproxy.h"
#include "ui/models/sectionlistmodel.h"
#include "ui/models/unitlistmodel.h"

using namespace lp;
using namespace lp::test;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

template <typename Record>
QList<Record> without(QList<Record> records, int index)
{
    records.removeAt(index);
    return records;
}

} // namespace

TEST_CASE("UnitListModel: passes the model tester while rows come and go, sorts by raw values")
{
    PageWorld world;
    auto units = storage::UnitRepository(world.db->connection()).listActive();
    REQUIRE_OK(units);
    REQUIRE(units->size() == 5);
    ui::UnitListModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    ui::RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, kFatal);

    model.setRecords(*units);
    REQUIRE(model.rowCount() == 5);
    CHECK(model.columnCount() == ui::UnitListModel::ColumnCount);
    const int court = model.rowOf(world.org.courtId);
    REQUIRE(court >= 0);
    CHECK(model.index(court, ui::UnitListModel::Code).data().toString() == QStringLiteral("fy"));
    CHECK(model.index(court, ui::UnitListModel::Kind).data().toString() == QStringLiteral("Court"));
    CHECK(model.index(court, ui::UnitListModel::SortOrder).data(ui::roles::Raw).typeId() ==
          QMetaType::Int);
    CHECK(model.index(court, 0).data(ui::roles::Id).toString() == world.org.courtId);

    // Dropping a record removes its row only; the others keep their place.
    const QString firstId = model.recordAt(0).id;
    model.setRecords(without(*units, 2));
    CHECK(model.rowCount() == 4);
    CHECK(model.recordAt(0).id == firstId);
    model.setRecords(*units);
    CHECK(model.rowCount() == 5);

    proxy.setFilterFixedString(QStringLiteral("jcy"));
    CHECK(proxy.rowCount() == 1);
}

TEST_CASE("SectionListModel and ParkListModel pass the model tester with real rows")
{
    PageWorld world;
    services::OrganisationService service(*world.db, Actor::system());
    for (const auto& [code, name] :
         {std::pair{QStringLiteral("ms"), QStringLiteral("民事审判庭")},
          std::pair{QStringLiteral("xs"), QStringLiteral("刑事审判庭")}}) {
        domain::Section section;
        section.unitId = world.org.courtId;
        section.code = code;
        section.name = name;
        REQUIRE_OK(service.save(section));
    }
    auto sections = storage::SectionRepository(world.db->connection()).list(world.org.courtId);
    REQUIRE_OK(sections);
    ui::SectionListModel sectionModel;
    QAbstractItemModelTester sectionTester(&sectionModel, kFatal);
    sectionModel.setRecords(*sections);
    REQUIRE(sectionModel.rowCount() == 2);
    CHECK(sectionModel.index(0, ui::SectionListModel::Name).data().toString() ==
          QStringLiteral("民事审判庭"));
    sectionModel.setRecords({});
    CHECK(sectionModel.rowCount() == 0);

    auto parks = storage::ParkRepository(world.db->connection()).list();
    REQUIRE_OK(parks);
    ui::ParkListModel parkModel;
    QAbstractItemModelTester parkTester(&parkModel, kFatal);
    parkModel.setRecords(*parks);
    REQUIRE(parkModel.rowCount() == 1);
    CHECK(parkModel.index(0, ui::ParkListModel::Name).data().toString() ==
          QStringLiteral("高新技术产业园"));
    QList<domain::Park> renamed = *parks;
    renamed[0].name = QStringLiteral("高新区");
    parkModel.setRecords(renamed);
    CHECK(parkModel.index(0, ui::ParkListModel::Name).data().toString() ==
          QStringLiteral("高新区"));
}

TEST_CASE("OfficerListModel: names units and sections, groups by unit, filters through the proxy")
{
    PageWorld world;
    services::OrganisationService service(*world.db, Actor::system());
    auto procuratorate =
        storage::UnitRepository(world.db->connection()).findByCode(QStringLiteral("jcy"));
    REQUIRE_OK(procuratorate);
    REQUIRE(procuratorate->has_value());
    domain::Officer li = makeOfficer(QStringLiteral("li"), QStringLiteral("李娜"));
    li.unitId = (*procuratorate)->id;
    li.active = false;
    REQUIRE_OK(service.save(li));

    auto officers = storage::OfficerRepository(world.db->connection()).listAll();
    REQUIRE_OK(officers);
    REQUIRE(officers->size() == 2);
    ui::OfficerListModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    ui::RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, kFatal);
    model.setRecords(*officers);
    model.setNames({{world.org.courtId, QStringLiteral("法院")},
                    {(*procuratorate)->id, QStringLiteral("检察院")}},
                   {});
    const int wang = model.rowOf(world.org.officerId);
    REQUIRE(wang >= 0);
    CHECK(model.index(wang, ui::OfficerListModel::Unit).data().toString() ==
          QStringLiteral("法院"));
    CHECK(model.index(wang, ui::OfficerListModel::Role).data().toString() ==
          QStringLiteral("Judge"));
    CHECK(model.index(1 - wang, ui::OfficerListModel::Active).data().toString() ==
          QStringLiteral("No"));
    CHECK(model.index(1 - wang, ui::OfficerListModel::Active).data(ui::roles::Raw) ==
          QVariant(false));

    proxy.setGroup((*procuratorate)->id);
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, ui::OfficerListModel::Name).data().toString() == QStringLiteral("李娜"));
    proxy.setGroup({});
    CHECK(proxy.rowCount() == 2);
}

TEST_CASE("ContactPointListModel: passes the model tester and counts parks and members")
{
    PageWorld world;
    auto points = storage::ContactPointRepository(world.db->connection()).list();
    REQUIRE_OK(points);
    REQUIRE(points->size() == 1);
    ui::ContactPointListModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setNames({{world.org.courtId, QStringLiteral("法院")}},
                   {{world.org.officerId, QStringLiteral("王磊")}});
    model.setRecords(*points);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ui::ContactPointListModel::HostUnit).data().toString() ==
          QStringLiteral("法院"));
    CHECK(model.index(0, ui::ContactPointListModel::Convener).data().toString() ==
          QStringLiteral("王磊"));
    CHECK(model.index(0, ui::ContactPointListModel::Parks).data(ui::roles::Raw).toInt() == 1);
    CHECK(model.index(0, ui::ContactPointListModel::Members).data().toString() ==
          QStringLiteral("1"));
    CHECK(model.headerData(ui::ContactPointListModel::EstablishedOn, Qt::Horizontal).toString() ==
          QStringLiteral("Set up on"));
    model.setRecords({});
    CHECK(model.rowCount() == 0);
}
