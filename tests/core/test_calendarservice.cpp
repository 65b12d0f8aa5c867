// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The calendar of a database file: imported holiday tables (all or nothing, audited, replacing
// the shipped years), the deadline counting setting and the coverage warning.
#include <QJsonArray>

#include "core/services/calendarservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/districtrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/transaction.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::domain;
using namespace lp::test;
using namespace Qt::StringLiterals;
using services::CalendarService;

namespace {

// A function, not a global: Actor's prefix is a global of another file.
Actor alice()
{
    return Actor::commandLine(u"alice"_s);
}

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString writeTable(Workspace& ws, const QString& name, const QString& text)
{
    const QString path = ws.path(name);
    writeBytes(path, text.toUtf8());
    return path;
}

// A 2027 table in the shipped format (made up: no 2027 notice is known).
const QString k2027 = u"# a newer table\n"
                      "2027\tsource\t国务院办公厅关于2027年部分节假日安排的通知（测试）\n"
                      "2027\t2027-01-01\tholiday\t元旦\n"
                      "2027\t2027-02-05\tholiday\t春节\n"
                      "2027\t2027-02-08\tholiday\t春节\n"
                      "2027\t2027-02-20\tworkday\t春节\n"_s;

int count(storage::Database& db, const QString& sql)
{
    return scalar(db, sql).toInt();
}

void addDistrict(Workspace& ws, storage::Database& db)
{
    auto transaction = storage::Transaction::begin(db);
    REQUIRE_OK(transaction);
    storage::RecordWriter writer(transaction->connection(), ws.clock, Actor::system());
    REQUIRE_OK(storage::DistrictRepository::insert(writer, u"陈仓区"_s));
    REQUIRE_OK(transaction->commit());
}

} // namespace

TEST_CASE("CalendarService: a new file uses the shipped table")
{
    Workspace ws;
    auto db = ws.open();
    auto calendar = CalendarService::calendar(*db);
    REQUIRE_OK(calendar);
    CHECK(calendar->firstYear() == 2015);
    CHECK(calendar->lastYear() == 2026);
    auto origins = CalendarService::origins(*db);
    REQUIRE_OK(origins);
    REQUIRE(origins->size() == 12);
    CHECK_FALSE(origins->last().imported);
    CHECK(origins->last().source.contains(u"国办发明电〔2025〕7号"_s));
}

TEST_CASE("CalendarService: an imported year extends the table and is audited as one batch")
{
    Workspace ws;
    auto db = ws.open();
    const int auditBefore = count(*db, u"SELECT count(*) FROM audit_log"_s);
    auto summary = CalendarService::importTable(*db, writeTable(ws, u"2027.tsv"_s, k2027), alice());
    REQUIRE_OK(summary);
    CHECK(summary->years == QList<int>{2027});
    CHECK(summary->holidays == 3);
    CHECK(summary->workdays == 1);

    auto calendar = CalendarService::calendar(*db);
    REQUIRE_OK(calendar);
    CHECK(calendar->lastYear() == 2027);
    CHECK_FALSE(calendar->isWorkday(d("2027-02-08")));
    CHECK(calendar->isWorkday(d("2027-02-20")));
    CHECK(calendar->deadline(d("2027-02-04"), 1, DeadlineCounting::CalendarDays) ==
          d("2027-02-09"));

    CHECK(count(*db, u"SELECT count(*) FROM audit_log"_s) == auditBefore + 1);
    CHECK(scalar(*db, u"SELECT table_name || ' ' || action || ' ' || actor FROM audit_log "
                      "ORDER BY id DESC LIMIT 1"_s)
              .toString() == u"calendar_years batch cli:alice"_s);
    const QString note =
        scalar(*db, u"SELECT note FROM audit_log ORDER BY id DESC LIMIT 1"_s).toString();
    CHECK(note.contains(u"2027.tsv"_s));
    CHECK(note.contains(u"2027 (国务院办公厅关于2027年"_s));
    CHECK(scalar(*db, u"SELECT imported_by FROM calendar_years WHERE year = 2027"_s).toString() ==
          u"cli:alice"_s);

    auto origins = CalendarService::origins(*db);
    REQUIRE_OK(origins);
    CHECK(origins->last().year == 2027);
    CHECK(origins->last().imported);
    CHECK(origins->last().importedAt == testNow());
}

