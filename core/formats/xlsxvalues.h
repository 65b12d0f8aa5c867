// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How an XLSX cell's stored value becomes the text a spreadsheet shows: numbers without a
// needless ".0" and without exponents (an 11-digit phone number Excel stored as 1.3800138E10
// reads 13800138000), at most 15 significant digits as Excel shows them; serial numbers whose
// number format is a date or time as "YYYY-MM-DD", "YYYY-MM-DD hh:mm" or "hh:mm" (":ss" when the
// format shows seconds), in the 1900 date system with its phantom 1900-02-29, or the 1904 one.
#pragma once

#include <QString>
#include <QStringView>

namespace lp::formats::xlsx {

struct NumberFormat {
    bool date = false;    // shows a year, month or day
    bool time = false;    // shows hours, minutes or seconds
    bool seconds = false; // shows seconds

    [[nodiscard]] bool isDateOrTime() const { return date || time; }
};

// A format code's kind: y, m, d, h, s outside quotes, brackets and escapes make it a date or
// time ("m" next to "h" or "s" is minutes); [h], [mm], [ss] are elapsed time.
NumberFormat classifyFormatCode(QStringView code);
// The built-in formats Excel does not write into styles.xml: 14-22 and 45-47, and the Chinese
// ones 27-36 and 50-58 (yyyy"年"m"月"d"日" is 31).
NumberFormat builtInFormat(int id);

// A number as Excel's General format shows it, digits only: "13800138000", "1.5", "0.3".
QString formatNumber(QStringView stored);
// A serial date as text, or the number itself when it is outside Excel's dates.
QString formatSerial(QStringView stored, NumberFormat format, bool date1904);
// An ISO 8601 value of a t="d" cell, as "YYYY-MM-DD" or "YYYY-MM-DD hh:mm[:ss]".
QString formatIsoDate(QStringView stored);
// Excel writes characters XML cannot hold as _xHHHH_ (and "_" before such text as _x005F_).
QString decodeEscapes(const QString& text);
// Column 1 is "A", 27 is "AA".
QString columnLetters(qint64 column);

} // namespace lp::formats::xlsx
