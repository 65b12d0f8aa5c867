// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include "core/services/organisationservice.h"
#include "core/storage/officerrepository.h"
#include "core/storage/sectionrepository.h"
#include "core/storage/unitrepository.h"
#include "tests/ui/pagetestsupport.h"
#include "ui/pages/officerspage.h"
#include "ui/pages/unitspage.h"

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

} // namespace

TEST_CASE("UnitsPage: renames a unit and adds, renames and deletes its sections")
{
    PageWorld world;
    ui::UnitsPage page(world.session);
    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    REQUIRE(page.listView()->model()->rowCount() == 5);
    auto* sectionBox = child<QWidget>(page, QStringLiteral("sections"));
    CHECK_FALSE(sectionBox->isEnabled()); // a new unit has no sections yet

    REQUIRE(page.selectRecord(world.org.courtId));
    CHECK(sectionBox->isEnabled());
    child<QLineEdit>(page, QStringLiteral("short_name"))->setText(QStringLiteral("区法院"));
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(world.prompts.warned.isEmpty());
    CHECK(
        world.value(QStringLiteral("SELECT short_name FROM units WHERE code = 'fy'")).toString() ==
        QStringLiteral("区法院"));

    auto* code = child<QLineEdit>(page, QStringLiteral("sectionCode"));
    auto* name = child<QLineEdit>(page, QStringLiteral("sectionName"));
    QTest::keyClicks(code, QStringLiteral("ms"));
    commitText(name, QStringLiteral("民事审判庭"));
    QTest::keyClick(name, Qt::Key_Return);
    QTest::keyClicks(code, QStringLiteral("Bad!"));
    commitText(name, QStringLiteral("刑事审判庭"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(code->property("fieldIssue").toBool()); // marked beside the section's code
    auto sections = storage::SectionRepository(world.db->connection()).list(world.org.courtId);
    REQUIRE_OK(sections);
    REQUIRE(sections->size() == 1); // the bad code was refused, and kept
    CHECK(code->text() == QStringLiteral("Bad!"));
    auto* list = child<QTableView>(page, QStringLiteral("sectionList"));
    REQUIRE(list->model()->rowCount() == 1);

    // Rename the section through its form.
    list->setCurrentIndex(list->model()->index(0, 0));
    CHECK(code->text() == QStringLiteral("ms"));
    name->setText(QStringLiteral("民事审判一庭"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveSection")), Qt::LeftButton);
    CHECK(world.value(QStringLiteral("SELECT name FROM sections WHERE code = 'ms'")).toString() ==
          QStringLiteral("民事审判一庭"));
    CHECK(world.value(QStringLiteral("SELECT count(*) FROM sections")).toInt() == 1);

    // Delete it, then undo.
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("deleteSection")), Qt::LeftButton);
    CHECK(list->model()->rowCount() == 0);
    CHECK(world.value(QStringLiteral("SELECT count(*) FROM sections WHERE deleted_at IS NULL"))
              .toInt() == 0);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("undoButton")), Qt::LeftButton);
    CHECK(list->model()->rowCount() == 1);
    CHECK(page.currentId() == world.org.courtId);
}

TEST_CASE("OfficersPage: offers the sections of the chosen unit, saves, filters by unit")
{
    PageWorld world;
    services::OrganisationService service(*world.db, Actor::system());
    domain::Section civil;
    civil.unitId = world.org.courtId;
    civil.code = QStringLiteral("ms");
    civil.name = QStringLiteral("民事审判庭");
    auto savedCivil = service.save(civil);
    REQUIRE_OK(savedCivil);
    auto police = storage::UnitRepository(world.db->connection()).findByCode(QStringLiteral("gaj"));
    REQUIRE_OK(police);
    REQUIRE(police->has_value());

    ui::OfficersPage page(world.session);

    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    REQUIRE(page.listView()->model()->rowCount() == 1);
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("code")), QStringLiteral("liu"));
    commitText(child<QLineEdit>(page, QStringLiteral("name")), QStringLiteral("刘洋"));
    auto* unit = child<QComboBox>(page, QStringLiteral("unit_id"));
    auto* section = child<QComboBox>(page, QStringLiteral("section_id"));
    unit->setCurrentIndex(unit->findData((*police)->id));
    CHECK(section->findData(savedCivil->id) < 0); // not a section of the police
    unit->setCurrentIndex(unit->findData(world.org.courtId));
    REQUIRE(section->findData(savedCivil->id) >= 0);
    section->setCurrentIndex(section->findData(savedCivil->id));
    auto* role = child<QComboBox>(page, QStringLiteral("role"));
    role->setCurrentIndex(role->findData(int(domain::OfficerRole::Mediator)));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("phone")),
                     QStringLiteral("13800001111"));
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);

    REQUIRE(world.prompts.warned.isEmpty());
    auto liu = storage::OfficerRepository(world.db->connection()).findByCode(QStringLiteral("liu"));
    REQUIRE_OK(liu);
    REQUIRE(liu->has_value());
    CHECK((*liu)->sectionId == savedCivil->id);
    CHECK((*liu)->role == domain::OfficerRole::Mediator);
    CHECK((*liu)->active);
    CHECK(page.listView()->model()->rowCount() == 2);

    auto* filter = child<QComboBox>(page, QStringLiteral("groupFilter"));
    filter->setCurrentIndex(filter->findData((*police)->id));
    CHECK(page.listView()->model()->rowCount() == 0);
    filter->setCurrentIndex(filter->findData(world.org.courtId));
    CHECK(page.listView()->model()->rowCount() == 2);
}
