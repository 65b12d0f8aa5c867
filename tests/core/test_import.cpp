// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>

#include "core/formats/xlsxreader.h"
#include "core/imports/enterpriseimport.h"
#include "core/imports/importreport.h"
#include "core/reports/documentexport.h"
#include "core/reports/enterpriseroster.h"
#include "core/storage/databasecheck.h"
#include "core/storage/enterpriserepository.h"
#include "tests/core/orgfixtures.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

const QString kHeader =
    u"企业名称,统一社会信用代码,法定代表人,联系人,联系电话,地址,所属园区,行业,规模"_s;

QString csvLine(const QStringList& cells)
{
    QStringList quoted;
    for (QString cell : cells) {
        if (cell.contains(u',') || cell.contains(u'"'))
            cell = u'"' + cell.replace(u"\""_s, u"\"\""_s) + u'"';
        quoted.append(cell);
    }
    return quoted.join(u',');
}

QString writeCsv(Workspace& ws, const QString& name, const QStringList& lines,
                 const char* encoding = "UTF-8")
{
    const QString text = lines.join(u"\r\n"_s) + u"\r\n"_s;
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    const QString path = ws.path(name);
    writeBytes(path, bytes);
    return path;
}

imports::ImportPlan prepared(storage::Database& db, const QString& path)
{
    auto plan = imports::EnterpriseImport::prepare(db, path);
    REQUIRE_OK(plan);
    return *plan;
}

QStringList problemLines(const imports::ImportPlan& plan,
                         const imports::ImportOptions& options = {})
{
    QStringList lines;
    for (const auto& problem : imports::EnterpriseImport::problems(plan, options))
        lines.append(imports::EnterpriseImport::describe(problem));
    return lines;
}

int enterpriseCount(storage::Database& db)
{
    return *storage::EnterpriseRepository(db.connection()).count({});
}

} // namespace

TEST_CASE("Import: a good roster in UTF-8 and the same in GB18030 give the same records")
{
    for (const char* encoding : {"UTF-8", "GB18030"}) {
        INFO(encoding);
        Workspace ws;
        auto db = ws.open();
        createOrganisation(*db);
        const QString path = writeCsv(
            ws, u"roster.csv"_s,
            {kHeader,
             csvLine({u"西安秦川精密机械有限公司"_s, validCreditCode(u"MA6TGG01"_s), u"王建国"_s,
                      u"李娜"_s, u"13800138000"_s, u"西安市高新区锦业路69号"_s, u"高新技术产业园"_s,
                      u"C"_s, u"规上"_s}),
             csvLine({u"渭南恒达物流有限责任公司"_s, validCreditCode(u"MA6TGG02"_s).toLower(),
                      u""_s, u"张伟"_s, u"029-88886666"_s, u""_s, u"gxq"_s,
                      u"交通运输、仓储和邮政业"_s, u"小微"_s}),
             u",,,,,,,,"_s,
             csvLine({u"张记面馆"_s, validCreditCode(u"MA6TGG03"_s), u"张三"_s, u""_s, u""_s, u""_s,
                      u""_s, u"H 住宿和餐饮业"_s, u"个体工商户"_s})},
            encoding);
        const auto plan = prepared(*db, path);
        CHECK(plan.encoding == QString::fromLatin1(encoding));
        REQUIRE(plan.rows.size() == 3);
        CHECK(plan.rows[2].sheetRow == 5); // the blank row 4 is skipped, numbering is kept
        CHECK(problemLines(plan).isEmpty());
        auto outcome = imports::EnterpriseImport::commit(*db, Actor::system(), plan, {});
        REQUIRE_OK(outcome);
        CHECK(outcome->inserted == 3);

        auto stored = storage::EnterpriseRepository(db->connection())
                          .findByCreditCode(validCreditCode(u"MA6TGG02"_s));
        REQUIRE_OK(stored);
        REQUIRE(stored->has_value());
        CHECK((*stored)->name == u"渭南恒达物流有限责任公司"_s);
        CHECK((*stored)->industry == u'G');
        CHECK((*stored)->scale == domain::EnterpriseScale::Micro);
        CHECK(!(*stored)->parkId.isEmpty());
        storage::EnterpriseFilter search;
        search.search = u"精密机械"_s;
        CHECK(*storage::EnterpriseRepository(db->connection()).count(search) == 1);
        // One batch entry stands for the new records.
        CHECK(scalar(*db, u"SELECT count(*) FROM audit_log WHERE table_name = 'enterprises' AND "
                          "action = 'batch'"_s)
                  .toInt() == 1);
        auto findings = storage::DatabaseCheck::run(*db);
        REQUIRE_OK(findings);
        for (const auto& finding : *findings)
            CHECK(finding.passed);
    }
}

