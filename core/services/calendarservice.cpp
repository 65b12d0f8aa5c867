// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/calendarservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include "core/clock.h"
#include "core/services/changehub.h"
#include "core/storage/actornames.h"
#include "core/storage/calendarrepository.h"
#include "core/storage/database.h"
#include "core/storage/districtrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace lp::services {
namespace {

// The shipped table is about 20 KB; a file this large is something else.
constexpr qint64 kMaxTableBytes = 1024 * 1024;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

Result<domain::WorkCalendar> CalendarService::calendar(storage::Database& database)
{
    auto table = domain::WorkCalendar::builtIn();
    if (!table)
        return fail(table.error());
    auto imported = storage::CalendarRepository(database.connection()).years();
    if (!imported)
        return fail(imported.error());
    domain::WorkCalendar calendar = *table;
    calendar.replaceYears(*imported);
    return calendar;
}

Result<QList<CalendarYearOrigin>> CalendarService::origins(storage::Database& database)
{
    auto table = calendar(database);
    if (!table)
        return fail(table.error());
    const QSqlDatabase connection = database.connection();
    auto imports = storage::CalendarRepository(connection).imports();
    if (!imports)
        return fail(imports.error());
    QList<CalendarYearOrigin> origins;
    for (const domain::CalendarYear& year : table->years()) {
        CalendarYearOrigin origin{year.year, year.source, false, {}, {}};
        for (const storage::ImportedYear& imported : std::as_const(*imports)) {
            if (imported.year == year.year) {
                origin.imported = true;
                origin.importedAt = imported.importedAt;
                origin.importedBy =
                    storage::ActorNames::displayName(connection, imported.importedBy);
            }
        }
        origins.append(origin);
    }
    return origins;
}

Result<domain::DeadlineCounting> CalendarService::counting(storage::Database& database)
{
    auto district = storage::DistrictRepository(database.connection()).current();
    if (!district)
        return fail(district.error());
    return district->has_value() ? (*district)->deadlineCounting
                                 : domain::DeadlineCounting::CalendarDays;
}

Result<void> CalendarService::setCounting(storage::Database& database,
                                          domain::DeadlineCounting counting, const Actor& actor,
                                          ChangeHub* changes)
{
    auto transaction = storage::Transaction::begin(database);
    if (!transaction)
        return fail(transaction.error());
    auto district = storage::DistrictRepository(transaction->connection()).current();
    if (!district)
        return fail(district.error());
    if (!district->has_value()) {
        return fail(ErrorCode::NotFound,
                    tr("This file has no district yet, so how its deadlines are counted cannot "
                       "be set. Open the file in LinkPoint and complete the first start (name "
                       "the district), then set it."));
    }
    if ((*district)->deadlineCounting == counting)
        return {};
    storage::RecordWriter writer(transaction->connection(), database.clock(), actor);
    auto saved = storage::DistrictRepository::setDeadlineCounting(writer, **district, counting);
    if (!saved)
        return fail(saved.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    if (changes)
        changes->announce(storage::tables::district().name, {saved->id});
    return {};
}

Result<QList<domain::CalendarYear>> CalendarService::readTable(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return fail(ErrorCode::NotFound,
                    tr("There is no file %1. Check the name and the folder.").arg(shown(path)));
    }
    if (file.size() > kMaxTableBytes) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is not a holiday table: it is larger than 1 MB. A holiday table is a "
                       "text file in the format of the one LinkPoint ships.")
                        .arg(shown(path)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    tr("LinkPoint cannot read %1: %2").arg(shown(path), file.errorString()));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is not UTF-8 text. Save the holiday table as UTF-8 (in Notepad or WPS: "
                       "Save as, encoding UTF-8) and import it again.")
                        .arg(shown(path)));
    }
    auto years = domain::WorkCalendar::parse(text);
    if (!years) {
        Error error = years.error();
        error.message =
            tr("%1 cannot be imported; nothing was changed.\n%2").arg(shown(path), error.message);
        return fail(error);
    }
    return years;
}

Result<ImportSummary> CalendarService::importTable(storage::Database& database, const QString& path,
                                                   const Actor& actor, ChangeHub* changes)
{
    auto years = readTable(path);
    if (!years)
        return fail(years.error());
    auto transaction = storage::Transaction::begin(database);
    if (!transaction)
        return fail(transaction.error());
    storage::RecordWriter writer(transaction->connection(), database.clock(), actor);
    ImportSummary summary;
    QStringList described;
    for (const domain::CalendarYear& year : std::as_const(*years)) {
        summary.years.append(year.year);
        for (const domain::CalendarDay& day : year.days)
            ++(day.holiday ? summary.holidays : summary.workdays);
        described.append(u"%1 (%2)"_s.arg(QString::number(year.year), year.source));
    }
    const QString note = tr("holiday table imported from %1: %2")
                             .arg(QFileInfo(path).fileName(), described.join(u"; "_s));
    if (auto written = storage::CalendarRepository::replaceYears(
            writer, transaction->connection(), *years, database.clock().now(), actor, note);
        !written) {
        Error error = written.error();
        error.message =
            tr("%1 was not imported; nothing was changed.\n%2").arg(shown(path), error.message);
        return fail(error);
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    if (changes)
        changes->announce(storage::tables::calendarYears().name);
    return summary;
}

QString CalendarService::coverageWarning(const domain::WorkCalendar& calendar, const QDate& today)
{
    const QString howToImport =
        tr("Import a newer holiday table under Settings → Deadlines, or with linkpoint-cli import "
           "holidays FILE.");
    const int last = calendar.lastYear();
    if (last == 0) {
        return tr("There is no holiday table: only Saturdays and Sundays count as days off, so "
                  "deadlines may end on public holidays.") +
               u' ' + howToImport;
    }
    if (today.year() > last) {
        return tr("The holiday table ends with %1. For later dates only Saturdays and Sundays "
                  "count as days off, so deadlines may end on public holidays.")
                   .arg(last) +
               u' ' + howToImport;
    }
    if (today.month() == 12 && !calendar.covers(QDate(today.year() + 1, 1, 1))) {
        return tr("The holiday table has no %1 yet. From 1 January %1 only Saturdays and Sundays "
                  "count as days off until a table with %1 is imported; the State Council "
                  "publishes the year's holidays in the autumn.")
                   .arg(today.year() + 1) +
               u' ' + howToImport;
    }
    return {};
}

QString CalendarService::countingName(domain::DeadlineCounting counting)
{
    switch (counting) {
    case domain::DeadlineCounting::CalendarDays:
        return tr("Calendar days");
    case domain::DeadlineCounting::WorkingDays:
        return tr("Working days");
    }
    return {};
}

QString CalendarService::countingExplanation(domain::DeadlineCounting counting)
{
    switch (counting) {
    case domain::DeadlineCounting::CalendarDays:
        return tr("N days after the day a problem is found; a last day on a weekend or public "
                  "holiday moves to the next working day (Civil Code, articles 201 and 203).");
    case domain::DeadlineCounting::WorkingDays:
        return tr("The Nth working day after the day a problem is found, skipping weekends and "
                  "public holidays and counting make-up workdays.");
    }
    return {};
}

} // namespace lp::services
