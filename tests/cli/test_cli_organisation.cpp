// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The organisation commands of linkpoint-cli: demo, import enterprises, and the roster and
// contact-point card exports, read back with pdftotext and python-docx.
#include <QFile>
#include <QFileInfo>

#include "tests/cli/clirunner.h"
#include "tests/core/orgfixtures.h"
#include "tests/reports/reporttestsupport.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

QString demoFile(Workspace& ws, const QString& name = u"demo.sqlite"_s)
{
    const QString path = ws.path(name);
    const Run run = cli(withDb(path, {u"demo"_s, u"--scale"_s, u"small"_s, u"--seed"_s, u"3"_s,
                                      u"--today"_s, u"2026-11-22"_s}));
    REQUIRE(run.exitCode == 0);
    return path;
}

int enterprises(const QString& path)
{
    return rawValue(path, u"SELECT count(*) FROM enterprises WHERE deleted_at IS NULL"_s).toInt();
}

void writeText(const QString& path, const QString& text)
{
    writeBytes(path, text.toUtf8());
}

} // namespace

TEST_CASE("CLI demo: a small district in a new file, refused into a file with records, and "
          "checked clean")
{
    Workspace ws;
    const QString path = demoFile(ws);
    CHECK(enterprises(path) == 200);
    CHECK(rawValue(path, u"SELECT count(*) FROM officers"_s).toInt() == 60);
    CHECK(rawValue(path, u"SELECT count(*) FROM parks"_s).toInt() == 8);
    const int points = rawValue(path, u"SELECT count(*) FROM contact_points"_s).toInt();
    CHECK(points >= 4);
    CHECK(points <= 6);
    CHECK(cli(withDb(path, {u"check"_s})).exitCode == 0);

    const Run again = cli(withDb(path, {u"demo"_s, u"--scale"_s, u"small"_s}));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"already holds records"_s));
    CHECK(enterprises(path) == 200);
    CHECK(cli(withDb(path, {u"demo"_s, u"--scale"_s, u"huge"_s})).exitCode == 2);
    CHECK(cli(withDb(ws.path(u"x.sqlite"_s),
                     {u"demo"_s, u"--scale"_s, u"small"_s, u"--today"_s, u"22.11.2026"_s}))
              .exitCode == 2);
}

TEST_CASE("CLI demo: the same seed and day give the same records, another seed others")
{
    Workspace ws;
    const QString a = demoFile(ws, u"a.sqlite"_s);
    const QString b = demoFile(ws, u"b.sqlite"_s);
    const QString other = ws.path(u"c.sqlite"_s);
    REQUIRE(cli(withDb(other, {u"demo"_s, u"--scale"_s, u"small"_s, u"--seed"_s, u"4"_s,
                               u"--today"_s, u"2026-11-22"_s}))
                .exitCode == 0);
    const QString content =
        u"SELECT group_concat(x, '|') FROM (SELECT e.name || e.credit_code || "
        "ifnull(e.contact_phone, '') || ifnull(e.address, '') || ifnull(e.industry, '') || "
        "ifnull(e.scale, '') || ifnull(p.code, '') || ifnull(c.code, '') || ifnull(o.code, '') || "
        "e.flag_key || e.flag_disputes AS x FROM enterprises e LEFT JOIN parks p ON p.id = "
        "e.park_id LEFT JOIN contact_points c ON c.id = e.contact_point_id LEFT JOIN officers o "
        "ON o.id = e.liaison_officer_id ORDER BY e.credit_code)"_s;
    const QString points = u"SELECT group_concat(code || name || established_on, '|') FROM "
                           "(SELECT * FROM contact_points ORDER BY code)"_s;
    CHECK(rawValue(a, content).toString() == rawValue(b, content).toString());
    CHECK(rawValue(a, points).toString() == rawValue(b, points).toString());
    CHECK(rawValue(a, content).toString() != rawValue(other, content).toString());
    // Dates run back from --today.
    CHECK(rawValue(a, u"SELECT max(established_on) FROM contact_points"_s).toString() <
          u"2026-11-22"_s);
}

