// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "core/services/changehub.h"
#include "core/services/problemservice.h"
#include "core/settings/appsettings.h"
#include "core/storage/officerrepository.h"
#include "core/storage/problemrepository.h"
#include "tests/core/problemfixtures.h"
#include "tests/testsupport.h"
#include "tests/ui/pagetestsupport.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/forms/problemblock.h"
#include "ui/forms/problemrowseditor.h"
#include "ui/forms/visitform.h"
#include "ui/models/visitlistmodel.h"
#include "ui/pages/visitspage.h"
#include "ui/session.h"
#include "ui/widgets/enterprisepicker.h"
#include "ui/widgets/officerpicker.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

std::optional<domain::Officer> officerOf(storage::Database& db, const QString& id)
{
    auto officer = storage::OfficerRepository(db.connection()).findById(id);
    REQUIRE_OK(officer);
    return *officer;
}

// The problem world of problemfixtures.h with officer wang (court) working.
struct VisitsWorld {
    Workspace ws;
    std::unique_ptr<storage::Database> db = ws.open();
    ProblemWorld world = createProblemWorld(*db);
    settings::AppSettings settings{ws.path(u"settings.ini"_s)};
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{*db,      settings,    prompts,
                        ws.clock, u"高新区"_s, officerOf(*db, world.org.officerId),
                        changes};

    [[nodiscard]] QVariant value(const QString& sql) { return scalar(*db, sql); }
};

QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

// A key pressed where the keyboard focus is, as a user presses it.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

// Text typed key by key where the focus is; each key carries its character, as an input
// method's keys do (QTest::keyClicks only carries Latin-1).
void type(const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, focused(), Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

TEST_CASE("VisitListModel: passes the model tester while filtering and reloading, and finds a "
          "visit's row")
{
    VisitsWorld w;
    const auto& world = w.world;
    for (int day = 1; day <= 12; ++day) {
        auto visit = makeVisit(world, QDate(2026, 11, day), day % 3 ? QString() : world.flaggedId);
        visit.content = u"第%1次走访，了解用工情况"_s.arg(day);
        saveVisit(*w.db, visit,
                  day % 4 ? QList<domain::Problem>{}
                          : QList{makeProblem(world, u"labour"_s, u"欠薪"_s)});
    }
    ui::VisitListModel model(*w.db);
    QObject::connect(&w.changes, &services::ChangeHub::recordsChanged, &model,
                     &ui::VisitListModel::onRecordsChanged);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 12);
    CHECK(model.index(0, ui::VisitListModel::Date).data().toString() == u"2026-11-12"_s);
    CHECK(model.index(11, ui::VisitListModel::Date).data().toString() == u"2026-11-01"_s);
    CHECK(model.index(0, ui::VisitListModel::Problems).data().toInt() == 1);
    CHECK(model.index(1, ui::VisitListModel::Problems).data().toInt() == 0);
    CHECK(model.index(0, ui::VisitListModel::Officers)
              .data()
              .toString()
              .contains(w.session.officer->name));

    storage::VisitFilter filter;
    filter.enterpriseId = world.flaggedId;
    model.setFilter(filter);
    CHECK(model.rowCount() == 4);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, ui::VisitListModel::Enterprise).data().toString() ==
              u"西安秦川机械有限公司"_s);
    filter = {};
    filter.search = u"第1"_s; // 第1次, 第10次, 第11次, 第12次
    model.setFilter(filter);
    CHECK(model.rowCount() == 4);
    const QString id = model.index(2, 0).data(ui::VisitListModel::IdRole).toString();
    CHECK(model.rowOf(id) == 2);

    saveVisit(*w.db,
              [&] {
                  auto visit = makeVisit(world, QDate(2026, 11, 20));
                  visit.content = u"第13次走访"_s;
                  return visit;
              }(),
              {});
    CHECK(model.rowCount() == 4); // nobody announced it
    w.changes.announce(u"visits"_s, {});
    CHECK(model.rowCount() == 5);
}

