// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

#include "core/services/enterpriseservice.h"
#include "core/services/organisationservice.h"
#include "core/storage/contactpointrepository.h"
#include "core/storage/unitrepository.h"
#include "tests/ui/pagetestsupport.h"
#include "ui/pages/contactpointspage.h"

using namespace lp;
using namespace lp::test;

namespace {

template <typename W>
W* child(QWidget& page, const QString& name)
{
    auto* widget = page.findChild<W*>(name);
    REQUIRE(widget);
    return widget;
}

void check(QListWidget* list, const QString& textPart)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(textPart)) {
            list->item(row)->setCheckState(Qt::Checked);
            return;
        }
    }
    FAIL("no item with " << textPart.toStdString());
}

int checkedCount(const QListWidget* list)
{
    int count = 0;
    for (int row = 0; row < list->count(); ++row)
        count += list->item(row)->checkState() == Qt::Checked ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("ContactPointsPage: Ctrl+N, typing and Ctrl+S write a point with its parks and members")
{
    PageWorld world;
    services::OrganisationService service(*world.db, Actor::system());
    auto police = storage::UnitRepository(world.db->connection()).findByCode(QStringLiteral("gaj"));
    REQUIRE_OK(police);
    REQUIRE(police->has_value());
    domain::Officer zhao = makeOfficer(QStringLiteral("zhao"), QStringLiteral("赵强"));
    zhao.unitId = (*police)->id;
    auto savedZhao = service.save(zhao);
    REQUIRE_OK(savedZhao);

    ui::ContactPointsPage page(world.session);

    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    REQUIRE(page.listView()->model()->rowCount() == 1);

    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    auto* code = child<QLineEdit>(page, QStringLiteral("code"));
    CHECK(code->hasFocus());
    QTest::keyClicks(code, QStringLiteral("gaj-gxq"));
    commitText(child<QLineEdit>(page, QStringLiteral("name")),
               QStringLiteral("公安分局驻高新园联系点"));
    auto* host = child<QComboBox>(page, QStringLiteral("host_unit_id"));
    host->setCurrentIndex(host->findData((*police)->id));
    auto* convener = child<QComboBox>(page, QStringLiteral("convener_id"));
    convener->setCurrentIndex(convener->findData(savedZhao->id));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("phone")),
                     QStringLiteral("13912345678"));
    child<QCheckBox>(page, QStringLiteral("hasEstablishedOn"))->setChecked(true);
    page.findChild<QDateEdit*>()->setDate(QDate(2024, 3, 1));
    check(child<QListWidget>(page, QStringLiteral("parks")), QStringLiteral("高新技术产业园"));
    auto* members = child<QListWidget>(page, QStringLiteral("members"));
    check(members, QStringLiteral("赵强"));
    check(members, QStringLiteral("王磊")); // from another unit
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);

    REQUIRE(world.prompts.warned.isEmpty());
    auto saved = storage::ContactPointRepository(world.db->connection())
                     .findByCode(QStringLiteral("gaj-gxq"));
    REQUIRE_OK(saved);
    REQUIRE(saved->has_value());
    const domain::ContactPoint& point = **saved;
    CHECK(point.name == QStringLiteral("公安分局驻高新园联系点"));
    CHECK(point.hostUnitId == (*police)->id);
    CHECK(point.convenerId == savedZhao->id);
    CHECK(point.phone == QStringLiteral("13912345678"));
    CHECK(point.establishedOn == QDate(2024, 3, 1));
    CHECK(point.parkIds == QStringList{world.org.park.id});
    QStringList memberIds = point.memberIds;
    memberIds.sort();
    QStringList expected{savedZhao->id, world.org.officerId};
    expected.sort();
    CHECK(memberIds == expected);
    CHECK(page.listView()->model()->rowCount() == 2);
    CHECK(page.currentId() == point.id);
    CHECK(child<QLabel>(page, QStringLiteral("enterpriseCount"))->text() == QStringLiteral("0"));
}

TEST_CASE("ContactPointsPage: bad code and phone are shown beside the fields, nothing written")
{
    PageWorld world;
    ui::ContactPointsPage page(world.session);
    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("code")), QStringLiteral("A B"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("phone")), QStringLiteral("123"));
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);

    CHECK(world.value(QStringLiteral("SELECT count(*) FROM contact_points")).toInt() == 1);
    for (const char* column : {"code", "phone", "name", "host_unit_id"}) {
        INFO(column);
        auto* label = child<QLabel>(page, QString::fromLatin1(column) + QStringLiteral("Issue"));
        CHECK(label->isVisible());
        CHECK_FALSE(label->text().isEmpty());
    }
    CHECK_FALSE(child<QLabel>(page, QStringLiteral("addressIssue"))->isVisible());
    CHECK(child<QLineEdit>(page, QStringLiteral("code"))->text() == QStringLiteral("A B"));
    CHECK(child<QLineEdit>(page, QStringLiteral("phone"))->text() == QStringLiteral("123"));
}

TEST_CASE(
    "ContactPointsPage: shows the enterprises served, and Delete then Undo restores the point")
{
    PageWorld world;
    services::EnterpriseService enterprises(*world.db, Actor::system());
    for (const auto& [name, body] :
         {std::pair{QStringLiteral("秦川机床"), QStringLiteral("MA6TAA01")},
          std::pair{QStringLiteral("宝鸡钛业"), QStringLiteral("MA6TAA02")}}) {
        domain::Enterprise enterprise = makeEnterprise(name, validCreditCode(body));
        enterprise.contactPointId = world.org.point.id;
        REQUIRE_OK(enterprises.save(enterprise));
    }

    ui::ContactPointsPage page(world.session);

    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    QTableView* list = page.listView();
    REQUIRE(page.selectRecord(world.org.point.id));
    CHECK(child<QLineEdit>(page, QStringLiteral("code"))->text() == QStringLiteral("fy-gxq"));
    CHECK(child<QLabel>(page, QStringLiteral("enterpriseCount"))->text() == QStringLiteral("2"));
    CHECK(checkedCount(child<QListWidget>(page, QStringLiteral("members"))) == 1);

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(world
              .value(QStringLiteral("SELECT count(*) FROM contact_points WHERE deleted_at IS "
                                    "NULL"))
              .toInt() == 0);
    CHECK(list->model()->rowCount() == 0);
    CHECK(page.currentId().isEmpty());
    CHECK(child<QLineEdit>(page, QStringLiteral("code"))->text().isEmpty());

    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("undoButton")), Qt::LeftButton);
    CHECK(world
              .value(QStringLiteral("SELECT count(*) FROM contact_points WHERE deleted_at IS "
                                    "NULL"))
              .toInt() == 1);
    CHECK(page.currentId() == world.org.point.id);
    CHECK(child<QLineEdit>(page, QStringLiteral("code"))->text() == QStringLiteral("fy-gxq"));
    // Its parks and members came back with it.
    auto point =
        storage::ContactPointRepository(world.db->connection()).findById(world.org.point.id);
    REQUIRE_OK(point);
    REQUIRE(point->has_value());
    CHECK((*point)->memberIds == QStringList{world.org.officerId});
}
