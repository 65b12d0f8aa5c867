// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// One problem walked through the window's pages: entered on a visit, counted on the dashboard,
// found in the ledger from the dashboard's number, handled from the panel's buttons (each step
// in its modal dialog) to its closure, and gone from the dashboard's open count.
#include <functional>

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "core/services/changehub.h"
#include "core/services/dashboard.h"
#include "core/services/visitservice.h"
#include "core/settings/appsettings.h"
#include "core/storage/officerrepository.h"
#include "tests/core/problemfixtures.h"
#include "tests/testsupport.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/dialogs/problemactiondialog.h"
#include "ui/forms/visitform.h"
#include "ui/mainwindow.h"
#include "ui/models/problemledgermodel.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/problemspage.h"
#include "ui/pages/visitspage.h"
#include "ui/session.h"
#include "ui/widgets/problempanel.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;
using domain::ProblemAction;

namespace {

// Waits for the dashboard to show facts counted after now.
const services::DashboardFacts& freshFacts(ui::MainWindow& window)
{
    ui::DashboardPage& dashboard = window.dashboard();
    window.showPage(0); // a page shown again counts again what changed while it was hidden
    while (dashboard.isLoading()) {
        QSignalSpy shown(&dashboard, &ui::DashboardPage::factsShown);
        REQUIRE(shown.wait(10'000));
    }
    return dashboard.facts();
}

// Clicks the panel's button of `action` and, in the modal dialog it opens, types with `fill`
// and presses OK; returns whether the dialog accepted.
bool takeStep(ui::ProblemPanel& panel, ProblemAction action,
              const std::function<void(ui::ProblemActionDialog&)>& fill)
{
    QPushButton* button = panel.actionButton(action);
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    bool accepted = false;
    bool seen = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<ui::ProblemActionDialog*>(QApplication::activeModalWidget());
        if (!dialog || seen)
            return;
        seen = true;
        fill(*dialog);
        accepted = dialog->submit();
        if (!accepted)
            dialog->reject();
    });
    poll.start();
    QTest::mouseClick(button, Qt::LeftButton);
    poll.stop();
    CHECK(seen);
    return accepted;
}

void type(ui::ProblemActionDialog& dialog, const QString& field, const QString& text)
{
    auto* edit = dialog.findChild<QPlainTextEdit*>(field);
    REQUIRE(edit);
    edit->setPlainText(text);
}

} // namespace

TEST_CASE("Problem walk: from the visit form through the dashboard and the ledger to closure")
{
    Workspace ws;
    auto db = ws.open();
    const ProblemWorld world = createProblemWorld(*db);
    auto officer = storage::OfficerRepository(db->connection()).findById(world.org.officerId);
    REQUIRE_OK(officer);
    REQUIRE(officer->has_value());
    settings::AppSettings settings(ws.path(u"settings.ini"_s));
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{*db, settings, prompts, ws.clock, u"高新区"_s, **officer, changes};
    ui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(freshFacts(window).deadlines.total().open == 0);

    // The visit, with its problem handled by the own unit, entered on the visits page.
    window.showPage(1);
    ui::VisitsPage& visits = window.visitsPage();
    visits.newVisit();
    domain::Problem found = makeProblem(world, u"labour"_s, u"拖欠三名员工工资两个月"_s);
    found.triage = domain::Triage::OwnUnit;
    visits.form().setDraft({makeVisit(world, ws.clock.today().addDays(-2)), {found}});
    REQUIRE(visits.save());
    const QString id =
        scalar(*db, u"SELECT id FROM problems WHERE description = '拖欠三名员工工资两个月'"_s)
            .toString();
    REQUIRE_FALSE(id.isEmpty());

    // The dashboard counts it; its "open" number for the court opens the ledger on it.
    const services::DashboardFacts& facts = freshFacts(window);
    CHECK(facts.deadlines.total().open == 1);
    CHECK(facts.triage.ownUnit == 1);
    storage::ProblemFilter open;
    open.state = storage::ProblemState::Open;
    open.unitId = world.units.value(u"fy"_s);
    open.today = ws.clock.today();
    window.showProblems(open);
    ui::ProblemsPage& ledger = window.problemsPage();
    REQUIRE(ledger.model().rowCount() == 1);
    REQUIRE(ledger.selectProblem(id));
    ui::ProblemPanel& panel = ledger.panel();
    REQUIRE(panel.problemId() == id);

    // Each step from the panel's buttons, as the state machine offers them.
    CHECK_FALSE(panel.actionButton(ProblemAction::Close)->isEnabled());
    CHECK(takeStep(panel, ProblemAction::AddMeasure, [](ui::ProblemActionDialog& dialog) {
        type(dialog, u"content"_s, u"约谈企业负责人，督促制定工资支付计划"_s);
    }));
    CHECK(takeStep(panel, ProblemAction::RecordResult, [](ui::ProblemActionDialog& dialog) {
        type(dialog, u"result"_s, u"企业已足额支付拖欠工资"_s);
    }));
    // A refusal keeps the dialog's text: feedback without content is not accepted.
    CHECK_FALSE(takeStep(panel, ProblemAction::RecordFeedback, [](ui::ProblemActionDialog&) {}));
    CHECK(takeStep(panel, ProblemAction::RecordFeedback, [](ui::ProblemActionDialog& dialog) {
        type(dialog, u"content"_s, u"电话回访，企业表示满意"_s);
    }));
    CHECK(takeStep(panel, ProblemAction::Close, [](ui::ProblemActionDialog&) {}));
    CHECK(scalar(*db, u"SELECT status FROM problems WHERE id = '%1'"_s.arg(id)).toString() ==
          u"closed"_s);
    CHECK(scalar(*db, u"SELECT count(*) FROM measures WHERE problem_id = '%1'"_s.arg(id)).toInt() ==
          1);

    // The ledger no longer lists it as open; the dashboard counts it closed this month.
    CHECK(ledger.model().rowCount() == 0);
    const services::DashboardFacts& after = freshFacts(window);
    CHECK(after.deadlines.total().open == 0);
    CHECK(after.months.last().closed == 1);
    CHECK(after.months.last().found == 1);
}
