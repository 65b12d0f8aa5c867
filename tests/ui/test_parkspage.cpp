// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include "core/services/organisationservice.h"
#include "tests/ui/pagetestsupport.h"
#include "ui/pages/parkspage.h"

using namespace lp;
using namespace lp::test;

namespace {

QLineEdit* field(QWidget& page, const char* name)
{
    auto* edit = page.findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(edit);
    return edit;
}

QLabel* message(QWidget& page, const char* column)
{
    auto* label = page.findChild<QLabel*>(QString::fromLatin1(column) + QStringLiteral("Issue"));
    REQUIRE(label);
    return label;
}

} // namespace

TEST_CASE("ParksPage: Ctrl+N, typing and Ctrl+S write a park and select it")
{
    PageWorld world;
    ui::ParksPage page(world.session);
    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    REQUIRE(page.listView()->model()->rowCount() == 1);

    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    CHECK(field(page, "code")->hasFocus());
    QTest::keyClicks(field(page, "code"), QStringLiteral("jkq"));
    commitText(field(page, "name"), QStringLiteral("经济开发区"));
    commitText(field(page, "managing_body"), QStringLiteral("经开区管委会"));
    QTest::keyClicks(field(page, "contact_phone"), QStringLiteral("029-88886666"));
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);

    REQUIRE(world.prompts.warned.isEmpty());
    CHECK(world.value(QStringLiteral("SELECT name FROM parks WHERE code = 'jkq'")).toString() ==
          QStringLiteral("经济开发区"));
    CHECK(world.value(QStringLiteral("SELECT managing_body FROM parks WHERE code = 'jkq'"))
              .toString() == QStringLiteral("经开区管委会"));
    CHECK(page.listView()->model()->rowCount() == 2);
    CHECK(page.listView()->currentIndex().isValid());
    CHECK(page.listView()->currentIndex().siblingAtColumn(0).data().toString() ==
          QStringLiteral("jkq"));
    CHECK_FALSE(page.currentId().isEmpty());

    // Saving again updates the same record rather than inserting another.
    commitText(field(page, "address"), QStringLiteral("科技路1号"));
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    CHECK(world.value(QStringLiteral("SELECT count(*) FROM parks")).toInt() == 2);
    CHECK(world.value(QStringLiteral("SELECT address FROM parks WHERE code = 'jkq'")).toString() ==
          QStringLiteral("科技路1号"));
}

TEST_CASE("ParksPage: a bad code and a bad phone are told beside their fields, nothing is written")
{
    PageWorld world;
    ui::ParksPage page(world.session);
    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(field(page, "code"), QStringLiteral("Bad Code!"));
    commitText(field(page, "name"), QStringLiteral("新园区"));
    QTest::keyClicks(field(page, "contact_phone"), QStringLiteral("12ab"));
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);

    CHECK(world.value(QStringLiteral("SELECT count(*) FROM parks")).toInt() == 1);
    CHECK(world.prompts.warned.isEmpty());
    CHECK(message(page, "code")->isVisible());
    CHECK_FALSE(message(page, "code")->text().isEmpty());
    CHECK(message(page, "contact_phone")->isVisible());
    CHECK_FALSE(message(page, "contact_phone")->text().isEmpty());
    CHECK_FALSE(message(page, "name")->isVisible());
    CHECK(field(page, "code")->property("fieldIssue").toBool());
    CHECK(field(page, "code")->hasFocus());
    // What was typed is still there.
    CHECK(field(page, "code")->text() == QStringLiteral("Bad Code!"));
    CHECK(field(page, "name")->text() == QStringLiteral("新园区"));
    CHECK(field(page, "contact_phone")->text() == QStringLiteral("12ab"));

    // A code another park has is refused with that park's name.
    field(page, "code")->setText(QStringLiteral("gxq"));
    field(page, "contact_phone")->clear();
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    CHECK(world.value(QStringLiteral("SELECT count(*) FROM parks")).toInt() == 1);
    CHECK(message(page, "code")->text().contains(QStringLiteral("高新技术产业园")));
    CHECK_FALSE(message(page, "contact_phone")->isVisible());

    // Corrected, it saves and the messages go.
    field(page, "code")->setText(QStringLiteral("xyq"));
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    CHECK(world.value(QStringLiteral("SELECT count(*) FROM parks")).toInt() == 2);
    CHECK_FALSE(message(page, "code")->isVisible());
}

