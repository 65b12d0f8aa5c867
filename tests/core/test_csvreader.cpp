// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringEncoder>

#include "core/formats/csvreader.h"
#include "core/formats/tablereader.h"
#include "tests/core/tabletext.h"
#include "tests/testsupport.h"

using namespace Qt::StringLiterals;
using namespace lp;
using namespace lp::formats;
using namespace lp::test;

namespace {

const std::string kPeople = "姓名|电话\n张三|13800138000";
const QString kPeopleText = u"姓名,电话\r\n张三,13800138000\r\n"_s;

} // namespace

TEST_CASE("CsvReader: UTF-8 without a byte order mark is read as UTF-8")
{
    auto table = CsvReader::parse(kPeopleText.toUtf8(), u"people.csv"_s);
    REQUIRE_OK(table);
    CHECK(table->encoding == u"UTF-8"_s);
    CHECK(table->sheetName == u"people"_s);
    CHECK(tableText(table->rows) == kPeople);
}

TEST_CASE("CsvReader: a UTF-8 byte order mark is dropped, not kept in the first cell")
{
    auto table = CsvReader::parse("\xEF\xBB\xBF" + kPeopleText.toUtf8(), u"people.csv"_s);
    REQUIRE_OK(table);
    CHECK(table->encoding == u"UTF-8"_s);
    CHECK(tableText(table->rows) == kPeople);
}

TEST_CASE("CsvReader: bytes that are not UTF-8 are read as GB18030, as Excel saves on Chinese "
          "Windows")
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(kPeopleText);
    REQUIRE(bytes != kPeopleText.toUtf8());
    auto table = CsvReader::parse(bytes, u"people.csv"_s);
    REQUIRE_OK(table);
    CHECK(table->encoding == u"GB18030"_s);
    CHECK(tableText(table->rows) == kPeople);
}

TEST_CASE("CsvReader: UTF-16 with a byte order mark, tab-separated as Excel's Unicode text, is "
          "read")
{
    const QString text = u"姓名\t电话\r\n张三\t13800138000\r\n"_s;
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    auto table = CsvReader::parse(encoder.encode(text), u"people.txt"_s);
    REQUIRE_OK(table);
    CHECK(table->encoding == u"UTF-16LE"_s);
    CHECK(tableText(table->rows) == kPeople);
}

TEST_CASE("CsvReader: bytes that are neither UTF-8 nor GB18030 are refused")
{
    auto table = CsvReader::parse(QByteArray("name\n\xFF\xFF\x80\n"), u"binary.csv"_s);
    REQUIRE_FALSE(table);
    CHECK(table.error().code == ErrorCode::InvalidInput);
    CHECK(table.error().message.contains(u"binary.csv"_s));
    CHECK(table.error().message.contains(u"CSV UTF-8"_s));
}

TEST_CASE("CsvReader: quoted fields keep separators, doubled quotes and line breaks")
{
    const QByteArray bytes = "名称,地址,备注\n"
                             "\"甲公司,分公司\",\"某路\"\"1\"\"号\",\"第一行\n第二行\"\n"
                             "\"\",plain\"quote,\"after\"text\n";
    auto table = CsvReader::parse(bytes, u"quotes.csv"_s);
    REQUIRE_OK(table);
    CHECK(tableText(table->rows) == "名称|地址|备注\n"
                                    "甲公司,分公司|某路\"1\"号|第一行\\n第二行\n"
                                    "|plain\"quote|aftertext");
}

TEST_CASE("CsvReader: an unterminated quote is refused, naming the row where it opened")
{
    const QByteArray bytes = "a,b\n\"x\",\"y\nz\"\nd,\"never closed\ne,f\n";
    auto table = CsvReader::parse(bytes, u"broken.csv"_s);
    REQUIRE_FALSE(table);
    CHECK(table.error().code == ErrorCode::InvalidInput);
    // Row 2 holds a quoted line break; the unterminated quote opens in row 3 (file line 4).
    CHECK(table.error().message.contains(u"broken.csv, row 3:"_s));
}

TEST_CASE("CsvReader: CRLF, LF and CR line ends give the same rows")
{
    const std::string expected = "a|b\n1|2\n()\n3|";
    for (const char* bytes : {"a,b\r\n1,2\r\n\r\n3,\r\n", "a,b\n1,2\n\n3,\n", "a,b\r1,2\r\r3,",
                              "a,b\n1,2\n\n3,\n,,\n\n"}) {
        INFO(bytes);
        auto table = CsvReader::parse(QByteArray(bytes), u"ends.csv"_s);
        REQUIRE_OK(table);
        CHECK(tableText(table->rows) == expected);
    }
}

TEST_CASE("CsvReader: a first line with tabs or semicolons but no comma sets the separator")
{
    auto tabs = CsvReader::parse("a\tb\n1,5\t2\n", u"t.txt"_s);
    REQUIRE_OK(tabs);
    CHECK(tableText(tabs->rows) == "a|b\n1,5|2");
    auto semicolons = CsvReader::parse("a;b\n1,5;2\n", u"s.csv"_s);
    REQUIRE_OK(semicolons);
    CHECK(tableText(semicolons->rows) == "a|b\n1,5|2");
    auto commas = CsvReader::parse("a,b;c\n", u"c.csv"_s);
    REQUIRE_OK(commas);
    CHECK(tableText(commas->rows) == "a|b;c");
}

TEST_CASE("CsvReader: a row wider than Excel allows is refused, naming the row")
{
    QByteArray bytes = "a,b\n";
    bytes += QByteArray(16384, ',') + '\n';
    auto table = CsvReader::parse(bytes, u"wide.csv"_s);
    REQUIRE_FALSE(table);
    CHECK(table.error().message.contains(u"wide.csv, row 2:"_s));
    REQUIRE_OK(CsvReader::parse(QByteArray(16383, ','), u"widest.csv"_s));
}

TEST_CASE("CsvReader: a file is read from disk, and a missing one is reported as not found")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"企业名单.csv"_s);
    writeBytes(path, kPeopleText.toUtf8());
    auto table = CsvReader::read(path);
    REQUIRE_OK(table);
    CHECK(table->sheetName == u"企业名单"_s);
    CHECK(tableText(table->rows) == kPeople);
    auto missing = CsvReader::read(dir.filePath(u"nowhere.csv"_s));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("TableReader: CSV and text files go to the CSV reader, other kinds are explained")
{
    QTemporaryDir dir;
    writeBytes(dir.filePath(u"list.TXT"_s), "a\tb\n");
    auto text = TableReader::readTable(dir.filePath(u"list.TXT"_s));
    REQUIRE_OK(text);
    CHECK(tableText(text->rows) == "a|b");

    writeBytes(dir.filePath(u"old.xls"_s), "whatever");
    auto old = TableReader::readTable(dir.filePath(u"old.xls"_s));
    REQUIRE_FALSE(old);
    CHECK(old.error().message.contains(u"(.xlsx) or as CSV"_s));

    auto other = TableReader::readTable(dir.filePath(u"report.docx"_s));
    REQUIRE_FALSE(other);
    CHECK(other.error().message.contains(u"report.docx"_s));
    CHECK(other.error().message.contains(u"(.csv, .txt)"_s));
    CHECK(rowText(TableReader::acceptedSuffixes()) == "xlsx|csv|txt");
}
