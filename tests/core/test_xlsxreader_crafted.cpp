// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Hand-made packages: the parts of OOXML that libxlsxwriter never writes, and hostile files.
#include "core/formats/xlsxreader.h"
#include "tests/core/tabletext.h"
#include "tests/core/xlsxfixtures.h"
#include "tests/testsupport.h"

using namespace Qt::StringLiterals;
using namespace lp;
using namespace lp::formats;
using namespace lp::test;

namespace {

Result<SheetTable> readEntries(const QTemporaryDir& dir, const QList<ZipEntry>& entries,
                               const XlsxLimits& limits = {})
{
    const QString path = dir.filePath(u"crafted.xlsx"_s);
    QFile::remove(path);
    writeZip(path, entries);
    return XlsxReader::read(path, {}, nullptr, limits);
}

} // namespace

TEST_CASE("XlsxReader: inline and shared rich text join their runs and leave out phonetic runs")
{
    QTemporaryDir dir;
    const QByteArray shared = sharedStringsXml(
        "<si><t>plain</t></si>"
        "<si><r><rPr><b/></rPr><t>陈仓</t></r><r><t xml:space=\"preserve\"> 区</t></r>"
        "<rPh sb=\"0\" eb=\"2\"><t>ちんそう</t></rPh><phoneticPr fontId=\"1\"/></si>"
        "<si><t>line_x000D_\nnext _x005F_x0041_</t></si>");
    const QByteArray sheet = sheetXml(
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)"
        R"(<c r="C1" t="s"><v>2</v></c></row>)"
        R"(<row r="2"><c r="A2" t="inlineStr"><is><t>内联</t></is></c>)"
        R"(<c r="B2" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r><rPh><t>x</t></rPh></is></c>)"
        R"(</row>)");
    auto table = readEntries(dir, workbookEntries(sheet, shared));
    REQUIRE_OK(table);
    REQUIRE(table->rows.size() == 2);
    CHECK(rowText(table->rows[0]) == "plain|陈仓 区|line\\r\\nnext _x0041_");
    CHECK(rowText(table->rows[1]) == "内联|ab");
}

TEST_CASE("XlsxReader: cells and rows without references follow the previous ones")
{
    QTemporaryDir dir;
    const QByteArray sheet =
        sheetXml(R"(<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c>)"
                 R"(<c r="E1"><v>5</v></c><c><v>6</v></c></row>)"
                 R"(<row r="3"><c r="B3"><v>2</v></c></row>)"
                 R"(<row><c><v>7</v></c></row>)");
    auto table = readEntries(dir, workbookEntries(sheet));
    REQUIRE_OK(table);
    CHECK(tableText(table->rows) == "a|1|||5|6\n()\n|2\n7");
}

TEST_CASE("XlsxReader: booleans, error values, formula strings and ISO dates read as text")
{
    QTemporaryDir dir;
    const QByteArray sheet = sheetXml(
        R"(<row r="1"><c r="A1" t="b"><v>0</v></c><c r="B1" t="e"><v>#N/A</v></c>)"
        R"(<c r="C1" t="str"><f>A1&amp;"x"</f><v>FALSEx</v></c>)"
        R"(<c r="D1" t="d"><v>2026-01-31T00:00:00</v></c><c r="E1" t="d"><v>2026-01-31T09:15</v></c>)"
        R"(<c r="F1" s="1"/><c r="G1" t="s"/></row>)"
        R"(<row r="2"><c r="A2" s="1"/></row><row r="3"/>)");
    auto table = readEntries(dir, workbookEntries(sheet, {}, stylesXml({0, 14})));
    REQUIRE_OK(table);
    // Styled empty cells and trailing empty rows leave nothing behind.
    CHECK(tableText(table->rows) == "FALSE|#N/A|FALSEx|2026-01-31|2026-01-31 09:15");
}

