// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLabel>
#include <QSpinBox>
#include <QTableView>

#include "tests/ui/pagetestsupport.h"
#include "ui/pages/problemlistspage.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

template <typename Widget>
Widget* child(QWidget& page, const QString& name)
{
    auto* widget = page.findChild<Widget*>(name);
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("CategoriesPage: the eight default categories, a new one with its time limit, a taken "
          "code refused beside the field")
{
    PageWorld world;
    ui::CategoriesPage page(world.session);
    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    REQUIRE(page.listView()->model()->rowCount() == 8);

    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(child<QLineEdit>(page, u"code"_s), u"tax"_s);
    commitText(child<QLineEdit>(page, u"name"_s), u"税费负担"_s);
    child<QSpinBox>(page, u"deadline_days"_s)->setValue(20);
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(world.prompts.warned.isEmpty());
    CHECK(
        world.value(u"SELECT deadline_days FROM problem_categories WHERE code = 'tax'"_s).toInt() ==
        20);
    CHECK(page.listView()->model()->rowCount() == 9);

    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(child<QLineEdit>(page, u"code"_s), u"labour"_s);
    commitText(child<QLineEdit>(page, u"name"_s), u"用工"_s);
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    CHECK(child<QLabel>(page, u"codeIssue"_s)->text().contains(u"劳动用工"_s));
    CHECK(child<QLineEdit>(page, u"name"_s)->text() == u"用工"_s); // what was typed stays
    CHECK(world.value(u"SELECT count(*) FROM problem_categories"_s).toInt() == 9);
}

TEST_CASE("DepartmentsPage: a department renamed keeps its code and is audited")
{
    PageWorld world;
    ui::DepartmentsPage page(world.session);
    page.refresh(); // as the main window does when it shows the page
    showActive(page);
    REQUIRE(page.listView()->model()->rowCount() == 13);
    const QString id = world.value(u"SELECT id FROM departments WHERE code = 'rsj'"_s).toString();
    REQUIRE(page.selectRecord(id));
    auto* name = child<QLineEdit>(page, u"name"_s);
    name->selectAll();
    commitText(name, u"区人社局"_s);
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(world.prompts.warned.isEmpty());
    CHECK(world.value(u"SELECT name FROM departments WHERE code = 'rsj'"_s).toString() ==
          u"区人社局"_s);
    CHECK(world
              .value(u"SELECT count(*) FROM audit_log WHERE table_name = 'departments' AND "
                     "record_id = '%1' AND action = 'update'"_s.arg(id))
              .toInt() == 1);
}
