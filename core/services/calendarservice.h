// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The working-day calendar of a database file and how its deadlines are counted: the holiday
// table LinkPoint ships, with the years imported into the file replacing the shipped ones, and
// the district's choice of calendar or working days. Writes are audited and all-or-nothing.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include "core/actor.h"
#include "core/domain/workcalendar.h"
#include "core/result.h"

namespace lp::storage {
class Database;
}

namespace lp::services {

class ChangeHub;

struct ImportSummary {
    QList<int> years; // the years imported, in order
    int holidays = 0; // days off listed
    int workdays = 0; // make-up workdays listed
};

// One year of the table in use and where it comes from.
struct CalendarYearOrigin {
    int year = 0;
    QString source;        // the notice
    bool imported = false; // false: the table LinkPoint ships
    QDateTime importedAt;  // UTC, when imported
    QString importedBy;    // the actor's display name, when imported
};

class CalendarService final {
    Q_DECLARE_TR_FUNCTIONS(CalendarService)
public:
    // The shipped table with the file's imported years in place of the shipped ones.
    static Result<domain::WorkCalendar> calendar(storage::Database& database);
    // Every year of calendar(), by year.
    static Result<QList<CalendarYearOrigin>> origins(storage::Database& database);

    // CalendarDays while the file has no district yet.
    static Result<domain::DeadlineCounting> counting(storage::Database& database);
    // An audited change of the district record; fails while the file has no district.
    static Result<void> setCounting(storage::Database& database, domain::DeadlineCounting counting,
                                    const Actor& actor, ChangeHub* changes = nullptr);

    // Reads and checks a table in the format of the shipped one, writing nothing; an error names
    // the file and every bad line.
    static Result<QList<domain::CalendarYear>> readTable(const QString& path);
    // Reads a table in the format of the shipped one and writes its years into the file,
    // replacing those years. All or nothing: a bad line refuses the whole file, naming the line.
    static Result<ImportSummary> importTable(storage::Database& database, const QString& path,
                                             const Actor& actor, ChangeHub* changes = nullptr);

    // A warning for people who count deadlines on `today`: non-empty when today is past the
    // table's last year, or in December with next year missing. Translated.
    [[nodiscard]] static QString coverageWarning(const domain::WorkCalendar& calendar,
                                                 const QDate& today);

    [[nodiscard]] static QString countingName(domain::DeadlineCounting counting);
    // One line on how a time limit of N days ends.
    [[nodiscard]] static QString countingExplanation(domain::DeadlineCounting counting);
};

} // namespace lp::services
