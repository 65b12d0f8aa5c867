// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLabel>
#include <QSignalSpy>
#include <QTreeWidget>

#include "core/services/changehub.h"
#include "core/services/setupservice.h"
#include "core/settings/appsettings.h"
#include "core/storage/backups.h"
#include "tests/testsupport.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/pages/datapage.h"
#include "ui/session.h"

using namespace lp;
using namespace lp::test;

TEST_CASE("DataPage: backs up through the prompts and shows when")
{
    Workspace ws;
    auto db = ws.open();
    REQUIRE_OK(services::SetupService(*db).completeFirstStart(chencangAnswers()));
    settings::AppSettings settings(ws.path(QStringLiteral("settings.ini")));
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{*db,          settings, prompts, ws.clock, QStringLiteral("陈仓区"),
                        std::nullopt, changes};
    ui::DataPage page(session);
    auto* last = page.findChild<QLabel*>(QStringLiteral("lastBackup"));
    CHECK(last->text().startsWith(QStringLiteral("never")));

    const QString target = ws.path(QStringLiteral("copy.sqlite"));
    prompts.backupTargetAnswers = {target};
    page.backUp();
    REQUIRE(prompts.warned.isEmpty());
    REQUIRE_OK(storage::Backups::validate(target));
    CHECK(rawValue(target, QStringLiteral("SELECT count(*) FROM officers")).toInt() == 1);
    CHECK(settings.lastBackup(db->path()) == ws.clock.now());
    CHECK_FALSE(last->text().startsWith(QStringLiteral("never")));
}

TEST_CASE("DataPage: restore replaces the content after confirming, check lists findings")
{
    Workspace ws;
    auto db = ws.open();
    REQUIRE_OK(services::SetupService(*db).completeFirstStart(chencangAnswers()));
    const QString backup = ws.path(QStringLiteral("before.sqlite"));
    REQUIRE_OK(storage::Backups::create(*db, backup));
    rawExec(db->path(),
            QStringLiteral("UPDATE officers SET name = '改名', version = 2")); // unaudited

    settings::AppSettings settings(ws.path(QStringLiteral("settings.ini")));
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{*db,          settings, prompts, ws.clock, QStringLiteral("陈仓区"),
                        std::nullopt, changes};
    ui::DataPage page(session);

    page.check();
    auto* findings = page.findChild<QTreeWidget*>(QStringLiteral("checkFindings"));
    REQUIRE(findings->topLevelItemCount() >= 5);
    bool flagged = false;
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        flagged = flagged || findings->topLevelItem(i)->text(1).contains(QStringLiteral("audit"));
    CHECK(flagged);

    prompts.confirmAnswer = false;
    prompts.backupToRestoreAnswers = {backup};
    page.restore();
    CHECK(scalar(*db, QStringLiteral("SELECT name FROM officers")).toString() ==
          QStringLiteral("改名"));

    QSignalSpy replaced(&page, &ui::DataPage::databaseReplaced);
    prompts.confirmAnswer = true;
    prompts.backupToRestoreAnswers = {backup};
    page.restore();
    CHECK(replaced.count() == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT name FROM officers")).toString() ==
          QStringLiteral("王磊"));
    REQUIRE(prompts.informed.size() == 1);
    CHECK(prompts.informed[0].contains(QStringLiteral(".replaced-")));
}