TEST_CASE("ParksPage: Delete moves the park to the recycle bin at once, Undo brings it back")
{
    PageWorld world;
    ui::ParksPage page(world.session);
    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    QTableView* list = page.listView();
    const int row = rowShowing(list, QStringLiteral("gxq"));
    REQUIRE(row >= 0);
    list->setCurrentIndex(list->model()->index(row, 0));
    CHECK(field(page, "name")->text() == QStringLiteral("高新技术产业园"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);

    const QString deletedSql =
        QStringLiteral("SELECT deleted_at IS NOT NULL FROM parks WHERE id = '%1'")
            .arg(world.org.park.id);
    CHECK(world.value(deletedSql).toBool());
    CHECK(list->model()->rowCount() == 0);
    CHECK(world.prompts.warned.isEmpty());
    auto* undoText = page.findChild<QLabel*>(QStringLiteral("undoText"));
    REQUIRE(undoText);
    CHECK(undoText->isVisible());
    CHECK(undoText->text().contains(QStringLiteral("高新技术产业园")));

    auto* undo = page.findChild<QPushButton*>(QStringLiteral("undoButton"));
    REQUIRE(undo);
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK_FALSE(world.value(deletedSql).toBool());
    CHECK(list->model()->rowCount() == 1);
    CHECK_FALSE(undoText->isVisible());
    CHECK(page.currentId() == world.org.park.id);
}

TEST_CASE("ParksPage: saving over a version changed elsewhere is refused and keeps the form")
{
    PageWorld world;
    ui::ParksPage page(world.session);
    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    QTableView* list = page.listView();
    list->setCurrentIndex(list->model()->index(rowShowing(list, QStringLiteral("gxq")), 0));

    // Someone else renames the park (without telling this page's hub).
    services::OrganisationService other(*world.db, Actor::system());
    domain::Park theirs = world.org.park;
    theirs.name = QStringLiteral("他们改的名字");
    REQUIRE_OK(other.save(theirs));

    field(page, "name")->setText(QStringLiteral("我改的名字"));
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(world.prompts.warned.size() == 1);
    CHECK(field(page, "name")->text() == QStringLiteral("我改的名字"));
    CHECK(world.value(QStringLiteral("SELECT name FROM parks")).toString() ==
          QStringLiteral("他们改的名字"));
}

TEST_CASE("ParksPage: Tab goes from the filter to the list, its buttons, the fields, then Save")
{
    PageWorld world;
    ui::ParksPage page(world.session);
    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    QStringList order;
    QWidget* widget = &page;
    for (int i = 0; i < 500; ++i) {
        widget = widget->nextInFocusChain();
        if (widget == &page)
            break;
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisible())
            order.append(widget->objectName());
    }
    CHECK(order == QStringList{QStringLiteral("filter"), QStringLiteral("recordList"),
                               QStringLiteral("newButton"), QStringLiteral("deleteButton"),
                               QStringLiteral("recycleBinButton"), QStringLiteral("code"),
                               QStringLiteral("name"), QStringLiteral("address"),
                               QStringLiteral("managing_body"), QStringLiteral("contact_name"),
                               QStringLiteral("contact_phone"), QStringLiteral("saveButton")});
}

TEST_CASE("ParksPage: on a read-only file the list shows, but nothing can be saved or deleted")
{
    Workspace ws;
    QString path;
    {
        auto db = ws.open();
        createOrganisation(*db);
        path = db->path();
    }
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    storage::DatabaseOptions options;
    options.path = path;
    auto db = storage::Database::open(options, ws.clock);
    REQUIRE_OK(db);
    REQUIRE((*db)->isReadOnly());
    settings::AppSettings settings(ws.path(QStringLiteral("settings.ini")));
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{**db, settings, prompts, ws.clock, {}, std::nullopt, changes};
    ui::ParksPage page(session);
    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    QTableView* list = page.listView();
    REQUIRE(list->model()->rowCount() == 1);
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    list->setCurrentIndex(list->model()->index(0, 0));
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("deleteButton"))->isEnabled());
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    field(page, "name")->setText(QStringLiteral("改名"));
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    CHECK(prompts.warned.isEmpty());
    CHECK(page.findChild<QFrame*>(QStringLiteral("undoBar"))->isHidden());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    CHECK(rawValue(path, QStringLiteral("SELECT name || ifnull(deleted_at, '') FROM parks"))
              .toString() == QStringLiteral("高新技术产业园"));
}

TEST_CASE("ParksPage: leaving unsaved edits asks first, and refusing keeps them and the row")
{
    PageWorld world;
    services::OrganisationService service(*world.db, Actor::system());
    domain::Park second;
    second.code = QStringLiteral("jkq");
    second.name = QStringLiteral("经济开发区");
    REQUIRE_OK(service.save(second));
    ui::ParksPage page(world.session);
    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    QTableView* list = page.listView();
    const int gxq = rowShowing(list, QStringLiteral("gxq"));
    const int jkq = rowShowing(list, QStringLiteral("jkq"));
    REQUIRE((gxq >= 0 && jkq >= 0));

    list->setCurrentIndex(list->model()->index(gxq, 0));
    CHECK_FALSE(page.hasUnsavedChanges()); // filling the form is not an edit
    QTest::keyClicks(field(page, "address"), QStringLiteral("No. 1"));
    CHECK(page.hasUnsavedChanges());

    world.prompts.confirmAnswer = false;
    list->setCurrentIndex(list->model()->index(jkq, 0));
    CHECK(list->currentIndex().row() == gxq);
    CHECK(page.currentId() == world.org.park.id);
    CHECK(field(page, "address")->text() == QStringLiteral("No. 1"));
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    CHECK(field(page, "address")->text() == QStringLiteral("No. 1"));

    world.prompts.confirmAnswer = true;
    list->setCurrentIndex(list->model()->index(jkq, 0));
    CHECK(field(page, "name")->text() == QStringLiteral("经济开发区"));
    CHECK(field(page, "address")->text().isEmpty());
    CHECK_FALSE(page.hasUnsavedChanges());
    CHECK(world.value(QStringLiteral("SELECT count(*) FROM parks WHERE address IS NOT NULL"))
              .toInt() == 0);
}

TEST_CASE("ParksPage: reads nothing until first shown, then keeps its list current with changes")
{
    PageWorld world;
    ui::ParksPage page(world.session); // the main window builds every page at start
    services::OrganisationService service(*world.db, Actor::system());
    domain::Park second;
    second.code = QStringLiteral("jkq");
    second.name = QStringLiteral("经济开发区");
    REQUIRE_OK(service.save(second));
    world.changes.announce(QStringLiteral("parks"));
    CHECK(page.listView()->model()->rowCount() == 0); // neither read at start nor on the change

    page.refresh(); // shown
    CHECK(page.listView()->model()->rowCount() == 2);
    domain::Park third;
    third.code = QStringLiteral("cyy");
    third.name = QStringLiteral("创业园");
    REQUIRE_OK(service.save(third));
    world.changes.announce(QStringLiteral("parks"));
    CHECK(page.listView()->model()->rowCount() == 3);
}
