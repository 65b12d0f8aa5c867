// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

#include "core/demo/demogenerator.h"
#include "core/imports/enterpriseimport.h"
#include "core/services/enterpriseservice.h"
#include "core/storage/tables.h"
#include "tests/ui/pagetestsupport.h"
#include "ui/dialogs/historydialog.h"
#include "ui/dialogs/importpreviewdialog.h"
#include "ui/forms/enterpriseform.h"
#include "ui/models/enterpriselistmodel.h"
#include "ui/models/rowcache.h"
#include "ui/pages/enterprisefilterbar.h"
#include "ui/pages/enterprisespage.h"
#include "ui/widgets/formfeedback.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

// A demo district file: 200 enterprises over the organisation of a small district.
struct DemoWorld {
    Workspace ws;
    std::unique_ptr<storage::Database> db = ws.open();
    settings::AppSettings settings{ws.path(u"settings.ini"_s)};
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{*db, settings, prompts, ws.clock, u"高新区"_s, std::nullopt, changes};

    DemoWorld()
    {
        demo::DemoOptions options;
        options.today = ws.clock.today();
        REQUIRE_OK(demo::DemoGenerator::create(*db, options, Actor::system()));
    }
};

template <typename T>
T* child(QWidget& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("RowCache: fetches blocks on demand and drops the least recently used")
{
    int fetches = 0;
    ui::RowCache<int> cache(
        [&](int offset, int limit) -> Result<QList<int>> {
            ++fetches;
            QList<int> rows;
            for (int i = offset; i < std::min(offset + limit, 1000); ++i)
                rows.append(i * 2);
            return rows;
        },
        10, 3);
    REQUIRE(cache.row(5) != nullptr);
    CHECK(*cache.row(5) == 10);
    CHECK(*cache.row(9) == 18);
    CHECK(fetches == 1);
    CHECK(*cache.row(25) == 50);
    CHECK(*cache.row(45) == 90);
    CHECK(fetches == 3);
    CHECK(*cache.row(7) == 14); // block 0 was used last but one: still there
    CHECK(fetches == 3);
    CHECK(*cache.row(999) == 1998); // a fourth block drops block 2 (least recently used)
    CHECK(cache.cachedBlocks() == 3);
    CHECK(*cache.row(21) == 42);
    CHECK(fetches == 5);
    CHECK(cache.row(1005) == nullptr);
}

TEST_CASE("EnterpriseListModel: passes the model tester while filtering, sorting and reloading, "
          "and knows its total without loading every row")
{
    DemoWorld world;
    ui::EnterpriseListModel model(*world.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 200);
    const QString first = model.index(0, 0).data().toString();
    const QString last = model.index(199, 0).data().toString();
    CHECK(first < last);
    model.sort(0, Qt::DescendingOrder);
    CHECK(model.index(0, 0).data().toString() == last);
    model.sort(int(storage::EnterpriseColumn::Scale), Qt::AscendingOrder);
    CHECK(model.index(0, int(storage::EnterpriseColumn::Scale))
              .data(ui::EnterpriseListModel::RawRole)
              .toInt() <= model.index(199, int(storage::EnterpriseColumn::Scale))
                              .data(ui::EnterpriseListModel::RawRole)
                              .toInt());

    storage::EnterpriseFilter filter;
    filter.search = first.left(2);
    model.setFilter(filter);
    CHECK(model.rowCount() >= 1);
    CHECK(model.rowCount() < 200);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, 0).data().toString().contains(first.left(2)));
    const QString id = model.index(0, 0).data(ui::EnterpriseListModel::IdRole).toString();
    CHECK(model.rowOf(id) == 0);

    world.changes.announce(u"enterprises"_s);
    CHECK(model.rowCount() >= 1);
    filter.search = u"绝不会出现的名字"_s;
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("EnterprisesPage: a wrong credit code shows its message beside the field and keeps "
          "what was typed, and a right one saves")
{
    PageWorld world;
    ui::EnterprisesPage page(world.session);
    page.refresh(); // as the window does when it shows the page
    showActive(page);
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    auto* name = child<QLineEdit>(page, u"name"_s);
    auto* code = child<QLineEdit>(page, u"creditCode"_s);
    commitText(name, u"陕西丰源餐饮管理有限公司"_s);
    QString wrong = validCreditCode(u"MA6TNN01"_s);
    wrong[17] = wrong[17] == u'1' ? u'2' : u'1';
    commitText(code, wrong);
    auto* phone = child<QLineEdit>(page, u"contactPhone"_s);
    QTest::keyClicks(phone, u"0291234"_s);
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);

    CHECK(world.value(u"SELECT count(*) FROM enterprises"_s).toInt() == 0);
    ui::FormFeedback& feedback = page.form().feedback();
    CHECK(feedback.message(u"credit_code"_s).contains(u"character 18"_s));
    CHECK(feedback.message(u"contact_phone"_s).contains(u"0291234"_s));
    CHECK(name->text() == u"陕西丰源餐饮管理有限公司"_s);
    CHECK(code->text() == wrong);
    CHECK(phone->text() == u"0291234"_s);
    // The code fails only its check character: the form offers to accept it with a reason.
    CHECK(child<QCheckBox>(page, u"acceptCode"_s)->isVisibleTo(&page));

    // Ctrl+N with unsaved edits asks first; refusing keeps them.
    world.prompts.confirmAnswer = false;
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    CHECK(name->text() == u"陕西丰源餐饮管理有限公司"_s);
    world.prompts.confirmAnswer = true;

    code->setText(validCreditCode(u"MA6TNN01"_s));
    phone->setText(u"029-88886666"_s);
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    CHECK(world.value(u"SELECT name FROM enterprises"_s).toString() ==
          u"陕西丰源餐饮管理有限公司"_s);
    CHECK_FALSE(feedback.hasIssues());
    CHECK(page.model().rowCount() == 1);
    CHECK(page.view().currentIndex().row() == 0);
}