TEST_CASE("Import: every bad row and field is listed by its spreadsheet row, nothing is written, "
          "and the report is saved beside the file")
{
    Workspace ws;
    auto db = ws.open();
    createOrganisation(*db);
    const QString good = validCreditCode(u"MA6THH01"_s);
    QString badCheck = validCreditCode(u"MA6THH02"_s);
    badCheck[17] = badCheck[17] == u'1' ? u'2' : u'1';
    const QString path =
        writeCsv(ws, u"bad.csv"_s,
                 {kHeader + u",备注"_s,
                  csvLine({u"正常企业有限公司"_s, good, {}, {}, {}, {}, {}, {}, {}, u"x"_s}),   // 2
                  csvLine({u""_s, validCreditCode(u"MA6THH03"_s), {}, {}, {}, {}, {}, {}, {}}), // 3
                  csvLine({u"短代码公司"_s, u"91610131MA6T"_s, {}, {}, {}, {}, {}, {}, {}}),    // 4
                  csvLine({u"重复代码公司"_s, good, {}, {}, {}, {}, {}, {}, {}}),               // 5
                  csvLine({u"电话错误公司"_s,
                           validCreditCode(u"MA6THH04"_s),
                           {},
                           {},
                           u"12345"_s,
                           {},
                           {},
                           u"餐饮"_s,
                           u"大型"_s}), // 6
                  csvLine({u"园区不存在公司"_s,
                           validCreditCode(u"MA6THH05"_s),
                           {},
                           {},
                           {},
                           {},
                           u"不存在的园区"_s,
                           {},
                           {}}),                                                          // 7
                  csvLine({u"校验码不符公司"_s, badCheck, {}, {}, {}, {}, {}, {}, {}})}); // 8
    const auto plan = prepared(*db, path);
    CHECK(plan.ignoredColumns == QStringList{u"备注"_s});
    const QStringList lines = problemLines(plan);
    INFO(lines.join(u'\n').toStdString());
    REQUIRE(lines.size() == 8);
    CHECK(lines[0].startsWith(u"Row 3: Enterprise name"_s));
    CHECK(lines[1].startsWith(u"Row 4: Unified social credit code"_s));
    CHECK(lines[2].contains(u"row 2"_s));
    CHECK(lines[2].startsWith(u"Row 5:"_s));
    CHECK(lines[3].startsWith(u"Row 6:"_s));
    CHECK(lines[3].contains(u"餐饮"_s));
    CHECK(lines[4].contains(u"大型"_s));
    CHECK(lines[5].contains(u"12345"_s));
    CHECK(lines[6].startsWith(u"Row 7:"_s));
    CHECK(lines[6].contains(u"不存在的园区"_s));
    // Row 8's code fails only its check character: that needs the preview's acceptance.
    CHECK(lines[7].startsWith(u"Row 8:"_s));
    CHECK(lines[7].contains(u"character 18"_s));
    imports::ImportOptions accepting;
    accepting.acceptedCodes.insert(8, u"核对原件"_s);
    CHECK(problemLines(plan, accepting).size() == 7);

    auto refused = imports::EnterpriseImport::commit(*db, Actor::system(), plan, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"Row 3"_s));
    CHECK(enterpriseCount(*db) == 0);

    const auto problems = imports::EnterpriseImport::problems(plan, {});
    auto report = imports::ImportReport::write(plan, problems);
    REQUIRE_OK(report);
    CHECK(QFileInfo(*report).dir() == QFileInfo(path).dir());
    CHECK(QFileInfo(*report).fileName() == u"bad.errors.xlsx"_s);
    auto table = formats::XlsxReader::read(*report);
    REQUIRE_OK(table);
    REQUIRE(table->rows.size() == problems.size() + 1);
    CHECK(table->rows[1].value(0) == u"3"_s);
    CHECK(table->rows[7].value(0) == u"7"_s);
    CHECK(table->rows[7].value(2) == u"园区不存在公司"_s);
    CHECK(table->rows[8].value(4).contains(u"character 18"_s));
}

