// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/xlsxvalues.h"
#include "tests/testsupport.h"

using namespace Qt::StringLiterals;
using namespace lp::formats::xlsx;

TEST_CASE("XlsxValues: numbers read as digits, as Excel's General format shows them")
{
    CHECK(formatNumber(u"42").toStdString() == "42");
    CHECK(formatNumber(u"-0").toStdString() == "0");
    CHECK(formatNumber(u"0042").toStdString() == "42");
    CHECK(formatNumber(u"123456789012345678").toStdString() ==
          "123456789012345678"); // written exactly
    CHECK(formatNumber(u"1.3800138E10").toStdString() == "13800138000");
    CHECK(formatNumber(u"1.2345678901234568E+17").toStdString() == "123456789012346000");
    CHECK(formatNumber(u"42.0").toStdString() == "42");
    CHECK(formatNumber(u"0.30000000000000004").toStdString() == "0.3");
    CHECK(formatNumber(u"-2.5E-5").toStdString() == "-0.000025");
    CHECK(formatNumber(u"1E+25").toStdString() == "1E+25");
    CHECK(formatNumber(u"not a number").toStdString() == "not a number");
}

TEST_CASE("XlsxValues: format codes are dates or times by their letters outside quotes")
{
    CHECK(classifyFormatCode(u"yyyy-mm-dd").date);
    CHECK_FALSE(classifyFormatCode(u"yyyy-mm-dd").time);
    CHECK(classifyFormatCode(uR"(yyyy"年"m"月"d"日")").date);
    const NumberFormat minutes = classifyFormatCode(u"h:mm");
    CHECK((minutes.time && !minutes.date && !minutes.seconds));
    const NumberFormat stamp = classifyFormatCode(u"yyyy/m/d h:mm:ss AM/PM");
    CHECK((stamp.date && stamp.time && stamp.seconds));
    CHECK(classifyFormatCode(u"[h]:mm:ss").time);
    CHECK_FALSE(classifyFormatCode(u"[h]:mm:ss").date);
    CHECK_FALSE(classifyFormatCode(u"General").isDateOrTime());
    CHECK_FALSE(classifyFormatCode(uR"(0.00" days")").isDateOrTime());
    CHECK_FALSE(classifyFormatCode(u"[Red]#,##0;-#,##0").isDateOrTime());
    CHECK_FALSE(classifyFormatCode(uR"(#,##0\d)").isDateOrTime());
    CHECK(builtInFormat(14).date);
    CHECK(builtInFormat(31).date);
    CHECK(builtInFormat(21).seconds);
    CHECK_FALSE(builtInFormat(2).isDateOrTime());
}

TEST_CASE("XlsxValues: serial dates follow Excel's 1900 system, its leap day and the 1904 one")
{
    const NumberFormat date{true, false, false};
    const NumberFormat dateTime{true, true, false};
    CHECK(formatSerial(u"1", date, false).toStdString() == "1900-01-01");
    CHECK(formatSerial(u"59", date, false).toStdString() == "1900-02-28");
    CHECK(formatSerial(u"60", date, false).toStdString() == "1900-02-29");
    CHECK(formatSerial(u"61", date, false).toStdString() == "1900-03-01");
    CHECK(formatSerial(u"45658", date, false).toStdString() == "2025-01-01");
    CHECK(formatSerial(u"45658.99999999", dateTime, false).toStdString() == "2025-01-02 00:00");
    CHECK(formatSerial(u"2958465", date, false).toStdString() == "9999-12-31");
    CHECK(formatSerial(u"2958466", date, false).toStdString() == "2958466");
    CHECK(formatSerial(u"-1", date, false).toStdString() == "-1");
    CHECK(formatSerial(u"0", date, true).toStdString() == "1904-01-01");
    CHECK(formatSerial(u"0.25", NumberFormat{false, true, true}, false).toStdString() ==
          "06:00:00");
}

TEST_CASE("XlsxValues: escaped characters are decoded and columns are lettered")
{
    CHECK(decodeEscapes(u"a_x000D_b_x005F_x0009_"_s).toStdString() == "a\rb_x0009_");
    CHECK(decodeEscapes(u"_x12G4_"_s).toStdString() == "_x12G4_");
    CHECK(columnLetters(1).toStdString() == "A");
    CHECK(columnLetters(26).toStdString() == "Z");
    CHECK(columnLetters(27).toStdString() == "AA");
    CHECK(columnLetters(16384).toStdString() == "XFD");
}