TEST_CASE("EnterprisesPage: search as you type narrows the list, and delete is undone "
          "from the bar")
{
    PageWorld world;
    services::EnterpriseService service(*world.db, Actor::system(), &world.changes);
    for (int i = 0; i < 5; ++i) {
        auto e = makeEnterprise(u"检索企业%1号有限公司"_s.arg(i),
                                validCreditCode(u"MA6TPP0%1"_s.arg(i)));
        e.address = i == 3 ? u"锦业路1号"_s : u"科技路%1号"_s.arg(i);
        REQUIRE_OK(service.save(e));
    }
    ui::EnterprisesPage page(world.session);
    page.refresh(); // as the window does when it shows the page
    showActive(page);
    CHECK(page.model().rowCount() == 5);
    auto* search = child<QLineEdit>(page, u"search"_s);
    commitText(search, u"锦业"_s);
    QTest::qWait(300);
    CHECK(page.model().rowCount() == 1);
    CHECK(page.model().index(0, 0).data().toString() == u"检索企业3号有限公司"_s);
    search->clear();
    QTest::qWait(300);
    CHECK(page.model().rowCount() == 5);

    page.view().setFocus();
    page.view().setCurrentIndex(page.model().index(2, 0));
    QTest::keyClick(&page.view(), Qt::Key_Delete);
    CHECK(page.model().rowCount() == 4);
    CHECK(world.value(u"SELECT count(*) FROM enterprises WHERE deleted_at IS NOT NULL"_s).toInt() ==
          1);
    child<QPushButton>(page, u"undo"_s)->click();
    CHECK(page.model().rowCount() == 5);
    CHECK(world.value(u"SELECT count(*) FROM enterprises WHERE deleted_at IS NOT NULL"_s).toInt() ==
          0);
}

TEST_CASE(
    "EnterprisesPage: an import goes through the preview, and a refused preview writes nothing")
{
    PageWorld world;
    const QString path = world.ws.path(u"roster.csv"_s);
    writeBytes(path, u"企业名称,统一社会信用代码,所属园区\n新企业甲,%1,新园区\n新企业乙,%2,\n"_s
                         .arg(validCreditCode(u"MA6TQQ01"_s), validCreditCode(u"MA6TQQ02"_s))
                         .toUtf8());
    ui::EnterprisesPage page(world.session);
    page.refresh(); // as the window does when it shows the page
    world.prompts.importFileAnswers = {path, path};
    world.prompts.importReviewAnswers = {std::nullopt, imports::ImportOptions{true, {}}};
    page.importRoster();
    CHECK(world.value(u"SELECT count(*) FROM enterprises"_s).toInt() == 0);
    REQUIRE(world.prompts.reviewedPlans.size() == 1);
    CHECK(world.prompts.reviewedPlans.first().missingParks == QStringList{u"新园区"_s});
    CHECK(world.prompts.reviewedReports.first().endsWith(u"roster.errors.xlsx"_s));

    page.importRoster();
    CHECK(world.value(u"SELECT count(*) FROM enterprises"_s).toInt() == 2);
    CHECK(page.model().rowCount() == 2);
    CHECK(world.prompts.informed.last().contains(u"2 new"_s));
}

