// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The CLI commands of the working-day calendar: importing a holiday table and the deadline
// counting setting.
#include "app/cli/clicommands.h"
#include "core/clock.h"
#include "core/services/calendarservice.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace lp::cli {

using services::CalendarService;

int CliCommands::importHolidays(const Context& context)
{
    const QString file = context.positional.at(2);
    if (context.dryRun) {
        auto years = CalendarService::readTable(file);
        if (!years)
            return failed(years.error());
        QStringList numbers;
        for (const domain::CalendarYear& year : std::as_const(*years))
            numbers.append(QString::number(year.year));
        m_output.line(tr("%1 is a good holiday table of %2; nothing was written (--dry-run).")
                          .arg(shownPath(file), numbers.join(u", "_s)));
        return ExitOk;
    }
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    auto actor = resolveActor(**database, context);
    if (!actor)
        return failed(actor.error());
    auto summary = CalendarService::importTable(**database, file, *actor);
    if (!summary)
        return failed(summary.error());
    QStringList years;
    for (int year : std::as_const(summary->years))
        years.append(QString::number(year));
    m_output.line(tr("Imported the holiday table of %1 from %2: %3 day(s) off, %4 make-up "
                     "workday(s).")
                      .arg(years.join(u", "_s), shownPath(file))
                      .arg(summary->holidays)
                      .arg(summary->workdays));
    auto calendar = CalendarService::calendar(**database);
    if (!calendar)
        return failed(calendar.error());
    m_output.line(tr("The holiday table now covers %1–%2.")
                      .arg(calendar->firstYear())
                      .arg(calendar->lastYear()));
    if (const QString warning = CalendarService::coverageWarning(*calendar, m_clock.today());
        !warning.isEmpty())
        m_output.error(warning);
    return ExitOk;
}

int CliCommands::deadlineCounting(const Context& context)
{
    std::optional<domain::DeadlineCounting> wanted;
    if (context.positional.size() == 3) {
        wanted = domain::deadlineCountingFromCode(context.positional.at(2));
        if (!wanted) {
            return usage(tr("settings deadline-counting takes calendar or working, not \"%1\".")
                             .arg(context.positional.at(2)));
        }
    }
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    if (wanted) {
        auto actor = resolveActor(**database, context);
        if (!actor)
            return failed(actor.error());
        if (auto set = CalendarService::setCounting(**database, *wanted, *actor); !set)
            return failed(set.error());
    }
    auto counting = CalendarService::counting(**database);
    if (!counting)
        return failed(counting.error());
    // The code alone on the first line, for scripts; then what it means.
    m_output.line(domain::deadlineCountingCode(*counting));
    m_output.line(tr("%1: %2").arg(CalendarService::countingName(*counting),
                                   CalendarService::countingExplanation(*counting)));
    return ExitOk;
}

} // namespace lp::cli
