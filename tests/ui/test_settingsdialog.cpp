// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The settings dialog's Deadlines group: the counting choice it returns, the holiday table it
// describes, its coverage warning and the import button; and the controller applying the
// choice to the open file.
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

#include "core/services/calendarservice.h"
#include "core/settings/appsettings.h"
#include "core/settings/translations.h"
#include "tests/testsupport.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/appcontroller.h"
#include "ui/dialogs/settingsdialog.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;
using domain::DeadlineCounting;

namespace {

ui::SettingsChoice currentChoice()
{
    return {settings::Language::English, u"/tmp/x.sqlite"_s, {}, {}, DeadlineCounting::WorkingDays};
}

ui::DeadlineSettings shippedDeadlines(const QString& warning)
{
    QList<services::CalendarYearOrigin> years;
    for (int year = 2015; year <= 2026; ++year)
        years.append({year, u"notice %1"_s.arg(year), false, {}, {}});
    return {DeadlineCounting::WorkingDays, years, warning, {}};
}

template <typename T>
T* child(QWidget& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("SettingsDialog: the Deadlines group shows the counting, the table and the warning, "
          "and returns the choice")
{
    ScriptedPrompts prompts;
    ui::SettingsDialog dialog(currentChoice(), {}, prompts, nullptr,
                              shippedDeadlines(u"The holiday table has no 2027 yet."_s));
    auto* working = child<QRadioButton>(dialog, u"countingWorking"_s);
    auto* calendar = child<QRadioButton>(dialog, u"countingCalendar"_s);
    CHECK(working->isChecked());
    CHECK_FALSE(calendar->isChecked());
    const QString coverage = child<QLabel>(dialog, u"holidayCoverage"_s)->text();
    CHECK(coverage.contains(u"2015 to 2026"_s));
    CHECK(coverage.contains(u"2015–2026: built into LinkPoint"_s));
    auto* warning = child<QLabel>(dialog, u"holidayCoverageWarning"_s);
    CHECK(warning->text() == u"The holiday table has no 2027 yet."_s);
    CHECK_FALSE(warning->isHidden());
    CHECK(dialog.choice().deadlineCounting == DeadlineCounting::WorkingDays);

    calendar->setChecked(true);
    CHECK(dialog.choice().deadlineCounting == DeadlineCounting::CalendarDays);
}

TEST_CASE("SettingsDialog: without a warning the warning is hidden, without a database there is "
          "no group")
{
    ScriptedPrompts prompts;
    ui::SettingsDialog quiet(currentChoice(), {}, prompts, nullptr, shippedDeadlines({}));
    CHECK(child<QLabel>(quiet, u"holidayCoverageWarning"_s)->isHidden());

    ui::SettingsDialog plain(currentChoice(), {}, prompts);
    CHECK_FALSE(plain.findChild<QGroupBox*>(u"deadlines"_s));
    CHECK_FALSE(plain.choice().deadlineCounting.has_value());
}

TEST_CASE("SettingsDialog: importing a table shows the refusal naming the line, or the new years")
{
    ScriptedPrompts prompts;
    QStringList asked;
    bool accept = false;
    auto importer = [&](const QString& path) -> Result<ui::DeadlineSettings> {
        asked.append(path);
        if (!accept)
            return fail(ErrorCode::InvalidInput, u"t.tsv was not imported. Line 4: bad date"_s);
        ui::DeadlineSettings after = shippedDeadlines({});
        after.years.append({2027, u"notice 2027"_s, true, testNow(), u"王磊"_s});
        return after;
    };
    ui::SettingsDialog dialog(currentChoice(), {}, prompts, nullptr, shippedDeadlines(u"warning"_s),
                              importer);
    auto* button = child<QPushButton>(dialog, u"importHolidays"_s);

    button->click(); // the file dialog is cancelled: nothing happens
    CHECK(asked.isEmpty());

    prompts.holidayTableAnswers = {u"/data/t.tsv"_s};
    button->click();
    CHECK(asked == QStringList{u"/data/t.tsv"_s});
    REQUIRE(prompts.warned.size() == 1);
    CHECK(prompts.warned.first().contains(u"Line 4"_s));
    CHECK(child<QLabel>(dialog, u"holidayCoverageWarning"_s)->text() == u"warning"_s);

    accept = true;
    prompts.holidayTableAnswers = {u"/data/t2.tsv"_s};
    button->click();
    const QString coverage = child<QLabel>(dialog, u"holidayCoverage"_s)->text();
    CHECK(coverage.contains(u"2015 to 2027"_s));
    CHECK(coverage.contains(u"2027: imported on"_s));
    CHECK(coverage.contains(u"by 王磊, from notice 2027"_s));
    CHECK(child<QLabel>(dialog, u"holidayCoverageWarning"_s)->isHidden());
    REQUIRE(prompts.informed.size() == 1);
}

TEST_CASE("SettingsDialog: a read-only file disables the counting and the import")
{
    ScriptedPrompts prompts;
    ui::DeadlineSettings readOnly = shippedDeadlines({});
    readOnly.readOnlyReason = u"The file is read-only."_s;
    ui::SettingsDialog dialog(currentChoice(), {}, prompts, nullptr, readOnly, [](const QString&) {
        return Result<ui::DeadlineSettings>(ui::DeadlineSettings{});
    });
    CHECK_FALSE(child<QRadioButton>(dialog, u"countingCalendar"_s)->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, u"importHolidays"_s)->isEnabled());
    CHECK(child<QPushButton>(dialog, u"importHolidays"_s)->toolTip() ==
          u"The file is read-only."_s);
}

TEST_CASE("AppController: the deadline counting chosen in the settings is written to the file")
{
    Workspace ws;
    settings::AppSettings appSettings{ws.path(u"settings.ini"_s)};
    appSettings.setLanguage(settings::Language::English);
    settings::Translations translations;
    ScriptedPrompts prompts;
    prompts.firstStartAnswers = {chencangAnswers()};
    ui::AppController controller{appSettings, translations, prompts, ws.clock};
    const QString path = ws.path(u"district.sqlite"_s);
    REQUIRE(controller.start(path));
    storage::Database& db = *controller.database();
    REQUIRE(*services::CalendarService::counting(db) == DeadlineCounting::CalendarDays);

    controller.applySettings(
        {settings::Language::English, path, {}, {}, DeadlineCounting::WorkingDays});
    auto counting = services::CalendarService::counting(db);
    REQUIRE_OK(counting);
    CHECK(*counting == DeadlineCounting::WorkingDays);
    CHECK(prompts.warned.isEmpty());
    CHECK(scalar(db, u"SELECT count(*) FROM audit_log WHERE table_name = 'district' AND "
                     "action = 'update'"_s)
              .toInt() == 1);
}