TEST_CASE("ImportPreviewDialog: Import is enabled once the missing park is confirmed and the "
          "non-conforming code accepted with a reason")
{
    PageWorld world;
    const QString path = world.ws.path(u"roster.csv"_s);
    writeBytes(
        path,
        u"企业名称,统一社会信用代码,所属园区\n试点企业,91350211M00013FA1N,新园区\n"_s.toUtf8());
    auto plan = imports::EnterpriseImport::prepare(*world.db, path);
    REQUIRE_OK(plan);
    ui::ImportPreviewDialog dialog(*plan, {});
    auto* import = child<QPushButton>(dialog, u"import"_s);
    CHECK_FALSE(import->isEnabled());
    CHECK(dialog.problemCount() == 2);
    dialog.createMissing()->setChecked(true);
    CHECK(dialog.problemCount() == 1);
    QTableWidgetItem* reason = dialog.table()->item(0, 5);
    reason->setCheckState(Qt::Checked);
    CHECK_FALSE(import->isEnabled());
    reason->setText(u"核对营业执照原件"_s);
    CHECK(import->isEnabled());
    CHECK(dialog.options().acceptedCodes.value(2) == u"核对营业执照原件"_s);
}

TEST_CASE("EnterprisesPage: on a read-only file the list shows and prints, but nothing can be "
          "created, saved, deleted or imported")
{
    Workspace ws;
    QString path;
    {
        auto db = ws.open();
        createOrganisation(*db);
        services::EnterpriseService service(*db, Actor::system());
        REQUIRE_OK(service.save(makeEnterprise(u"只读企业"_s, validCreditCode(u"MA6TRR01"_s))));
        path = db->path();
    }
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    storage::DatabaseOptions options;
    options.path = path;
    auto db = storage::Database::open(options, ws.clock);
    REQUIRE_OK(db);
    REQUIRE((*db)->isReadOnly());
    settings::AppSettings settings(ws.path(u"settings.ini"_s));
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{**db, settings, prompts, ws.clock, {}, std::nullopt, changes};
    ui::EnterprisesPage page(session);
    page.refresh(); // as the window does when it shows the page
    showActive(page);
    CHECK(page.model().rowCount() == 1);
    for (const QString& name : {u"new"_s, u"save"_s, u"delete"_s, u"import"_s})
        CHECK_FALSE(child<QPushButton>(page, name)->isEnabled());
    CHECK(child<QPushButton>(page, u"printRoster"_s)->isEnabled());
    page.view().setCurrentIndex(page.model().index(0, 0));
    page.view().setFocus();
    QTest::keyClick(&page.view(), Qt::Key_Delete);
    child<QLineEdit>(page, u"name"_s)->setText(u"改名"_s);
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    CHECK(prompts.warned.isEmpty());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    CHECK(rawValue(path, u"SELECT name || ifnull(deleted_at, '') FROM enterprises"_s).toString() ==
          u"只读企业"_s);
}

TEST_CASE("HistoryDialog: one line per audit entry, with each changed field before and after")
{
    PageWorld world;
    services::EnterpriseService service(*world.db, Actor::system());
    auto saved = service.save(makeEnterprise(u"历史企业"_s, validCreditCode(u"MA6THY01"_s)));
    REQUIRE_OK(saved);
    auto changed = *saved;
    changed.contactPhone = u"13800138000"_s;
    REQUIRE_OK(service.save(changed));
    ui::HistoryDialog dialog(world.session, storage::tables::enterprises(), saved->id, saved->name);
    CHECK(dialog.entryCount() == 2);
    auto* list = child<QTreeWidget>(dialog, u"history"_s);
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(2) == u"Created"_s);
    CHECK(list->topLevelItem(1)->text(2) == u"Changed"_s);
    CHECK(list->topLevelItem(1)->text(3) == u"Contact phone: (empty) → 13800138000"_s);
}

TEST_CASE("EnterpriseFilterBar: the filter and its description for the printed roster follow "
          "the choices")
{
    PageWorld world;
    ui::EnterpriseFilterBar bar(world.session);
    CHECK(bar.description().isEmpty());
    auto* park = child<QComboBox>(bar, u"parkFilter"_s);
    park->setCurrentIndex(park->findData(world.org.park.id));
    auto* scale = child<QComboBox>(bar, u"scaleFilter"_s);
    scale->setCurrentIndex(1);
    const storage::EnterpriseFilter filter = bar.filter();
    CHECK(filter.parkId == world.org.park.id);
    CHECK(filter.scale == domain::EnterpriseScale::AboveDesignated);
    CHECK(bar.description() == u"Park: 高新技术产业园; Scale: Above designated size"_s);
}