TEST_CASE("CalendarService: an imported year replaces the shipped year as a whole")
{
    Workspace ws;
    auto db = ws.open();
    const QString corrected = u"2026\tsource\ta corrected 2026 notice\n"
                              "2026\t2026-10-01\tholiday\t国庆节\n"
                              "2026\t2026-10-08\tholiday\t国庆节\n"_s;
    REQUIRE_OK(CalendarService::importTable(*db, writeTable(ws, u"fix.tsv"_s, corrected), alice()));
    auto calendar = CalendarService::calendar(*db);
    REQUIRE_OK(calendar);
    CHECK_FALSE(calendar->isWorkday(d("2026-10-08")));
    CHECK(calendar->isWorkday(d("2026-10-02"))); // only the imported days count now
    CHECK(calendar->isWorkday(d("2026-02-16")));
    CHECK_FALSE(calendar->isWorkday(d("2025-10-02"))); // 2025 is still the shipped year
    auto origins = CalendarService::origins(*db);
    REQUIRE_OK(origins);
    REQUIRE(origins->size() == 12);
    CHECK(origins->last().imported);
    CHECK(origins->last().source == u"a corrected 2026 notice"_s);
    CHECK_FALSE(origins->first().imported);

    // Importing the year again replaces the imported one.
    const QString again = u"2026\tsource\tthe third version\n2026\t2026-10-09\tholiday\t国庆节\n"_s;
    REQUIRE_OK(CalendarService::importTable(*db, writeTable(ws, u"again.tsv"_s, again), alice()));
    CHECK(count(*db, u"SELECT count(*) FROM calendar_days"_s) == 1);
    CHECK(scalar(*db, u"SELECT source FROM calendar_years"_s).toString() == u"the third version"_s);
}

TEST_CASE("CalendarService: a file with one bad line is refused whole and changes nothing")
{
    Workspace ws;
    auto db = ws.open();
    REQUIRE_OK(CalendarService::importTable(*db, writeTable(ws, u"2027.tsv"_s, k2027), alice()));
    const int audit = count(*db, u"SELECT count(*) FROM audit_log"_s);
    const QString days = scalar(*db, u"SELECT group_concat(day || kind || name) FROM "
                                     "(SELECT * FROM calendar_days ORDER BY day)"_s)
                             .toString();

    const QString bad = u"2027\tsource\ta new 2027\n"
                        "2027\t2027-01-01\tholiday\t元旦\n"
                        "2028\tsource\t2028\n"
                        "2028\t2028-01-01\tholiday\t元旦\n"
                        "2028\t2028-02-31\tholiday\t春节\n"_s;
    const QString path = writeTable(ws, u"bad.tsv"_s, bad);
    auto refused = CalendarService::importTable(*db, path, alice());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"Line 5:"_s));
    CHECK(refused.error().message.contains(u"bad.tsv"_s));
    CHECK(refused.error().message.contains(u"nothing was changed"_s));

    CHECK(count(*db, u"SELECT count(*) FROM audit_log"_s) == audit);
    CHECK(count(*db, u"SELECT count(*) FROM calendar_years"_s) == 1);
    CHECK(scalar(*db, u"SELECT source FROM calendar_years"_s).toString().contains(u"测试"_s));
    CHECK(scalar(*db, u"SELECT group_concat(day || kind || name) FROM "
                      "(SELECT * FROM calendar_days ORDER BY day)"_s)
              .toString() == days);
}

TEST_CASE("CalendarService: a day already under another imported year refuses the import")
{
    Workspace ws;
    auto db = ws.open();
    const QString y2028 = u"2028\tsource\tthe 2028 notice\n2028\t2027-12-31\tholiday\t元旦\n"_s;
    REQUIRE_OK(CalendarService::importTable(*db, writeTable(ws, u"2028.tsv"_s, y2028), alice()));
    const QString y2027 = k2027 + u"2027\t2027-12-31\tholiday\t元旦\n"_s;
    auto refused = CalendarService::importTable(*db, writeTable(ws, u"x.tsv"_s, y2027), alice());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(u"2027-12-31 is already listed under the imported "
                                           "year 2028"_s));
    CHECK(count(*db, u"SELECT count(*) FROM calendar_years"_s) == 1);
    CHECK(count(*db, u"SELECT count(*) FROM audit_log WHERE table_name = 'calendar_years'"_s) == 1);
}

