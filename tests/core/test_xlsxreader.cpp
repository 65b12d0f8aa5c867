// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Workbooks written by libxlsxwriter, as Excel-like files from another program, read back.
#include <QFile>

#include <xlsxwriter.h>

#include "core/formats/tablereader.h"
#include "core/formats/xlsxreader.h"
#include "core/taskcontrol.h"
#include "tests/core/tabletext.h"
#include "tests/testsupport.h"

using namespace Qt::StringLiterals;
using namespace lp;
using namespace lp::formats;
using namespace lp::test;

namespace {

// A workbook with a people sheet and a second "统计" sheet, as an office might send it.
QString writePeopleWorkbook(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"人员.xlsx"_s);
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    REQUIRE(book);
    lxw_worksheet* people = workbook_add_worksheet(book, "人员名单");
    lxw_worksheet* stats = workbook_add_worksheet(book, "统计");
    lxw_format* isoDate = workbook_add_format(book);
    format_set_num_format(isoDate, "yyyy-mm-dd");
    lxw_format* chineseDate = workbook_add_format(book);
    format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format* builtInDate = workbook_add_format(book);
    format_set_num_format_index(builtInDate, 14); // m/d/yyyy
    lxw_format* dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
    lxw_format* timeOfDay = workbook_add_format(book);
    format_set_num_format(timeOfDay, "hh:mm:ss");
    lxw_format* decimals = workbook_add_format(book);
    format_set_num_format(decimals, "0.00 \"d\"");

    const char* header[] = {"姓名", "电话", "身份证号", "日期", "数量", "在岗"};
    for (lxw_col_t column = 0; column < 6; ++column)
        worksheet_write_string(people, 0, column, header[column], nullptr);
    worksheet_write_string(people, 1, 0, "张三", nullptr);
    worksheet_write_number(people, 1, 1, 13800138000.0, nullptr);
    worksheet_write_number(people, 1, 2, 123456789012345678.0, nullptr);
    lxw_datetime date{2026, 3, 5, 0, 0, 0};
    worksheet_write_datetime(people, 1, 3, &date, isoDate);
    worksheet_write_number(people, 1, 4, 42, nullptr);
    worksheet_write_boolean(people, 1, 5, 1, nullptr);
    // Row 3 empty; row 4 has cells in B and E only.
    worksheet_write_string(people, 3, 1, "李四", nullptr);
    worksheet_write_number(people, 3, 4, 1.5, decimals);
    lxw_datetime morning{2026, 11, 22, 8, 30, 0};
    worksheet_write_datetime(people, 4, 0, &morning, dateTime);
    worksheet_write_datetime(people, 4, 1, &date, chineseDate);
    worksheet_write_datetime(people, 4, 2, &date, builtInDate);
    lxw_datetime time{0, 0, 0, 14, 5, 9};
    worksheet_write_datetime(people, 4, 3, &time, timeOfDay);
    worksheet_write_formula_str(people, 4, 4, "=\"合\"&\"计\"", nullptr, "合计");
    worksheet_write_number(people, 4, 5, 0.1 + 0.2, nullptr);

    worksheet_write_string(stats, 0, 0, "单位", nullptr);
    worksheet_write_string(stats, 1, 0, "司法局", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    return path;
}

} // namespace

TEST_CASE("XlsxReader: the first sheet reads as Excel shows it, text, numbers and dates alike")
{
    QTemporaryDir dir;
    const QString path = writePeopleWorkbook(dir);
    auto table = XlsxReader::read(path);
    REQUIRE_OK(table);
    CHECK(table->sheetName == u"人员名单"_s);
    CHECK(table->encoding.isEmpty());
    REQUIRE(table->rows.size() == 5);
    CHECK(tableText(table->rows) ==
          "姓名|电话|身份证号|日期|数量|在岗\n"
          // A phone number stays digits; an 18-digit number keeps Excel's 15 significant digits.
          "张三|13800138000|123456789012346000|2026-03-05|42|TRUE\n"
          "()\n"
          "|李四|||1.5\n"
          "2026-11-22 08:30|2026-03-05|2026-03-05|14:05:09|合计|0.3");
}

TEST_CASE("XlsxReader: a sheet is found by its name, and its list names every worksheet")
{
    QTemporaryDir dir;
    const QString path = writePeopleWorkbook(dir);
    auto table = XlsxReader::read(path, u"统计"_s);
    REQUIRE_OK(table);
    CHECK(table->sheetName == u"统计"_s);
    CHECK(tableText(table->rows) == "单位\n司法局");
    auto names = XlsxReader::sheetNames(path);
    REQUIRE_OK(names);
    CHECK(rowText(*names) == "人员名单|统计");
}

TEST_CASE("XlsxReader: an unknown sheet name is refused with the names of the sheets there are")
{
    QTemporaryDir dir;
    const QString path = writePeopleWorkbook(dir);
    auto table = XlsxReader::read(path, u"名单"_s);
    REQUIRE_FALSE(table);
    CHECK(table.error().code == ErrorCode::NotFound);
    CHECK(table.error().message.contains(u"\"名单\""_s));
    CHECK(table.error().message.contains(u"\"人员名单\" and \"统计\""_s));
}

TEST_CASE("XlsxReader: a cancelled task stops reading with a cancellation error")
{
    QTemporaryDir dir;
    const QString path = writePeopleWorkbook(dir);
    TaskControl control;
    control.cancelled = true;
    auto table = XlsxReader::read(path, {}, &control);
    REQUIRE_FALSE(table);
    CHECK(table.error().code == ErrorCode::Cancelled);
}

TEST_CASE("XlsxReader: a long sheet in constant-memory mode (inline strings) reads every row")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.xlsx"_s);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // inline strings, written row by row
    lxw_workbook* book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    REQUIRE(book);
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    for (lxw_row_t r = 0; r < 3000; ++r) {
        worksheet_write_string(sheet, r, 0, QByteArray("企业" + QByteArray::number(r)).constData(),
                               nullptr);
        worksheet_write_number(sheet, r, 2, r * 0.25, nullptr);
    }
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    auto table = XlsxReader::read(path);
    REQUIRE_OK(table);
    REQUIRE(table->rows.size() == 3000);
    CHECK(rowText(table->rows[0]) == "企业0||0");
    CHECK(rowText(table->rows[2999]) == "企业2999||749.75");
}

TEST_CASE("TableReader: a workbook is read by its extension, whatever its case")
{
    QTemporaryDir dir;
    const QString written = writePeopleWorkbook(dir);
    const QString upper = dir.filePath(u"PEOPLE.XLSX"_s);
    REQUIRE(QFile::rename(written, upper));
    auto table = TableReader::readTable(upper, u"统计"_s);
    REQUIRE_OK(table);
    CHECK(table->rows.size() == 2);
}