TEST_CASE("XlsxReader: date styles follow numFmtId, Chinese built-ins and the 1904 date system")
{
    QTemporaryDir dir;
    // Styles: 0 General, 1 built-in 31 (yyyy"年"m"月"d"日", not written in styles.xml), 2 a custom
    // date, 3 a custom number whose quoted text has date letters, 4 built-in 22 (date and time),
    // 5 elapsed hours.
    const QByteArray styles = stylesXml(
        {0, 31, 164, 165, 22, 166}, R"(<numFmt numFmtId="164" formatCode="[$-804]yyyy/mm/dd;@"/>)"
                                    R"(<numFmt numFmtId="165" formatCode="0.0&quot; days&quot;"/>)"
                                    R"(<numFmt numFmtId="166" formatCode="[h]:mm:ss"/>)");
    const QByteArray cells =
        R"(<row r="1"><c r="A1" s="1"><v>46000</v></c><c r="B1" s="2"><v>61</v></c>)"
        R"(<c r="C1" s="3"><v>46000</v></c><c r="D1" s="4"><v>46000.75</v></c>)"
        R"(<c r="E1" s="2"><v>60</v></c><c r="F1" s="5"><v>0.5</v></c><c r="G1" s="9"><v>7</v></c></row>)";
    auto table = readEntries(dir, workbookEntries(sheetXml(cells), {}, styles));
    REQUIRE_OK(table);
    CHECK(rowText(table->rows.value(0)) ==
          "2025-12-09|1900-03-01|46000|2025-12-09 18:00|1900-02-29|12:00:00|7");

    auto in1904 = readEntries(
        dir, workbookEntries(sheetXml(R"(<row r="1"><c r="A1" s="1"><v>0</v></c></row>)"), {},
                             styles, "worksheets/sheet1.xml", R"(<workbookPr date1904="1"/>)"));
    REQUIRE_OK(in1904);
    CHECK(rowText(in1904->rows.value(0)) == "1904-01-01");
}

TEST_CASE("XlsxReader: absolute relationship targets and prefixed element names are understood")
{
    QTemporaryDir dir;
    QByteArray sheet = sheetXml(R"(<row r="2"><c r="C2"><v>3</v></c></row>)");
    sheet.replace("<worksheet xmlns=", "<x:worksheet xmlns:x=");
    sheet.replace("</worksheet>", "</x:worksheet>");
    sheet.replace("sheetData>", "x:sheetData>");
    sheet.replace("<row ", "<x:row ").replace("</row>", "</x:row>");
    sheet.replace("<c ", "<x:c ").replace("</c>", "</x:c>");
    sheet.replace("<v>", "<x:v>").replace("</v>", "</x:v>");
    auto table = readEntries(dir, workbookEntries(sheet, {}, {}, "/xl/worksheets/sheet1.xml"));
    REQUIRE_OK(table);
    CHECK(tableText(table->rows) == "()\n||3");
}

