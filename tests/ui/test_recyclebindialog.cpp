// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QPushButton>
#include <QTreeWidget>

#include "core/services/organisationservice.h"
#include "core/services/recyclebin.h"
#include "core/storage/tables.h"
#include "tests/ui/pagetestsupport.h"
#include "ui/dialogs/recyclebindialog.h"

using namespace lp;
using namespace lp::test;

TEST_CASE("RecycleBinDialog: lists the deleted parks and restores the selected one")
{
    PageWorld world;
    services::RecycleBin bin(*world.db, Actor::officer(world.org.officerId), &world.changes);
    REQUIRE_OK(bin.remove(storage::tables::parks(), world.org.park.id, world.org.park.version));

    ui::RecycleBinDialog dialog(world.session, storage::tables::parks());
    dialog.show();
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("recycleBinList"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("高新技术产业园"));
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("王磊 (wang)"));
    CHECK_FALSE(list->topLevelItem(0)->text(1).isEmpty());
    CHECK(list->currentItem() == list->topLevelItem(0));
    CHECK_FALSE(dialog.restoredAny());

    auto* restore = dialog.findChild<QPushButton*>(QStringLiteral("restoreButton"));
    REQUIRE(restore);
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK(dialog.restoredAny());
    CHECK(list->topLevelItemCount() == 0);
    CHECK_FALSE(restore->isEnabled());
    CHECK(world.value(QStringLiteral("SELECT count(*) FROM parks WHERE deleted_at IS NULL"))
              .toInt() == 1);
}

TEST_CASE("RecycleBinDialog: a restore refused because the code was reused is told, not done")
{
    PageWorld world;
    services::RecycleBin bin(*world.db, Actor::system(), &world.changes);
    REQUIRE_OK(bin.remove(storage::tables::parks(), world.org.park.id, world.org.park.version));
    services::OrganisationService service(*world.db, Actor::system());
    domain::Park reuse;
    reuse.code = QStringLiteral("gxq");
    reuse.name = QStringLiteral("新高新园");
    REQUIRE_OK(service.save(reuse));

    ui::RecycleBinDialog dialog(world.session, storage::tables::parks());
    CHECK_FALSE(dialog.restoreSelected());
    REQUIRE(world.prompts.warned.size() == 1);
    CHECK(world.prompts.warned[0].contains(QStringLiteral("新高新园")));
    CHECK_FALSE(dialog.restoredAny());
    CHECK(world.value(QStringLiteral("SELECT count(*) FROM parks WHERE deleted_at IS NULL"))
              .toInt() == 1);
}

TEST_CASE("RecycleBinDialog: Enter restores the selected record only")
{
    PageWorld world;
    services::OrganisationService service(*world.db, Actor::system());
    domain::Park second;
    second.code = QStringLiteral("jkq");
    second.name = QStringLiteral("经济开发区");
    auto saved = service.save(second);
    REQUIRE_OK(saved);
    services::RecycleBin bin(*world.db, Actor::system(), &world.changes);
    REQUIRE_OK(bin.remove(storage::tables::parks(), world.org.park.id, world.org.park.version));
    world.ws.clock.advanceMs(1000);
    REQUIRE_OK(bin.remove(storage::tables::parks(), saved->id, saved->version));

    ui::RecycleBinDialog dialog(world.session, storage::tables::parks());
    showActive(dialog);
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("recycleBinList"));
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("经济开发区")); // newest first
    list->setCurrentItem(list->topLevelItem(1));
    CHECK(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(dialog.restoredAny());
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("经济开发区"));
    CHECK(
        world.value(QStringLiteral("SELECT code FROM parks WHERE deleted_at IS NULL")).toString() ==
        QStringLiteral("gxq"));
}