TEST_CASE("CLI import: --dry-run writes nothing, a bad file exits 1 naming rows and saving the "
          "report, --create-missing creates the park")
{
    Workspace ws;
    const QString db = ws.path(u"org.sqlite"_s);
    REQUIRE(cli(withDb(db, {u"init"_s})).exitCode == 0);
    const QString good = ws.path(u"good.csv"_s);
    writeText(good, u"企业名称,统一社会信用代码,所属园区\n甲公司,%1,航天产业园\n乙公司,%2,\n"_s.arg(
                        validCreditCode(u"MA6TMM01"_s), validCreditCode(u"MA6TMM02"_s)));

    const Run missing = cli(withDb(db, {u"import"_s, u"enterprises"_s, good, u"--dry-run"_s}));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"Row 2:"_s));
    CHECK(missing.err.contains(u"航天产业园"_s));
    CHECK(QFileInfo::exists(ws.path(u"good.errors.xlsx"_s)));

    const Run dry = cli(
        withDb(db, {u"import"_s, u"enterprises"_s, good, u"--dry-run"_s, u"--create-missing"_s}));
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(u"nothing was written"_s));
    CHECK(enterprises(db) == 0);

    const Run done = cli(withDb(db, {u"import"_s, u"enterprises"_s, good, u"--create-missing"_s}));
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains(u"2 new"_s));
    CHECK(enterprises(db) == 2);
    CHECK(rawValue(db, u"SELECT name FROM parks"_s).toString() == u"航天产业园"_s);
    const Run again = cli(withDb(db, {u"import"_s, u"enterprises"_s, good}));
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"2 unchanged"_s));
    CHECK(enterprises(db) == 2);

    CHECK(cli(withDb(db, {u"import"_s, u"parks"_s, good})).exitCode == 2);
    const Run xls = cli(withDb(db, {u"import"_s, u"enterprises"_s, ws.path(u"old.xls"_s)}));
    CHECK(xls.exitCode == 1);
    CHECK(xls.err.contains(u".xlsx"_s));
}

TEST_CASE("CLI export: the roster as XLSX imports back, as PDF reads back, filtered by park")
{
    Workspace ws;
    const QString db = demoFile(ws);
    const QString xlsx = ws.path(u"roster.xlsx"_s);
    REQUIRE(
        cli(withDb(db, {u"export"_s, u"enterprises"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx}))
            .exitCode == 0);
    const Run back = cli(withDb(db, {u"import"_s, u"enterprises"_s, xlsx, u"--dry-run"_s}));
    CHECK(back.exitCode == 0);
    CHECK(back.out.contains(u"200 row(s): 0 new, 0 to update, 200 unchanged"_s));

    const QString park = rawValue(db, u"SELECT code FROM parks ORDER BY code LIMIT 1"_s).toString();
    const QString parkName =
        rawValue(db, u"SELECT name FROM parks WHERE code = '%1'"_s.arg(park)).toString();
    const QString someone =
        rawValue(db, u"SELECT e.credit_code FROM enterprises e JOIN parks p ON p.id = "
                     "e.park_id WHERE p.code = '%1' LIMIT 1"_s.arg(park))
            .toString();
    const QString pdf = ws.path(u"park.pdf"_s);
    REQUIRE(cli(withDb(db, {u"export"_s, u"enterprises"_s, u"--park"_s, park, u"--format"_s,
                            u"pdf"_s, u"--out"_s, pdf}))
                .exitCode == 0);
    const QString text = squeezed(pdfText(pdf));
    CHECK(text.contains(squeezed(someone)));
    CHECK(text.contains(squeezed(u"Park: "_s + parkName)));

    const Run unknown = cli(withDb(db, {u"export"_s, u"enterprises"_s, u"--park"_s, u"nowhere"_s,
                                        u"--format"_s, u"pdf"_s, u"--out"_s, pdf}));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(park));
}

TEST_CASE("CLI export: the contact-point card as DOCX names the point, its members and its "
          "enterprises")
{
    Workspace ws;
    const QString db = demoFile(ws);
    const QString point =
        rawValue(db, u"SELECT code FROM contact_points ORDER BY code LIMIT 1"_s).toString();
    const QString member =
        rawValue(db, u"SELECT o.name FROM contact_point_members m JOIN officers o ON o.id = "
                     "m.officer_id JOIN contact_points c ON c.id = m.contact_point_id WHERE "
                     "c.code = '%1' LIMIT 1"_s.arg(point))
            .toString();
    const QString docx = ws.path(u"card.docx"_s);
    REQUIRE(cli(withDb(db, {u"export"_s, u"contact-point-card"_s, u"--point"_s, point,
                            u"--format"_s, u"docx"_s, u"--out"_s, docx}))
                .exitCode == 0);
    const auto text =
        runPython(u"import docx,sys\nd=docx.Document(sys.argv[1])\n"
                  "print('\\n'.join(c.text for t in d.tables for r in t.rows for c in r.cells))\n"
                  "print('\\n'.join(p.text for p in d.paragraphs))"_s,
                  {docx});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(member));
    CHECK(text.out.contains(u"Basic facts of a service contact point"_s));
    CHECK(cli(withDb(db, {u"export"_s, u"contact-point-card"_s, u"--point"_s, point, u"--format"_s,
                          u"xlsx"_s, u"--out"_s, docx}))
              .exitCode == 2);
    CHECK(cli(withDb(db, {u"export"_s, u"contact-point-card"_s, u"--format"_s, u"pdf"_s, u"--out"_s,
                          docx}))
              .exitCode == 2);
}