TEST_CASE("Import: missing parks and contact points are created when confirmed, and a "
          "non-conforming code is saved with the reason given")
{
    Workspace ws;
    auto db = ws.open();
    createOrganisation(*db);
    const QString path =
        writeCsv(ws, u"roster.csv"_s,
                 {u"企业名称,统一社会信用代码,所属园区,服务联系点"_s,
                  csvLine({u"新园区企业"_s, validCreditCode(u"MA6TJJ01"_s), u"航天产业园"_s,
                           u"检察院驻航天园联系点"_s}),
                  csvLine({u"试点代码企业"_s, u"91350211M00013FA1N"_s, u"航天产业园"_s, {}})});
    const auto plan = prepared(*db, path);
    CHECK(plan.missingParks == QStringList{u"航天产业园"_s});
    CHECK(plan.missingPoints == QStringList{u"检察院驻航天园联系点"_s});
    imports::ImportOptions options;
    options.createMissing = true;
    CHECK(problemLines(plan, options).size() == 1);
    options.acceptedCodes.insert(3, u"与营业执照原件一致"_s);
    CHECK(problemLines(plan, options).isEmpty());
    auto outcome = imports::EnterpriseImport::commit(*db, Actor::system(), plan, options);
    REQUIRE_OK(outcome);
    CHECK(outcome->inserted == 2);
    CHECK(scalar(*db, u"SELECT code FROM parks WHERE name = '航天产业园'"_s).toString() ==
          u"yq01"_s);
    CHECK(scalar(*db, u"SELECT credit_code_override FROM enterprises WHERE name = '试点代码企业'"_s)
              .toString() == u"与营业执照原件一致"_s);
    CHECK(scalar(*db, u"SELECT count(*) FROM enterprises e JOIN parks p ON p.id = e.park_id "
                      "WHERE p.name = '航天产业园'"_s)
              .toInt() == 2);
}

TEST_CASE("Import: a re-import updates by credit code instead of duplicating, and keeps what "
          "the file leaves empty")
{
    Workspace ws;
    auto db = ws.open();
    createOrganisation(*db);
    const QString a = validCreditCode(u"MA6TKK01"_s);
    const QString b = validCreditCode(u"MA6TKK02"_s);
    const QString first = writeCsv(
        ws, u"first.csv"_s,
        {kHeader, csvLine({u"甲公司"_s, a, {}, u"李娜"_s, u"13800138000"_s, {}, {}, {}, {}}),
         csvLine({u"乙公司"_s, b, {}, {}, {}, {}, {}, {}, {}})});
    REQUIRE_OK(imports::EnterpriseImport::commit(*db, Actor::system(), prepared(*db, first), {}));
    const QString second =
        writeCsv(ws, u"second.csv"_s,
                 {kHeader, csvLine({u"甲公司"_s, a, {}, {}, u"13900139000"_s, {}, {}, {}, {}}),
                  csvLine({u"乙公司"_s, b, {}, {}, {}, {}, {}, {}, {}})});
    const auto plan = prepared(*db, second);
    CHECK(plan.count(imports::ImportRow::Action::Update) == 1);
    CHECK(plan.count(imports::ImportRow::Action::Unchanged) == 1);
    auto outcome = imports::EnterpriseImport::commit(*db, Actor::system(), plan, {});
    REQUIRE_OK(outcome);
    CHECK(outcome->updated == 1);
    CHECK(enterpriseCount(*db) == 2);
    CHECK(
        scalar(
            *db,
            u"SELECT contact_phone || ' ' || contact_name FROM enterprises WHERE credit_code = '"_s +
                a + u"'"_s)
            .toString() == u"13900139000 李娜"_s);
}