TEST_CASE("XlsxReader: a file that is not a ZIP archive is refused as not a workbook")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"名单.xlsx"_s);
    writeBytes(path, "姓名,电话\n张三,1\n");
    auto table = XlsxReader::read(path);
    REQUIRE_FALSE(table);
    CHECK(table.error().code == ErrorCode::InvalidInput);
    CHECK(table.error().message.contains(u"名单.xlsx"_s));
    CHECK(table.error().message.contains(u"not a ZIP archive"_s));

    writeBytes(path, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
    auto old = XlsxReader::read(path);
    REQUIRE_FALSE(old);
    CHECK(old.error().message.contains(u"Excel 97-2003"_s));

    auto missing = XlsxReader::read(dir.filePath(u"nowhere.xlsx"_s));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("XlsxReader: a ZIP without a workbook part is refused as not a workbook")
{
    QTemporaryDir dir;
    auto table = readEntries(dir, {{"word/document.xml", "<document/>"}});
    REQUIRE_FALSE(table);
    CHECK(table.error().message.contains(u"has no workbook part"_s));
}

TEST_CASE("XlsxReader: malformed XML is reported with its part and line")
{
    QTemporaryDir dir;
    const QByteArray broken = "<?xml version=\"1.0\"?>\n<worksheet>\n<sheetData>\n<row r=\"1\">"
                              "<c r=\"A1\"><v>1</v></row>\n</sheetData></worksheet>";
    auto table = readEntries(dir, workbookEntries(broken));
    REQUIRE_FALSE(table);
    CHECK(table.error().code == ErrorCode::InvalidInput);
    CHECK(table.error().message.contains(u"xl/worksheets/sheet1.xml"_s));
    CHECK(table.error().message.contains(u"line 4"_s));
}

TEST_CASE("XlsxReader: a shared-string index past the table names the cell's row and column")
{
    QTemporaryDir dir;
    const QByteArray sheet = sheetXml(R"(<row r="7"><c r="AB7" t="s"><v>5</v></c></row>)");
    auto table = readEntries(dir, workbookEntries(sheet, sharedStringsXml("<si><t>a</t></si>")));
    REQUIRE_FALSE(table);
    CHECK(table.error().message.contains(u"row 7, column AB"_s));
    CHECK(table.error().message.contains(u"text number 5"_s));
}

TEST_CASE("XlsxReader: rows and columns past Excel's limits are refused, naming them")
{
    QTemporaryDir dir;
    auto farRow = readEntries(
        dir, workbookEntries(sheetXml(R"(<row r="1048577"><c r="A1048577"><v>1</v></c></row>)")));
    REQUIRE_FALSE(farRow);
    CHECK(farRow.error().message.contains(u"row 1,048,577"_s));

    auto farColumn =
        readEntries(dir, workbookEntries(sheetXml(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)")));
    REQUIRE_FALSE(farColumn);
    CHECK(farColumn.error().message.contains(u"column XFE"_s));

    auto hugeColumn = readEntries(
        dir, workbookEntries(sheetXml(R"(<row r="1"><c r="ZZZZZZZZ1"><v>1</v></c></row>)")));
    REQUIRE_FALSE(hugeColumn);
    CHECK(hugeColumn.error().message.contains(u"column ZZZZZZZZ;"_s));

    auto lastCell =
        readEntries(dir, workbookEntries(sheetXml(R"(<row r="9"><c r="XFD9"><v>1</v></c></row>)")));
    REQUIRE_OK(lastCell);
    CHECK(lastCell->rows.value(8).size() == 16384);

    auto notAReference =
        readEntries(dir, workbookEntries(sheetXml(R"(<row r="1"><c r="1A"><v>1</v></c></row>)")));
    REQUIRE_FALSE(notAReference);
    CHECK(notAReference.error().message.contains(u"\"1A\" is not a cell reference"_s));
}

TEST_CASE("XlsxReader: more filled cells, or a sparser grid, than the limits allow is refused")
{
    QTemporaryDir dir;
    QByteArray rows;
    for (int r = 1; r <= 20; ++r) {
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
                "\"><v>1</v></c><c r=\"CV" + QByteArray::number(r) + "\"><v>2</v></c></row>";
    }
    XlsxLimits limits;
    limits.maxCells = 30;
    auto tooMany = readEntries(dir, workbookEntries(sheetXml(rows)), limits);
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().message.contains(u"more than 30 filled cells"_s));

    limits = {};
    limits.maxGridCells = 1000; // each row keeps 100 cells: A, 98 empty, CV
    auto tooSparse = readEntries(dir, workbookEntries(sheetXml(rows)), limits);
    REQUIRE_FALSE(tooSparse);
    CHECK(tooSparse.error().message.contains(u"more than 1,000 cells"_s));

    limits.maxGridCells = 2000;
    REQUIRE_OK(readEntries(dir, workbookEntries(sheetXml(rows)), limits));
}

TEST_CASE("XlsxReader: a part whose declared size is past the limit is refused before inflating")
{
    QTemporaryDir dir;
    const QByteArray sheet =
        sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + QByteArray(100'000, ' '));
    XlsxLimits limits;
    limits.maxPartBytes = 64 * 1024LL;
    auto table = readEntries(dir, workbookEntries(sheet), limits);
    REQUIRE_FALSE(table);
    CHECK(table.error().message.contains(u"too large"_s));
    CHECK(table.error().message.contains(u"xl/worksheets/sheet1.xml"_s));
    CHECK(table.error().detail.contains(u"declared size"_s));
}

TEST_CASE("XlsxReader: a ZIP bomb that understates its size is refused, not inflated")
{
    QTemporaryDir dir;
    // 20 MB of whitespace after a complete sheet, deflated to a few kilobytes, declared as 1 KB.
    const QByteArray sheet = sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>") +
                             QByteArray(20 * 1024 * 1024LL, ' ');
    const QString honest = dir.filePath(u"honest.xlsx"_s);
    writeZip(honest, workbookEntries(sheet));
    const QString bomb = dir.filePath(u"bomb.xlsx"_s);
    copyWithDeclaredSize(honest, bomb, "xl/worksheets/sheet1.xml", 1024);
    CHECK(QFileInfo(bomb).size() < 200 * 1024LL);

    XlsxLimits limits;
    limits.maxPartBytes = 64 * 1024LL;
    auto table = XlsxReader::read(bomb, {}, nullptr, limits);
    REQUIRE_FALSE(table);
    CHECK(table.error().code == ErrorCode::InvalidInput);
    CHECK(table.error().message.contains(u"xl/worksheets/sheet1.xml"_s));
    // minizip stops at the declared size, so the sheet's checksum fails; a ZIP library that
    // inflated on would be stopped by the reader's own count at the limit.
    const QString& message = table.error().message;
    CHECK((message.contains(u"is damaged"_s) || message.contains(u"too large"_s)));
}
