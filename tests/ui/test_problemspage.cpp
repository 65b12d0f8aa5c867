// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>

#include "core/services/changehub.h"
#include "core/settings/appsettings.h"
#include "core/storage/database.h"
#include "core/storage/tables.h"
#include "tests/core/ledgerfixtures.h"
#include "tests/testsupport.h"
#include "tests/ui/pagetestsupport.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/models/problemledgermodel.h"
#include "ui/pages/problemfilterbar.h"
#include "ui/pages/problemspage.h"
#include "ui/session.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;
using storage::LedgerColumn;

namespace {

struct LedgerPageWorld {
    Workspace ws;
    std::unique_ptr<storage::Database> db = ws.open();
    LedgerWorld ledger = createLedgerWorld(*db);
    settings::AppSettings settings{ws.path(u"settings.ini"_s)};
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{*db, settings, prompts, ws.clock, u"高新区"_s, std::nullopt, changes};

    const LedgerProblem& problem(const QString& description) const
    {
        for (const LedgerProblem& p : ledger.problems) {
            if (p.description == description)
                return p;
        }
        FAIL("no problem " << description.toStdString());
        return ledger.problems.first();
    }
};

template <typename T>
T* child(QWidget& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    REQUIRE(found != nullptr);
    return found;
}

QStringList modelIds(const ui::ProblemLedgerModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ui::ProblemLedgerModel::IdRole).toString());
    return ids;
}

} // namespace

