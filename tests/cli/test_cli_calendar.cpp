// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The calendar commands of linkpoint-cli: import holidays and settings deadline-counting.
#include "core/storage/districtrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/transaction.h"
#include "tests/cli/clirunner.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

QString writeTable(Workspace& ws, const QString& name, const QString& text)
{
    const QString path = ws.path(name);
    writeBytes(path, text.toUtf8());
    return path;
}

const QString k2027 = u"2027\tsource\t国务院办公厅关于2027年部分节假日安排的通知（测试）\n"
                      "2027\t2027-01-01\tholiday\t元旦\n"
                      "2027\t2027-02-20\tworkday\t春节\n"_s;

// A file with a district, made in-process and closed before the command line opens it.
QString fileWithDistrict(Workspace& ws)
{
    auto db = ws.open();
    auto transaction = storage::Transaction::begin(*db);
    REQUIRE_OK(transaction);
    storage::RecordWriter writer(transaction->connection(), ws.clock, Actor::system());
    REQUIRE_OK(storage::DistrictRepository::insert(writer, u"陈仓区"_s));
    REQUIRE_OK(transaction->commit());
    return db->path();
}

int years(const QString& path)
{
    return rawValue(path, u"SELECT count(*) FROM calendar_years"_s).toInt();
}

} // namespace

TEST_CASE("CLI import holidays: prints the years imported and the table's new extent")
{
    Workspace ws;
    const QString db = ws.path();
    const Run run =
        cli(withDb(db, {u"import"_s, u"holidays"_s, writeTable(ws, u"t.tsv"_s, k2027)}));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Imported the holiday table of 2027"_s));
    CHECK(run.out.contains(u"1 day(s) off, 1 make-up workday(s)"_s));
    CHECK(run.out.contains(u"now covers 2015–2027"_s));
    CHECK(years(db) == 1);
    CHECK(
        rawValue(db, u"SELECT imported_by FROM calendar_years"_s).toString().startsWith(u"cli:"_s));
}

TEST_CASE("CLI import holidays: a bad line exits 1 naming the line, and nothing is written")
{
    Workspace ws;
    const QString db = ws.path();
    REQUIRE(cli(withDb(db, {u"check"_s})).exitCode == 0); // creates the file
    const QString bad = k2027 + u"# next\n2027\t2027-02-22\tworkday\t春节\n"_s;
    const Run run = cli(withDb(db, {u"import"_s, u"holidays"_s, writeTable(ws, u"b.tsv"_s, bad)}));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"Line 5: 2027-02-22 is a Monday"_s));
    CHECK(run.err.contains(u"nothing was changed"_s));
    CHECK(run.out.isEmpty());
    CHECK(years(db) == 0);
    CHECK(rawValue(db, u"SELECT count(*) FROM audit_log WHERE table_name = 'calendar_years'"_s)
              .toInt() == 0);

    const Run missing = cli(withDb(db, {u"import"_s, u"holidays"_s, ws.path(u"missing.tsv"_s)}));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"missing.tsv"_s));
    CHECK(cli(withDb(db, {u"import"_s, u"calendars"_s, ws.path(u"x.tsv"_s)})).exitCode == 2);

    const QString good = writeTable(ws, u"g.tsv"_s, k2027);
    const Run dry = cli(withDb(db, {u"import"_s, u"holidays"_s, good, u"--dry-run"_s}));
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(u"good holiday table of 2027; nothing was written"_s));
    CHECK(years(db) == 0);
}

TEST_CASE("CLI settings deadline-counting: prints the mode and sets it, audited")
{
    Workspace ws;
    const QString db = fileWithDistrict(ws);
    const Run shown = cli(withDb(db, {u"settings"_s, u"deadline-counting"_s}));
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.startsWith(u"calendar\n"_s));
    CHECK(shown.out.contains(u"Calendar days: "_s));

    const Run set = cli(withDb(db, {u"settings"_s, u"deadline-counting"_s, u"working"_s}));
    INFO(set.err.toStdString());
    CHECK(set.exitCode == 0);
    CHECK(set.out.startsWith(u"working\n"_s));
    CHECK(rawValue(db, u"SELECT deadline_counting FROM district"_s).toString() == u"working"_s);
    CHECK(rawValue(db, u"SELECT changes FROM audit_log WHERE table_name = 'district' AND "
                       "action = 'update' ORDER BY id DESC LIMIT 1"_s)
              .toString()
              .contains(u"\"deadline_counting\":[\"calendar\",\"working\"]"_s));
    CHECK(cli(withDb(db, {u"settings"_s, u"deadline-counting"_s})).out.startsWith(u"working\n"_s));

    const Run wrong = cli(withDb(db, {u"settings"_s, u"deadline-counting"_s, u"weekly"_s}));
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(u"calendar or working"_s));
    CHECK(rawValue(db, u"SELECT deadline_counting FROM district"_s).toString() == u"working"_s);
    CHECK(cli(withDb(db, {u"settings"_s, u"colour"_s})).exitCode == 2);
}

TEST_CASE("CLI settings deadline-counting: a file without a district reads calendar and "
          "refuses a change")
{
    Workspace ws;
    const QString db = ws.path();
    const Run shown = cli(withDb(db, {u"settings"_s, u"deadline-counting"_s}));
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.startsWith(u"calendar\n"_s));
    const Run set = cli(withDb(db, {u"settings"_s, u"deadline-counting"_s, u"working"_s}));
    CHECK(set.exitCode == 1);
    CHECK(set.err.contains(u"no district"_s));
}

TEST_CASE("CLI: the help lists the calendar commands")
{
    const Run run = cli({u"--help"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"import holidays FILE [--dry-run]"_s));
    CHECK(run.out.contains(u"settings deadline-counting [calendar|working]"_s));
}
