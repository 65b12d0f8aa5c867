// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTimer>

#include "core/services/setupservice.h"
#include "core/settings/appsettings.h"
#include "core/settings/translations.h"
#include "core/storage/backups.h"
#include "core/storage/districtrepository.h"
#include "core/storage/officerrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/transaction.h"
#include "tests/testsupport.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/appcontroller.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

using namespace lp;
using namespace lp::test;

namespace {

// A controller on a fresh profile: its own settings file, English unless a test switches.
struct Fixture {
    Workspace ws;
    settings::AppSettings settings{ws.path(QStringLiteral("settings.ini"))};
    settings::Translations translations;
    ScriptedPrompts prompts;
    ui::AppController controller{settings, translations, prompts, ws.clock};

    Fixture() { settings.setLanguage(settings::Language::English); }
    ~Fixture() { translations.apply(settings::Language::English); }
};

} // namespace

TEST_CASE("AppController: the first start creates the district, the units and the officer")
{
    Fixture f;
    services::FirstStartInput refused = chencangAnswers();
    refused.officer.code = QStringLiteral("Wang Lei"); // not a valid code
    f.prompts.firstStartAnswers = {refused, chencangAnswers()};
    const QString path = f.ws.path(QStringLiteral("district.sqlite"));

    REQUIRE(f.controller.start(path));
    // The refused answers came back with the reason, and as they were typed.
    REQUIRE(f.prompts.firstStartProblems.size() == 2);
    CHECK(f.prompts.firstStartProblems[0].isEmpty());
    CHECK(f.prompts.firstStartProblems[1].contains(QStringLiteral("Your code")));
    CHECK(f.prompts.firstStartProposals[1].officer.code == QStringLiteral("Wang Lei"));
    CHECK(f.prompts.firstStartProposals[0].units.size() == 5);

    storage::Database& db = *f.controller.database();
    auto district = storage::DistrictRepository(db.connection()).current();
    REQUIRE_OK(district);
    REQUIRE(district->has_value());
    CHECK((*district)->name == QStringLiteral("陈仓区"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM units")).toInt() == 5);
    CHECK(scalar(db, QStringLiteral("SELECT name FROM units WHERE code = 'fy'")).toString() ==
          QStringLiteral("陈仓区人民法院"));
    auto officer =
        storage::OfficerRepository(db.connection()).findByCode(QStringLiteral("wanglei"));
    REQUIRE_OK(officer);
    REQUIRE(officer->has_value());
    CHECK((*officer)->unitId ==
          scalar(db, QStringLiteral("SELECT id FROM units WHERE code = 'fy'")).toString());
    CHECK(f.settings.currentOfficer(db.path()) == (*officer)->id);

    ui::MainWindow* window = f.controller.window();
    REQUIRE(window);
    CHECK(window->isVisible());
    CHECK(window->windowTitle().contains(QStringLiteral("陈仓区")));
    CHECK(window->findChild<QLabel*>(QStringLiteral("statusOfficer"))->text() ==
          QStringLiteral("Officer: 王磊"));
}

TEST_CASE("AppController: a new file offers the demonstration, which fills it instead of the "
          "first start and works as the committee's first officer")
{
    Fixture f;
    f.prompts.demoAnswer = true;
    const QString path = f.ws.path(QStringLiteral("try.sqlite"));
    REQUIRE(f.controller.start(path));
    CHECK(f.prompts.demoOffers == 1);
    CHECK(f.prompts.firstStartProposals.isEmpty());
    REQUIRE(f.controller.session() != nullptr);
    REQUIRE(f.controller.session()->officer.has_value());
    CHECK(f.controller.session()->officer->code == QStringLiteral("zfw01"));
    CHECK(rawValue(path, QStringLiteral("SELECT count(*) FROM enterprises")).toInt() == 200);
}

TEST_CASE("AppController: a file with units from init is not offered the demonstration")
{
    Fixture f;
    const QString path = f.ws.path(QStringLiteral("init.sqlite"));
    {
        auto db = f.ws.open(QStringLiteral("init.sqlite"));
        REQUIRE_OK(services::SetupService(*db).createDefaultUnits(Actor::system()));
    }
    f.prompts.demoAnswer = true;
    f.prompts.firstStartAnswers = {chencangAnswers()};
    REQUIRE(f.controller.start(path));
    CHECK(f.prompts.demoOffers == 0);
    CHECK(f.prompts.firstStartProposals.size() == 1);
}

TEST_CASE("AppController: giving up the first start quits without a window")
{
    Fixture f;
    CHECK_FALSE(f.controller.start(f.ws.path(QStringLiteral("district.sqlite"))));
    CHECK(f.controller.window() == nullptr);
    CHECK(f.prompts.firstStartProposals.size() == 1);
}

TEST_CASE("AppController: a file that cannot be opened shows the message, and another can be "
          "chosen")
{
    Fixture f;
    const QString text = f.ws.path(QStringLiteral("minutes.txt"));
    writeBytes(text, "会议纪要");
    const QString good = f.ws.path(QStringLiteral("good.sqlite"));
    f.prompts.openFailureAnswers = {ui::OpenFailureChoice::ChooseAnother};
    f.prompts.databaseFileAnswers = {good};
    f.prompts.firstStartAnswers = {chencangAnswers()};

    REQUIRE(f.controller.start(text));
    REQUIRE(f.prompts.openFailureMessages.size() == 1);
    CHECK(f.prompts.openFailureMessages[0].contains(QStringLiteral("is not a LinkPoint database")));
    CHECK(f.controller.database()->path() == QFileInfo(good).absoluteFilePath());
    CHECK(readBytes(text) == QByteArray("会议纪要"));
    CHECK(f.controller.window());
}

TEST_CASE("AppController: quitting at an unopenable file ends cleanly")
{
    Fixture f;
    const QString text = f.ws.path(QStringLiteral("minutes.txt"));
    writeBytes(text, "not a database");
    f.prompts.openFailureAnswers = {ui::OpenFailureChoice::Quit};
    CHECK_FALSE(f.controller.start(text));
    CHECK(f.controller.window() == nullptr);
    CHECK(f.controller.database() == nullptr);
    CHECK(f.prompts.openFailureMessages.size() == 1);
}

TEST_CASE("AppController: a backup can be restored in place of a damaged file")
{
    Fixture f;
    const QString path = f.ws.path(QStringLiteral("district.sqlite"));
    const QString backup = f.ws.path(QStringLiteral("backup.sqlite"));
    {
        auto db = f.ws.open(QStringLiteral("district.sqlite"));
        REQUIRE_OK(services::SetupService(*db).completeFirstStart(chencangAnswers()));
        REQUIRE_OK(storage::Backups::create(*db, backup));
    }
    rawExec(path, QStringLiteral("PRAGMA journal_mode=DELETE"));
    QByteArray damaged = readBytes(path);
    damaged.truncate(damaged.size() / 2);
    writeBytes(path, damaged);

    f.prompts.openFailureAnswers = {ui::OpenFailureChoice::RestoreBackup};
    f.prompts.backupToRestoreAnswers = {backup};
    REQUIRE(f.controller.start(path));
    CHECK(f.prompts.openFailureMessages.value(0).contains(QStringLiteral("cut short")));
    REQUIRE(f.prompts.informed.size() == 1);
    CHECK(f.prompts.informed[0].contains(QStringLiteral(".unreadable-")));
    CHECK(f.prompts.firstStartProposals.isEmpty()); // the backup had its district
    CHECK(
        scalar(*f.controller.database(), QStringLiteral("SELECT count(*) FROM officers")).toInt() ==
        1);
    const QStringList kept =
        QDir(f.ws.dir.path()).entryList({QStringLiteral("district.unreadable-*.sqlite")});
    REQUIRE(kept.size() == 1);
    CHECK(readBytes(f.ws.dir.filePath(kept[0])) == damaged);
}

TEST_CASE("AppController: switching the language rebuilds the window in that language")
{
    Fixture f;
    f.prompts.firstStartAnswers = {chencangAnswers()};
    REQUIRE(f.controller.start(f.ws.path(QStringLiteral("district.sqlite"))));
    // The first and last pages; those between have titles of their own (see MainWindow's test).
    CHECK(f.controller.window()->pageTitles().first() == QStringLiteral("Dashboard"));
    CHECK(f.controller.window()->pageTitles().last() == QStringLiteral("Data and backups"));
    f.controller.window()->showPage(1);

    f.controller.changeLanguage(settings::Language::Chinese);
    CHECK(f.settings.language() == settings::Language::Chinese);
    ui::MainWindow* window = f.controller.window();
    CHECK(window->pageTitles().first() == QStringLiteral("工作台"));
    CHECK(window->pageTitles().last() == QStringLiteral("数据与备份"));
    CHECK(window->currentPage() == 1); // still on the page the user was on
    CHECK(window->menuBar()->actions().first()->text() == QStringLiteral("文件(&F)"));
    CHECK(window->findChild<QLabel*>(QStringLiteral("statusOfficer"))->text() ==
          QStringLiteral("干警：王磊"));

    f.controller.changeLanguage(settings::Language::English);
    CHECK(f.controller.window()->pageTitles().first() == QStringLiteral("Dashboard"));
}

TEST_CASE("AppController: settings change the current officer and are remembered")
{
    Fixture f;
    f.prompts.firstStartAnswers = {chencangAnswers()};
    const QString path = f.ws.path(QStringLiteral("district.sqlite"));
    REQUIRE(f.controller.start(path));
    storage::Database& db = *f.controller.database();
    QString secondId;
    {
        auto transaction = storage::Transaction::begin(db);
        REQUIRE_OK(transaction);
        storage::RecordWriter writer(transaction->connection(), f.ws.clock, Actor::system());
        auto second = storage::OfficerRepository::insert(
            writer, test::makeOfficer(QStringLiteral("liqing"), QStringLiteral("李青")));
        REQUIRE_OK(second);
        secondId = second->id;
        REQUIRE_OK(transaction->commit());
    }
    const QString backups = f.ws.path(QStringLiteral("backups"));
    f.controller.applySettings({settings::Language::English, path, secondId, backups, {}});
    CHECK(f.controller.session()->officer->name == QStringLiteral("李青"));
    CHECK(f.controller.window()->findChild<QLabel*>(QStringLiteral("statusOfficer"))->text() ==
          QStringLiteral("Officer: 李青"));
    CHECK(f.settings.currentOfficer(path) == secondId);
    CHECK(f.settings.backupFolder() == backups);
}

TEST_CASE("AppController: choosing another language in the settings dialog rebuilds the window")
{
    Fixture f;
    f.prompts.firstStartAnswers = {chencangAnswers()};
    REQUIRE(f.controller.start(f.ws.path(QStringLiteral("district.sqlite"))));
    bool answered = false;
    // Once the dialog runs its own event loop: pick Chinese and press OK.
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&answered, &answer] {
        auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer.stop();
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("language"));
        language->setCurrentIndex(
            language->findData(settings::languageCode(settings::Language::Chinese)));
        dialog->accept();
        answered = true;
    });
    answer.start(10);
    Q_EMIT f.controller.window()->settingsRequested();
    // (QtTest's QTRY_ macros would fail silently inside Catch2: wait by hand.)
    QElapsedTimer waited;
    waited.start();
    while (f.settings.language() != settings::Language::Chinese && waited.elapsed() < 5000)
        QTest::qWait(20);
    QTest::qWait(50);
    REQUIRE(f.settings.language() == settings::Language::Chinese);
    CHECK(answered);
    REQUIRE(f.controller.window());
    CHECK(f.controller.window()->pageTitles().first() == QStringLiteral("工作台"));
}