TEST_CASE("VisitsPage: a visit with two problems is entered from the keyboard alone")
{
    VisitsWorld w;
    ui::VisitsPage page(w.session);
    page.refresh(); // as the window does when it shows the page
    showActive(page);
    page.view().setFocus();
    ui::VisitForm& form = page.form();

    press(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(focused() == form.enterprisePicker().lineEdit());
    QTest::keyClicks(focused(), u"MA6TQ1X3"_s); // part of the flagged enterprise's credit code
    CHECK(form.enterprisePicker().matchNames() == QStringList{u"西安秦川机械有限公司"_s});
    press(Qt::Key_Return);
    CHECK(form.enterprisePicker().enterpriseId() == w.world.flaggedId);
    CHECK(
        form.findChild<QLabel*>(u"enterprisePicked"_s)
            ->text()
            .contains(domain::EnterpriseFlagNames::displayName(domain::EnterpriseFlag::Disputes)));

    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"reason"_s);
    press(Qt::Key_Down); // 纠纷多
    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"metName"_s);
    type(u"赵敏"_s);
    press(Qt::Key_Tab);
    type(u"法务主管"_s);
    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"officerFilter"_s); // wang is checked already
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"content"_s);
    type(u"了解企业合同纠纷情况"_s);

    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(form.problems().blockCount() == 1);
    REQUIRE(focused()->objectName() == u"category"_s);
    press(Qt::Key_Down); // the first category
    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"description"_s);
    type(u"合同款项长期拖欠"_s);
    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"request"_s);
    type(u"协助追讨"_s);
    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"triage"_s);
    press(Qt::Key_Down); // solved by the own unit

    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(form.problems().blockCount() == 2);
    REQUIRE(focused() == form.problems().block(1)->findChild<QComboBox*>(u"category"_s));
    press(Qt::Key_Down);
    press(Qt::Key_Down); // the second category
    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"description"_s);
    type(u"园区道路照明不足"_s);

    press(Qt::Key_S, Qt::ControlModifier);
    INFO(w.prompts.warned.join(u'\n').toStdString());
    REQUIRE_FALSE(form.isNew());
    CHECK_FALSE(form.isModified());

    CHECK(w.value(u"SELECT count(*) FROM visits"_s).toInt() == 1);
    CHECK(w.value(u"SELECT enterprise_id FROM visits"_s).toString() == w.world.flaggedId);
    CHECK(w.value(u"SELECT reason FROM visits"_s).toString() == u"disputes"_s);
    CHECK(w.value(u"SELECT visit_date FROM visits"_s).toString() == u"2026-11-22"_s);
    CHECK(w.value(u"SELECT met_name || '/' || met_role FROM visits"_s).toString() ==
          u"赵敏/法务主管"_s);
    CHECK(w.value(u"SELECT content FROM visits"_s).toString() == u"了解企业合同纠纷情况"_s);
    CHECK(w.value(u"SELECT group_concat(officer_id) FROM visit_officers"_s).toString() ==
          w.world.org.officerId);
    auto problems = storage::ProblemRepository(w.db->connection())
                        .listForVisit(w.value(u"SELECT id FROM visits"_s).toString());
    REQUIRE_OK(problems);
    REQUIRE(problems->size() == 2);
    CHECK((*problems)[0].description == u"合同款项长期拖欠"_s);
    CHECK((*problems)[0].request == u"协助追讨"_s);
    CHECK((*problems)[0].triage == domain::Triage::OwnUnit);
    CHECK((*problems)[0].status == domain::ProblemStatus::InProgress);
    CHECK((*problems)[1].description == u"园区道路照明不足"_s);
    CHECK_FALSE((*problems)[1].triage.has_value());
    CHECK((*problems)[0].categoryId != (*problems)[1].categoryId);
    for (const auto& problem : *problems)
        CHECK(problem.deadline > QDate(2026, 11, 22)); // the categories' default time limits
    CHECK(page.model().rowCount() == 1);
    CHECK(page.view().currentIndex().row() == 0);
}

