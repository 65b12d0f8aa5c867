// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/calendarrepository.h"

#include "core/clock.h"
#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {

Result<QList<domain::CalendarYear>> CalendarRepository::years() const
{
    auto query = runQuery(m_connection,
                          u"SELECT y.year, y.source, d.day, d.kind, d.name FROM calendar_years y "
                          "LEFT JOIN calendar_days d ON d.year = y.year ORDER BY y.year, d.day"_s,
                          {}, tr("reading the imported holiday table"));
    if (!query)
        return fail(query.error());
    QList<domain::CalendarYear> years;
    while (query->next()) {
        const int year = query->value(0).toInt();
        if (years.isEmpty() || years.last().year != year)
            years.append({year, query->value(1).toString(), {}});
        if (query->value(2).isNull())
            continue;
        years.last().days.append({dateFromStored(query->value(2)),
                                  query->value(3).toString() == u"holiday"_s,
                                  query->value(4).toString()});
    }
    return years;
}

Result<QList<ImportedYear>> CalendarRepository::imports() const
{
    auto query = runQuery(
        m_connection,
        u"SELECT year, source, imported_at, imported_by FROM calendar_years ORDER BY year"_s, {},
        tr("reading the imported holiday table"));
    if (!query)
        return fail(query.error());
    QList<ImportedYear> imports;
    while (query->next()) {
        imports.append({query->value(0).toInt(), query->value(1).toString(),
                        fromStoredTimestamp(query->value(2).toString()),
                        query->value(3).toString()});
    }
    return imports;
}

Result<void> CalendarRepository::replaceYears(RecordWriter& writer, const QSqlDatabase& connection,
                                              const QList<domain::CalendarYear>& years,
                                              const QDateTime& importedAt, const Actor& importedBy,
                                              const QString& note)
{
    const QString writing = tr("writing the holiday table");
    if (auto batch = writer.beginBatch(tables::calendarYears(), note); !batch)
        return fail(batch.error());
    for (const domain::CalendarYear& year : years) {
        for (const QString& sql : {u"DELETE FROM calendar_days WHERE year = ?"_s,
                                   u"DELETE FROM calendar_years WHERE year = ?"_s}) {
            if (auto deleted = runQuery(connection, sql, {year.year}, writing); !deleted)
                return fail(deleted.error());
        }
    }
    for (const domain::CalendarYear& year : years) {
        // A day can be listed under one year only (a December day under the next year's notice).
        for (const domain::CalendarDay& day : year.days) {
            auto holder = queryValue(connection, u"SELECT year FROM calendar_days WHERE day = ?"_s,
                                     {storedDate(day.date)}, writing);
            if (!holder)
                return fail(holder.error());
            if (!holder->isNull()) {
                return fail(ErrorCode::Conflict,
                            tr("%1 is already listed under the imported year %2, so it cannot "
                               "be listed under %3 too. Import %2 and %3 together from one "
                               "file, with the day under one of them.")
                                .arg(day.date.toString(Qt::ISODate))
                                .arg(holder->toInt())
                                .arg(year.year));
            }
        }
        if (auto inserted = runQuery(
                connection,
                u"INSERT INTO calendar_years (year, source, imported_at, "
                "imported_by) VALUES (?, ?, ?, ?)"_s,
                {year.year, year.source, toStoredTimestamp(importedAt), importedBy.stored()},
                writing);
            !inserted)
            return fail(inserted.error());
        for (const domain::CalendarDay& day : year.days) {
            auto inserted =
                runQuery(connection,
                         u"INSERT INTO calendar_days (day, year, kind, name) VALUES (?, ?, ?, ?)"_s,
                         {storedDate(day.date), year.year,
                          day.holiday ? u"holiday"_s : u"workday"_s, day.name},
                         writing);
            if (!inserted)
                return fail(inserted.error());
        }
    }
    return {};
}

} // namespace lp::storage