TEST_CASE("Import: a 10,000-row file imports in one go")
{
    Workspace ws;
    auto db = ws.open();
    createOrganisation(*db);
    QStringList lines{kHeader};
    for (int i = 0; i < 10'000; ++i) {
        const QString body = u"MA%1"_s.arg(i, 6, 10, QChar(u'0'));
        lines.append(csvLine({u"测试企业%1有限公司"_s.arg(i),
                              validCreditCode(body),
                              u"王%1"_s.arg(i % 97),
                              {},
                              u"138%1"_s.arg(i, 8, 10, QChar(u'0')),
                              u"高新区科技路%1号"_s.arg(i),
                              u"高新技术产业园"_s,
                              u"I"_s,
                              u"小微"_s}));
    }
    const QString path = writeCsv(ws, u"large.csv"_s, lines);
    const auto plan = prepared(*db, path);
    REQUIRE(problemLines(plan).isEmpty());
    auto outcome = imports::EnterpriseImport::commit(*db, Actor::system(), plan, {});
    REQUIRE_OK(outcome);
    CHECK(outcome->inserted == 10'000);
    storage::EnterpriseFilter search;
    search.search = u"企业9999有限"_s;
    CHECK(*storage::EnterpriseRepository(db->connection()).count(search) == 1);
}

TEST_CASE("Import: the exported roster (XLSX) imports back unchanged, and into an empty file as "
          "the same records")
{
    Workspace ws;
    auto db = ws.open();
    createOrganisation(*db);
    QStringList lines{kHeader + u",服务联系点"_s};
    for (int i = 0; i < 30; ++i) {
        lines.append(
            csvLine({u"往返企业%1有限公司"_s.arg(i),
                     validCreditCode(u"MA6TLL%1"_s.arg(i, 2, 10, QChar(u'0'))), u"法人%1"_s.arg(i),
                     u"联系人%1"_s.arg(i), u"13800138%1"_s.arg(i, 3, 10, QChar(u'0')),
                     u"地址, 第%1号"_s.arg(i), i % 2 ? u"高新技术产业园"_s : QString(),
                     QString(QChar(u'A' + i % 19)), i % 3 ? u"规上"_s : u"个体"_s,
                     i % 2 ? u"区法院驻高新园服务联系点"_s : QString()}));
    }
    REQUIRE_OK(imports::EnterpriseImport::commit(
        *db, Actor::system(), prepared(*db, writeCsv(ws, u"in.csv"_s, lines)), {}));
    auto roster = reports::EnterpriseRoster::load(*db, {}, {u"测试区"_s, ws.clock.today(), {}});
    REQUIRE_OK(roster);
    const QString exported = ws.path(u"roster.xlsx"_s);
    REQUIRE_OK(reports::writeDocument(*roster, reports::OutputFormat::Xlsx, exported));

    const auto again = prepared(*db, exported);
    CHECK(again.rows.size() == 30);
    CHECK(again.count(imports::ImportRow::Action::Unchanged) == 30);
    CHECK(problemLines(again).isEmpty());

    Workspace other;
    auto fresh = other.open();
    createOrganisation(*fresh);
    const auto into = prepared(*fresh, exported);
    REQUIRE(problemLines(into).isEmpty());
    REQUIRE_OK(imports::EnterpriseImport::commit(*fresh, Actor::system(), into, {}));
    const QString columns =
        u"SELECT group_concat(x, '|') FROM (SELECT e.name || e.credit_code || "
        "ifnull(e.legal_representative, '') || ifnull(e.contact_name, '') || "
        "ifnull(e.contact_phone, '') || ifnull(e.address, '') || "
        "ifnull(e.industry, '') || ifnull(e.scale, '') || ifnull(p.name, '') || "
        "ifnull(c.name, '') AS x FROM enterprises e LEFT JOIN parks p ON p.id = "
        "e.park_id LEFT JOIN contact_points c ON c.id = e.contact_point_id "
        "ORDER BY e.credit_code)"_s;
    CHECK(scalar(*fresh, columns).toString() == scalar(*db, columns).toString());
}