TEST_CASE("VisitsPage: a visit with issues is not saved, keeps what was typed and names each "
          "field, the problems' too")
{
    VisitsWorld w;
    ui::VisitsPage page(w.session);
    page.refresh(); // as the window does when it shows the page
    showActive(page);
    ui::VisitForm& form = page.form();
    page.newVisit();
    form.findChild<QLineEdit*>(u"metName"_s)->setText(u"赵敏"_s);
    form.officerPicker().setCheckedIds({});
    // Two blocks, the first removed again: the second becomes problem 1 and gets its issues.
    page.addProblem();
    page.addProblem();
    REQUIRE(form.problems().blockCount() == 2);
    ui::ProblemBlock* block = form.problems().block(1);
    CHECK(block->title().endsWith(u'2'));
    QTest::mouseClick(form.problems().block(0)->findChild<QPushButton*>(u"removeProblem"_s),
                      Qt::LeftButton);
    REQUIRE(form.problems().blockCount() == 1);
    REQUIRE(form.problems().block(0) == block);
    CHECK(block->title().endsWith(u'1'));
    block->findChild<QLineEdit*>(u"request"_s)->setText(u"协助追讨"_s);
    block->findChild<QLineEdit*>(u"deadline"_s)->setText(u"2026-13-45"_s);

    CHECK_FALSE(page.save());
    CHECK(w.value(u"SELECT count(*) FROM visits"_s).toInt() == 0);
    for (const QString& field :
         {u"enterprise_id"_s, u"officers"_s, u"content"_s, u"problem.0.category_id"_s,
          u"problem.0.description"_s, u"problem.0.deadline"_s}) {
        INFO(field.toStdString());
        CHECK_FALSE(form.message(field).isEmpty());
    }
    CHECK(form.message(u"visit_date"_s).isEmpty());
    CHECK(form.message(u"problem.0.deadline"_s).contains(u"2026-13-45"_s));
    CHECK(form.findChild<QLineEdit*>(u"metName"_s)->text() == u"赵敏"_s);
    CHECK(block->findChild<QLineEdit*>(u"request"_s)->text() == u"协助追讨"_s);
    CHECK(block->findChild<QLineEdit*>(u"deadline"_s)->text() == u"2026-13-45"_s);
    CHECK(form.isModified());
}

TEST_CASE("VisitsPage: editing a saved visit changes it and its registered problem, and shows "
          "the problem being handled read-only")
{
    VisitsWorld w;
    const auto& world = w.world;
    auto handled = makeProblem(world, u"labour"_s, u"欠薪纠纷"_s);
    handled.triage = domain::Triage::OwnUnit; // in progress at once
    const auto saved = saveVisit(*w.db, makeVisit(world, QDate(2026, 11, 18)),
                                 {handled, makeProblem(world, u"other"_s, u"停车难"_s)});
    REQUIRE(saved.size() == 2);
    ui::VisitsPage page(w.session);
    page.refresh(); // as the window does when it shows the page
    REQUIRE(page.model().rowCount() == 1);
    page.view().setCurrentIndex(page.model().index(0, 0));
    ui::VisitForm& form = page.form();
    REQUIRE_FALSE(form.isNew());
    CHECK(form.enterprisePicker().enterpriseId() == world.enterpriseId);
    REQUIRE(form.problems().blockCount() == 2);
    CHECK_FALSE(form.problems().block(0)->isEditable());
    CHECK(form.problems().block(1)->isEditable());
    CHECK(form.draft().problems.size() == 1);
    CHECK_FALSE(form.isModified());

    form.findChild<QPlainTextEdit*>(u"content"_s)->setPlainText(u"回访企业，问题已部分解决"_s);
    form.problems()
        .block(1)
        ->findChild<QPlainTextEdit*>(u"description"_s)
        ->setPlainText(u"园区停车位不足"_s);
    CHECK(form.isModified());
    // Leaving the record now asks first; saying no keeps the edits.
    w.prompts.confirmAnswer = false;
    page.newVisit();
    CHECK(form.isModified());
    CHECK_FALSE(form.isNew());

    REQUIRE(page.save());
    CHECK(w.value(u"SELECT content FROM visits"_s).toString() == u"回访企业，问题已部分解决"_s);
    CHECK(w.value(u"SELECT version FROM visits"_s).toInt() == 2);
    auto problems = storage::ProblemRepository(w.db->connection()).listForVisit(saved[0].visitId);
    REQUIRE_OK(problems);
    REQUIRE(problems->size() == 2);
    CHECK((*problems)[0].description == u"欠薪纠纷"_s);
    CHECK((*problems)[0].version == saved[0].version);
    CHECK((*problems)[1].description == u"园区停车位不足"_s);
    CHECK(form.problems().blockCount() == 2); // the handled one is shown again
    CHECK_FALSE(form.isModified());
}