TEST_CASE("CalendarService: missing, oversized and non-UTF-8 files are refused with their name")
{
    Workspace ws;
    auto db = ws.open();
    auto missing = CalendarService::importTable(*db, ws.path(u"nowhere.tsv"_s), alice());
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(u"nowhere.tsv"_s));

    const QString gbk = ws.path(u"gbk.tsv"_s);
    writeBytes(gbk, QByteArray("2027\tsource\t\xb9\xfa\xce\xf1\xd4\xba\n"));
    auto notUtf8 = CalendarService::importTable(*db, gbk, alice());
    REQUIRE_FALSE(notUtf8.has_value());
    CHECK(notUtf8.error().message.contains(u"not UTF-8"_s));

    const QString big = ws.path(u"big.tsv"_s);
    writeBytes(big, QByteArray(2 * 1024 * 1024, '#'));
    auto tooBig = CalendarService::importTable(*db, big, alice());
    REQUIRE_FALSE(tooBig.has_value());
    CHECK(tooBig.error().message.contains(u"larger than 1 MB"_s));
    CHECK(count(*db, u"SELECT count(*) FROM calendar_years"_s) == 0);
}

TEST_CASE("CalendarService: the counting is calendar days until set, and setting it is audited")
{
    Workspace ws;
    auto db = ws.open();
    // A brand-new file has no district: calendar days, and nothing to set.
    auto before = CalendarService::counting(*db);
    REQUIRE_OK(before);
    CHECK(*before == DeadlineCounting::CalendarDays);
    auto refused = CalendarService::setCounting(*db, DeadlineCounting::WorkingDays, alice());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(u"no district"_s));

    addDistrict(ws, *db);
    const int audit = count(*db, u"SELECT count(*) FROM audit_log"_s);
    REQUIRE_OK(CalendarService::setCounting(*db, DeadlineCounting::WorkingDays, alice()));
    auto after = CalendarService::counting(*db);
    REQUIRE_OK(after);
    CHECK(*after == DeadlineCounting::WorkingDays);
    CHECK(scalar(*db, u"SELECT deadline_counting FROM district"_s).toString() == u"working"_s);
    CHECK(count(*db, u"SELECT count(*) FROM audit_log"_s) == audit + 1);

    const QString districtId = scalar(*db, u"SELECT id FROM district"_s).toString();
    auto history = storage::AuditLog::history(db->connection(), u"district"_s, districtId);
    REQUIRE_OK(history);
    REQUIRE_FALSE(history->isEmpty());
    const storage::AuditEntry& last = history->last();
    CHECK(last.action == u"update"_s);
    CHECK(last.actor == u"cli:alice"_s);
    CHECK(last.changes.value(u"deadline_counting"_s).toArray() ==
          QJsonArray{u"calendar"_s, u"working"_s});

    // Setting the same value again writes nothing.
    REQUIRE_OK(CalendarService::setCounting(*db, DeadlineCounting::WorkingDays, alice()));
    CHECK(count(*db, u"SELECT count(*) FROM audit_log"_s) == audit + 1);
}

TEST_CASE("CalendarService: the coverage warning appears past the table and in December "
          "without next year")
{
    auto shipped = WorkCalendar::builtIn();
    REQUIRE_OK(shipped);
    CHECK(CalendarService::coverageWarning(*shipped, d("2026-11-22")).isEmpty());
    CHECK(CalendarService::coverageWarning(*shipped, d("2026-11-30")).isEmpty());
    const QString december = CalendarService::coverageWarning(*shipped, d("2026-12-01"));
    CHECK(december.contains(u"no 2027 yet"_s));
    CHECK(december.contains(u"only Saturdays and Sundays"_s));
    CHECK(december.contains(u"import holidays"_s));
    const QString past = CalendarService::coverageWarning(*shipped, d("2027-01-04"));
    CHECK(past.contains(u"ends with 2026"_s));
    CHECK(past.contains(u"Settings"_s));

    WorkCalendar extended = *shipped;
    auto y2027 = WorkCalendar::parse(k2027);
    REQUIRE_OK(y2027);
    extended.replaceYears(*y2027);
    CHECK(CalendarService::coverageWarning(extended, d("2026-12-15")).isEmpty());
    CHECK(CalendarService::coverageWarning(extended, d("2027-06-01")).isEmpty());
    CHECK_FALSE(CalendarService::coverageWarning(WorkCalendar(), d("2026-06-01")).isEmpty());
}
