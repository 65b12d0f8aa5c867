// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "core/services/changehub.h"
#include "core/services/setupservice.h"
#include "core/settings/appsettings.h"
#include "tests/testsupport.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/mainwindow.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/officerspage.h"
#include "ui/pages/problemfilterbar.h"
#include "ui/pages/problemspage.h"
#include "ui/pages/visitfilterbar.h"
#include "ui/pages/visitspage.h"
#include "ui/session.h"

using namespace lp;
using namespace lp::test;

TEST_CASE("MainWindow: opens offscreen with the sidebar, the pages and the status bar")
{
    Workspace ws;
    auto db = ws.open();
    services::SetupService setup(*db);
    auto officer = setup.completeFirstStart(chencangAnswers());
    REQUIRE_OK(officer);
    settings::AppSettings settings(ws.path(QStringLiteral("settings.ini")));
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{*db,      settings, prompts, ws.clock, QStringLiteral("陈仓区"),
                        *officer, changes};

    ui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle().contains(QStringLiteral("陈仓区")));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    CHECK(window.pageTitles() ==
          QStringList{QStringLiteral("Dashboard"), QStringLiteral("Visits"),
                      QStringLiteral("Problems"), QStringLiteral("Enterprises"),
                      QStringLiteral("Contact points"), QStringLiteral("Parks"),
                      QStringLiteral("Units and sections"), QStringLiteral("Officers"),
                      QStringLiteral("Problem categories"), QStringLiteral("Departments"),
                      QStringLiteral("Data and backups")});
    CHECK(sidebar->currentRow() == 0);

    // The dashboard opens first and fills from its worker thread.
    QSignalSpy shown(&window.dashboard(), &ui::DashboardPage::factsShown);
    if (window.dashboard().isLoading())
        REQUIRE(shown.wait(10'000));
    CHECK(window.dashboard().facts().deadlines.units.size() == 5);

    // Its numbers open the ledger and the visits with their filters.
    storage::ProblemFilter overdue;
    overdue.state = storage::ProblemState::Open;
    overdue.due = storage::ProblemDue::Overdue;
    overdue.today = ws.clock.today();
    window.showProblems(overdue);
    CHECK(window.currentPage() == 2);
    CHECK(window.problemsPage().filterBar().filter().due == storage::ProblemDue::Overdue);
    storage::VisitFilter month;
    month.from = QDate(2026, 11, 1);
    month.to = QDate(2026, 11, 30);
    window.showVisits(month);
    CHECK(window.currentPage() == 1);
    CHECK(window.visitsPage().filterBar().filter().from == month.from);
    window.showPage(0);

    auto* officerLabel = window.findChild<QLabel*>(QStringLiteral("statusOfficer"));
    REQUIRE(officerLabel);
    CHECK(officerLabel->text() == QStringLiteral("Officer: 王磊"));
    auto* fileLabel = window.findChild<QLabel*>(QStringLiteral("statusFile"));
    REQUIRE(fileLabel);
    CHECK(fileLabel->text() == QDir::toNativeSeparators(db->path()));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusReadOnly"))->isHidden());

    // Ctrl+2 goes to the second page, Ctrl+1 back, as the View menu says.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window.currentPage() == 1);
    CHECK(sidebar->currentRow() == 1);
    sidebar->setCurrentRow(0);
    CHECK(window.currentPage() == 0);

    // Ctrl+, opens the settings wherever the desktop defines no other Preferences key.
    QSignalSpy settingsRequested(&window, &ui::MainWindow::settingsRequested);
    const auto keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeyCombination key =
        keys.isEmpty() ? QKeyCombination(Qt::CTRL | Qt::Key_Comma) : keys.first()[0];
    QTest::keyClick(&window, key.key(), key.keyboardModifiers());
    CHECK(settingsRequested.count() == 1);
}

TEST_CASE(
    "MainWindow: a page reads its list when first shown, and Reload reloads only the page shown")
{
    Workspace ws;
    auto db = ws.open();
    services::SetupService setup(*db);
    auto officer = setup.completeFirstStart(chencangAnswers());
    REQUIRE_OK(officer);
    settings::AppSettings settings(ws.path(QStringLiteral("settings.ini")));
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{*db,      settings, prompts, ws.clock, QStringLiteral("陈仓区"),
                        *officer, changes};

    ui::MainWindow window(session);
    auto* officers = window.findChild<ui::OfficersPage*>();
    REQUIRE(officers);
    const int page = int(window.pageTitles().indexOf(QStringLiteral("Officers")));
    REQUIRE(page > 0);
    CHECK(officers->listView()->model()->rowCount() == 0); // not read while the window was built
    window.refresh();                                      // View > Reload (F5) on the dashboard
    CHECK(officers->listView()->model()->rowCount() == 0);
    window.showPage(page);
    CHECK(officers->listView()->model()->rowCount() == 1);
}

TEST_CASE("MainWindow: a read-only file says so in the status bar")
{
    Workspace ws;
    QString path;
    {
        auto db = ws.open();
        path = db->path();
    }
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    storage::DatabaseOptions options;
    options.path = path;
    auto db = storage::Database::open(options, ws.clock);
    REQUIRE_OK(db);
    settings::AppSettings settings(ws.path(QStringLiteral("settings.ini")));
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{**db, settings, prompts, ws.clock, {}, std::nullopt, changes};
    ui::MainWindow window(session);
    window.show();
    auto* readOnly = window.findChild<QLabel*>(QStringLiteral("statusReadOnly"));
    REQUIRE(readOnly);
    CHECK(readOnly->isVisible());
    CHECK(readOnly->toolTip().contains(QStringLiteral("write-protected")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusOfficer"))->text() ==
          QStringLiteral("No current officer"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}