TEST_CASE("EnterprisePicker: finds enterprises by 2 and by 3 or more characters and picks with "
          "the keyboard")
{
    VisitsWorld w;
    ui::EnterprisePicker picker(*w.db);
    showActive(picker);
    picker.lineEdit()->setFocus();
    type(u"锦业"_s);
    CHECK(picker.matchNames() == QStringList{u"西安锦业科技有限公司"_s});
    picker.lineEdit()->clear();
    type(u"秦川机械"_s);
    CHECK(picker.matchNames() == QStringList{u"西安秦川机械有限公司"_s});
    picker.lineEdit()->clear();
    type(u"有限"_s);
    CHECK(picker.matchNames().size() == 2);
    picker.lineEdit()->clear();
    type(u"西安"_s);
    type(u"x"_s); // matches nothing
    CHECK(picker.matchNames().isEmpty());
    press(Qt::Key_Backspace);
    REQUIRE(picker.matchNames().size() == 2);
    const QString second = picker.matchNames()[1];
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    CHECK(picker.lineEdit()->text() == second);
    CHECK_FALSE(picker.enterpriseId().isEmpty());
    CHECK(picker.enterpriseId() ==
          (second == u"西安秦川机械有限公司"_s ? w.world.flaggedId : w.world.enterpriseId));
    type(u"x"_s); // typing again drops the pick
    CHECK(picker.enterpriseId().isEmpty());
}

TEST_CASE("VisitsPage: the visit log of the unit and month on screen holds that month's visits "
          "of that unit only")
{
    VisitsWorld w;
    const auto& world = w.world;
    const auto visitOn = [&](const QDate& day, const QString& content, const QString& unitId) {
        auto visit = makeVisit(world, day);
        visit.content = content;
        visit.unitId = unitId;
        return visit;
    };
    saveVisit(*w.db, visitOn(QDate(2026, 11, 3), u"十一月第一次"_s, world.org.courtId),
              {makeProblem(world, u"labour"_s, u"欠薪"_s)});
    saveVisit(*w.db, visitOn(QDate(2026, 11, 19), u"十一月第二次"_s, world.org.courtId), {});
    saveVisit(*w.db, visitOn(QDate(2026, 10, 30), u"十月"_s, world.org.courtId), {});
    saveVisit(*w.db, visitOn(QDate(2026, 11, 5), u"检察院的"_s, world.units.value(u"jcy"_s)), {});
    ui::VisitsPage page(w.session);
    page.refresh(); // as the window does when it shows the page

    storage::VisitFilter all;
    page.showFilter(all);
    CHECK(page.model().rowCount() == 4);
    auto refused = page.buildVisitLog();
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);

    storage::VisitFilter courtNovember;
    courtNovember.unitId = world.org.courtId;
    courtNovember.from = QDate(2026, 11, 1);
    courtNovember.to = QDate(2026, 11, 30);
    page.showFilter(courtNovember);
    CHECK(page.model().rowCount() == 2);
    auto document = page.buildVisitLog();
    REQUIRE_OK(document);
    const reports::Table* table = nullptr;
    for (const auto& block : document->blocks) {
        if (const auto* found = std::get_if<reports::Table>(&block))
            table = found;
    }
    REQUIRE(table != nullptr);
    QStringList contents; // the "what was done" column of each visit's first row
    for (const auto& row : table->rows) {
        if (row.size() >= 7)
            contents.append(reports::cellText(row[6]));
    }
    CHECK(contents == QStringList{u"十一月第一次"_s, u"十一月第二次"_s});
}

TEST_CASE("VisitsPage: deleting a visit moves it with its problems to the recycle bin, and a visit "
          "whose problem is being handled is refused with the reason")
{
    VisitsWorld w;
    const auto& world = w.world;
    auto handled = makeProblem(world, u"labour"_s, u"欠薪纠纷"_s);
    handled.triage = domain::Triage::OwnUnit;
    const auto busy = saveVisit(*w.db, makeVisit(world, QDate(2026, 11, 10)), {handled});
    saveVisit(*w.db, makeVisit(world, QDate(2026, 11, 12), world.flaggedId),
              {makeProblem(world, u"other"_s, u"停车难"_s)});
    domain::Measure measure;
    measure.takenOn = QDate(2026, 11, 11);
    measure.content = u"约谈企业负责人"_s;
    measure.officerId = world.org.officerId;
    REQUIRE_OK(services::ProblemService(*w.db, Actor::system()).addMeasure(busy[0], measure));

    ui::VisitsPage page(w.session);

    page.refresh(); // as the window does when it shows the page
    REQUIRE(page.model().rowCount() == 2);
    page.view().setCurrentIndex(page.model().index(1, 0)); // 2026-11-10, its problem handled
    page.removeSelected();
    REQUIRE(w.prompts.warned.size() == 1);
    CHECK(w.prompts.warned[0].contains(busy[0].number));
    CHECK(page.model().rowCount() == 2);

    page.view().setCurrentIndex(page.model().index(0, 0));
    page.removeSelected();
    CHECK(w.prompts.warned.size() == 1);
    CHECK(page.model().rowCount() == 1);
    CHECK(w.value(u"SELECT count(*) FROM visits WHERE deleted_at IS NOT NULL"_s).toInt() == 1);
    CHECK(w.value(u"SELECT count(*) FROM problems WHERE deleted_at IS NOT NULL"_s).toInt() == 1);
    CHECK(page.form().isNew());
}