TEST_CASE("ProblemLedgerModel: passes the model tester while filtering, sorting and reloading")
{
    LedgerPageWorld world;
    ui::ProblemLedgerModel model(*world.db, world.ws.clock);
    QObject::connect(&world.changes, &services::ChangeHub::recordsChanged, &model,
                     &ui::ProblemLedgerModel::onRecordsChanged);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == qsizetype(world.ledger.problems.size() - 1));
    CHECK(model.filter().today == kLedgerToday);
    // Newest first: 施工许可审批缓慢 was found last (2026-11-20).
    CHECK(model.index(0, int(LedgerColumn::Description)).data().toString() ==
          u"施工许可审批缓慢"_s);
    model.sort(int(LedgerColumn::Deadline), Qt::AscendingOrder);
    CHECK(model.index(0, int(LedgerColumn::Deadline)).data().toString() == u"2026-01-10"_s);

    storage::ProblemFilter filter;
    filter.state = storage::ProblemState::Open;
    model.setFilter(filter);
    CHECK(model.rowCount() == 5);
    const QString id = model.index(3, 0).data(ui::ProblemLedgerModel::IdRole).toString();
    CHECK(model.rowOf(id) == 3);
    // A problem closed elsewhere leaves the open list once its table is announced.
    QSqlQuery close(world.db->connection());
    REQUIRE(close.exec(u"UPDATE problems SET status = 'closed' WHERE id = '%1'"_s.arg(id)));
    CHECK(model.rowCount() == 5);
    world.changes.announce(u"officers"_s);
    CHECK(model.rowCount() == 5);
    world.changes.announce(u"problems"_s, {id});
    CHECK(model.rowCount() == 4);
    CHECK(model.rowOf(id) == -1);
    filter.search = u"绝不会出现的问题"_s;
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("ProblemLedgerModel: an overdue row is red and one due within three days amber, with "
          "the days in the tooltip, against the session clock")
{
    LedgerPageWorld world;
    ui::ProblemLedgerModel model(*world.db, world.ws.clock);
    const auto rowOf = [&](const QString& description) {
        const int row = model.rowOf(world.problem(description).id);
        REQUIRE(row >= 0);
        return row;
    };
    const auto colour = [&](int row, int role) {
        return model.index(row, int(LedgerColumn::Number)).data(role).value<QColor>();
    };
    const auto tip = [&](int row) {
        return model.index(row, int(LedgerColumn::Deadline)).data(Qt::ToolTipRole).toString();
    };

    const int overdue = rowOf(u"拖欠三名员工工资"_s); // deadline 11-17, today 11-22
    const QColor red = colour(overdue, Qt::BackgroundRole);
    REQUIRE(red.isValid());
    CHECK(red.red() > red.green() + 20);
    CHECK(red.red() > red.blue() + 20);
    CHECK(colour(overdue, Qt::ForegroundRole).red() > 100);
    CHECK(tip(overdue) == u"Overdue by 5 day(s)"_s);

    const int soon = rowOf(u"合同纠纷导致货款无法收回"_s); // deadline 11-24
    const QColor amber = colour(soon, Qt::BackgroundRole);
    REQUIRE(amber.isValid());
    CHECK(amber != red);
    CHECK(amber.green() > amber.blue() + 20);
    CHECK(tip(soon) == u"Due in 2 day(s)"_s);

    // Six days ahead, and closed though long past its deadline: neither.
    CHECK_FALSE(model.index(rowOf(u"厂区周边治安混乱"_s), 0).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(model.index(rowOf(u"员工工伤赔偿争议"_s), 0).data(Qt::BackgroundRole).isValid());

    // Three days later the amber one is overdue.
    world.ws.clock.set(world.ws.clock.now().addDays(3));
    model.reload();
    CHECK(tip(rowOf(u"合同纠纷导致货款无法收回"_s)) == u"Overdue by 1 day(s)"_s);
    CHECK(tip(rowOf(u"厂区周边治安混乱"_s)) == u"Due in 3 day(s)"_s);
}

TEST_CASE("ProblemsPage: counts its rows when first shown, not when the window builds it")
{
    LedgerPageWorld world;
    ui::ProblemsPage page(world.session);
    CHECK(page.model().rowCount() == 0);
    // A write announced before the first showing does not count the ledger either.
    world.session.changes.announce(storage::tables::problems().name);
    CHECK(page.model().rowCount() == 0);
    page.refresh();
    CHECK(page.model().rowCount() == 7);
    CHECK(child<QLabel>(page, u"count"_s)->text() == u"7 problem(s)"_s);
}

TEST_CASE("ProblemsPage: showFilter sets the bar's widgets and the rows, and the selection is "
          "announced")
{
    LedgerPageWorld world;
    ui::ProblemsPage page(world.session);
    page.refresh(); // as the window does when it shows the page
    CHECK(page.title() == u"Problems"_s);
    CHECK(child<QLabel>(page, u"count"_s)->text() == u"7 problem(s)"_s);

    storage::ProblemFilter filter;
    filter.unitId = world.ledger.base.units[u"fy"_s];
    filter.state = storage::ProblemState::Open;
    filter.due = storage::ProblemDue::Overdue;
    filter.search = u"工资"_s;
    page.showFilter(filter);
    auto& bar = page.filterBar();
    CHECK(child<QComboBox>(bar, u"unitFilter"_s)->currentText() == u"法院"_s);
    CHECK(child<QComboBox>(bar, u"stateFilter"_s)->currentText() == u"Open"_s);
    CHECK(child<QComboBox>(bar, u"dueFilter"_s)->currentText() == u"Overdue"_s);
    CHECK(child<QComboBox>(bar, u"periodFilter"_s)->currentIndex() == 0);
    CHECK(bar.searchEdit()->text() == u"工资"_s);
    const storage::ProblemFilter shown = bar.filter();
    CHECK(shown.unitId == filter.unitId);
    CHECK(shown.state == storage::ProblemState::Open);
    CHECK(shown.due == storage::ProblemDue::Overdue);
    CHECK(modelIds(page.model()) == QStringList{world.problem(u"拖欠三名员工工资"_s).id});
    CHECK(child<QLabel>(page, u"count"_s)->text() == u"1 problem(s)"_s);

    // A period that is this month shows as the preset; an enterprise as its button.
    storage::ProblemFilter month;
    month.foundFrom = QDate(2026, 11, 1);
    month.foundTo = QDate(2026, 11, 30);
    month.enterpriseId = world.ledger.base.flaggedId;
    page.showFilter(month);
    CHECK(child<QComboBox>(bar, u"periodFilter"_s)->currentText() == u"This month"_s);
    CHECK(bar.filter().foundFrom == month.foundFrom);
    CHECK(bar.filter().enterpriseId == month.enterpriseId);
    CHECK(page.model().rowCount() == 2); // 合同纠纷… and 施工许可…

    QStringList announced;
    QObject::connect(&page, &ui::ProblemsPage::currentProblemChanged,
                     [&](const QString& id) { announced.append(id); });
    const QString id = world.problem(u"施工许可审批缓慢"_s).id;
    REQUIRE(page.selectProblem(id));
    CHECK(page.currentProblemId() == id);
    CHECK(announced == QStringList{id});
    // A filter that leaves it out clears the selection.
    storage::ProblemFilter closed;
    closed.state = storage::ProblemState::Closed;
    page.showFilter(closed);
    CHECK(announced == QStringList{id, QString()});
}

TEST_CASE("ProblemsPage: the export holds only the rows the filter shows")
{
    LedgerPageWorld world;
    ui::ProblemsPage page(world.session);
    page.refresh(); // as the window does when it shows the page
    storage::ProblemFilter filter;
    filter.enterpriseId = world.ledger.base.flaggedId;
    filter.state = storage::ProblemState::Open;
    page.showFilter(filter);
    REQUIRE(page.model().rowCount() == 2);

    auto document = page.exportDocument(reports::ProblemListKind::Problems);
    REQUIRE_OK(document);
    QStringList numbers;
    for (const reports::Block& block : document->blocks) {
        if (const auto* table = std::get_if<reports::Table>(&block)) {
            for (const reports::TableRow& row : table->rows)
                numbers.append(row.value(1).value.toString());
        }
    }
    QStringList expected;
    for (const LedgerProblem& p : world.ledger.problems) {
        if (p.flagged && p.status != u"closed"_s && !p.deleted)
            expected.append(p.number);
    }
    numbers.sort();
    expected.sort();
    CHECK(numbers == expected);

    // No measures were taken on those two.
    auto measures = page.exportDocument(reports::ProblemListKind::Measures);
    REQUIRE_OK(measures);
    for (const reports::Block& block : measures->blocks) {
        if (const auto* table = std::get_if<reports::Table>(&block))
            CHECK(table->rows.isEmpty());
    }
}

TEST_CASE("ProblemsPage: Ctrl+F goes to the search box and the arrow keys move through the list")
{
    LedgerPageWorld world;
    ui::ProblemsPage page(world.session);
    page.refresh(); // as the window does when it shows the page
    showActive(page);
    QStringList announced;
    QObject::connect(&page, &ui::ProblemsPage::currentProblemChanged,
                     [&](const QString& id) { announced.append(id); });
    const QString first = page.model().index(0, 0).data(ui::ProblemLedgerModel::IdRole).toString();
    const QString second = page.model().index(1, 0).data(ui::ProblemLedgerModel::IdRole).toString();
    REQUIRE(page.selectProblem(first));
    page.view().setFocus();
    QTest::keyClick(&page.view(), Qt::Key_Down);
    CHECK(page.currentProblemId() == second);
    CHECK(announced == QStringList{first, second});
    QTest::keyClick(&page.view(), Qt::Key_F, Qt::ControlModifier);
    CHECK(page.filterBar().searchEdit()->hasFocus());
}