TEST_CASE("VisitsPage: the search row filters as you type, and a filter given from elsewhere is "
          "named until cleared")
{
    VisitsWorld w;
    const auto& world = w.world;
    auto first = makeVisit(world, QDate(2026, 11, 2));
    first.content = u"宣讲劳动合同法"_s;
    saveVisit(*w.db, first, {});
    auto second = makeVisit(world, QDate(2026, 11, 3), world.flaggedId);
    second.content = u"了解融资困难"_s;
    saveVisit(*w.db, second, {});
    saveVisit(*w.db, makeVisit(world, QDate(2026, 10, 3), world.flaggedId), {});
    ui::VisitsPage page(w.session);
    page.refresh(); // as the window does when it shows the page
    showActive(page);
    CHECK(page.model().rowCount() == 2); // this month
    auto* count = page.findChild<QLabel*>(u"count"_s);
    CHECK(count->text().contains(u'2'));

    page.findChild<QLineEdit*>(u"search"_s)->setFocus();
    type(u"融资"_s);
    REQUIRE(QTest::qWaitFor([&] { return page.model().rowCount() == 1; }));
    CHECK(page.model().index(0, ui::VisitListModel::Content).data().toString() ==
          u"了解融资困难"_s);
    type(u"x"_s);
    REQUIRE(QTest::qWaitFor([&] { return page.model().rowCount() == 0; }));

    storage::VisitFilter fromDashboard;
    fromDashboard.enterpriseId = world.flaggedId;
    page.showFilter(fromDashboard);
    CHECK(page.model().rowCount() == 2); // both months
    auto* extra = page.findChild<QLabel*>(u"extraFilter"_s);
    CHECK(extra->text().contains(u"西安秦川机械有限公司"_s));
    CHECK(page.findChild<QLineEdit*>(u"search"_s)->text().isEmpty());
    QTest::mouseClick(page.findChild<QPushButton*>(u"clearExtra"_s), Qt::LeftButton);
    CHECK(page.model().rowCount() == 3);
    CHECK(extra->isHidden());
}

TEST_CASE("OfficerPicker: typing narrows the list and Enter checks the first officer shown")
{
    ui::OfficerPicker picker;
    picker.setOfficers(
        {{u"a"_s, u"王磊 (wang)"_s}, {u"b"_s, u"李娜 (lina)"_s}, {u"c"_s, u"张伟 (zhangwei)"_s}});
    picker.setCheckedIds({u"a"_s});
    showActive(picker);
    picker.filterEdit()->setFocus();
    QTest::keyClicks(focused(), u"li"_s);
    const auto shown = [&] {
        QStringList ids;
        for (int row = 0; row < picker.list()->count(); ++row) {
            if (!picker.list()->item(row)->isHidden())
                ids.append(picker.list()->item(row)->data(Qt::UserRole).toString());
        }
        return ids;
    };
    CHECK(shown() == QStringList{u"a"_s, u"b"_s}); // the checked one stays in sight
    press(Qt::Key_Return);
    CHECK(picker.checkedIds() == QStringList{u"a"_s, u"b"_s});
    CHECK(picker.filterEdit()->text().isEmpty());
    CHECK(shown().size() == 3);
    press(Qt::Key_Down); // into the list, Space unchecks
    REQUIRE(focused() == picker.list());
    press(Qt::Key_Space);
    CHECK(picker.checkedIds() == QStringList{u"b"_s});
}
