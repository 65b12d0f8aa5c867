// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/xlsxvalues.h"

#include <algorithm>
#include <cmath>

#include <QDate>
#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lp::formats::xlsx {
namespace {

constexpr double kLastSerial = 2958466.0; // 10000-01-01 in the 1900 system: Excel's end
constexpr int kSecondsPerDay = 86400;

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// "1.23456789012346e+17" → "123456789012346000"; "-2.5e-05" → "-0.000025".
QString expandExponent(const QString& scientific)
{
    const qsizetype e = scientific.indexOf(u'e');
    if (e < 0)
        return scientific;
    const int exponent = scientific.mid(e + 1).toInt();
    QString mantissa = scientific.left(e);
    const bool negative = mantissa.startsWith(u'-');
    if (negative)
        mantissa.remove(0, 1);
    if (exponent < -10 || exponent > 20)
        return scientific.toUpper();
    qsizetype point = mantissa.indexOf(u'.');
    if (point < 0)
        point = mantissa.size();
    QString digits = mantissa;
    digits.remove(u'.');
    qsizetype newPoint = point + exponent;
    if (newPoint <= 0) {
        digits.prepend(QString(-newPoint, u'0'));
        newPoint = 0;
    }
    if (newPoint >= digits.size())
        digits.append(QString(newPoint - digits.size(), u'0'));
    QString integer = digits.left(newPoint);
    QString fraction = digits.mid(newPoint);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (integer.isEmpty())
        integer = u"0"_s;
    return (negative ? u"-"_s : QString()) + integer +
           (fraction.isEmpty() ? QString() : u"."_s + fraction);
}

bool isElapsedToken(QStringView inside)
{
    if (inside.isEmpty())
        return false;
    const QChar first = inside.front().toLower();
    if (first != u'h' && first != u'm' && first != u's')
        return false;
    for (const QChar c : inside) {
        if (c.toLower() != first)
            return false;
    }
    return true;
}

} // namespace

NumberFormat classifyFormatCode(QStringView code)
{
    // Letter runs that matter, in order: 'y', 'm', 'd', 'h', 's'.
    QList<QChar> tokens;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u';')
            break; // only the first section (positive numbers) decides
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1);
            if (isElapsedToken(inside))
                tokens.append(inside.front().toLower() == u'm' ? u'n' : inside.front().toLower());
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, a space as wide as one, a fill character
        } else if (code.mid(i, 5).compare(u"AM/PM", Qt::CaseInsensitive) == 0) {
            i += 4;
        } else if (code.mid(i, 3).compare(u"A/P", Qt::CaseInsensitive) == 0) {
            i += 2;
        } else {
            const QChar lower = c.toLower();
            if (QStringView(u"ymdhs").contains(lower) &&
                (tokens.isEmpty() || tokens.last() != lower))
                tokens.append(lower);
        }
    }
    NumberFormat format;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QChar token = tokens[i];
        if (token == u'm') {
            const bool afterHour = i > 0 && tokens[i - 1] == u'h';
            const bool beforeSecond = i + 1 < tokens.size() && tokens[i + 1] == u's';
            if (afterHour || beforeSecond)
                format.time = true;
            else
                format.date = true;
        } else if (token == u'y' || token == u'd') {
            format.date = true;
        } else if (token == u'n' || token == u'h') {
            format.time = true;
        } else if (token == u's') {
            format.time = format.seconds = true;
        }
    }
    return format;
}

NumberFormat builtInFormat(int id)
{
    switch (id) {
    case 14:
    case 15:
    case 16:
    case 17: // m/d/yyyy, d-mmm-yy, d-mmm, mmm-yy
    case 27:
    case 28:
    case 29:
    case 30:
    case 31:
    case 36: // yyyy"年"m"月", m"月"d"日", ...
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 57:
    case 58:
        return {true, false, false};
    case 18:
    case 20:
    case 32:
    case 34:
    case 55: // h:mm AM/PM, h:mm, h"时"mm"分"
        return {false, true, false};
    case 19:
    case 21:
    case 33:
    case 35:
    case 45:
    case 46:
    case 47:
    case 56: // with seconds
        return {false, true, true};
    case 22: // m/d/yy h:mm
        return {true, true, false};
    default:
        return {};
    }
}

QString formatNumber(QStringView stored)
{
    const QStringView text = stored.trimmed();
    const bool negative = text.startsWith(u'-');
    if (isDigits(negative ? text.mid(1) : text)) {
        // An integer as written keeps every digit (an 18-digit id stays exact).
        QStringView digits = negative ? text.mid(1) : text;
        while (digits.size() > 1 && digits.front() == u'0')
            digits = digits.mid(1);
        return (negative && digits != u"0" ? u"-"_s : QString()) + digits.toString();
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return text.toString();
    if (value == 0)
        return u"0"_s;
    return expandExponent(QString::number(value, 'g', 15));
}

QString formatSerial(QStringView stored, NumberFormat format, bool date1904)
{
    bool ok = false;
    const double serial = stored.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(serial) || serial < 0 || serial >= kLastSerial)
        return formatNumber(stored);
    const auto total = static_cast<qint64>(std::llround(serial * kSecondsPerDay));
    const qint64 days = total / kSecondsPerDay;
    if (days >= qint64(kLastSerial))
        return formatNumber(stored);
    const QTime time = QTime(0, 0).addSecs(int(total % kSecondsPerDay));
    QString timeText = time.toString(format.seconds ? u"hh:mm:ss"_s : u"hh:mm"_s);
    if (!format.date && days == 0)
        return timeText; // a time of day
    if (days == 0 && !date1904)
        return format.time ? timeText : formatNumber(stored); // Excel's "1900-01-00"
    QString dateText;
    if (date1904)
        dateText = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days == 60)
        dateText = u"1900-02-29"_s; // Lotus 1-2-3's leap day, which Excel keeps
    else
        dateText = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    if (dateText.isEmpty()) // past 9999-12-31 in the 1904 system
        return formatNumber(stored);
    if (format.time)
        return dateText + u' ' + timeText;
    return dateText;
}

QString formatIsoDate(QStringView stored)
{
    QString text = stored.trimmed().toString();
    if (text.size() == 10) { // QDate would also accept a longer text, ignoring its time
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : text;
    }
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODate);
    if (!dateTime.isValid())
        return text;
    if (dateTime.time() == QTime(0, 0))
        return dateTime.date().toString(Qt::ISODate);
    return dateTime.toString(dateTime.time().second() ? u"yyyy-MM-dd hh:mm:ss"_s
                                                      : u"yyyy-MM-dd hh:mm"_s);
}

QString decodeEscapes(const QString& text)
{
    if (!text.contains(u"_x"_s))
        return text;
    QString decoded;
    decoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            const QStringView hex = QStringView(text).mid(i + 2, 4);
            if (std::all_of(hex.begin(), hex.end(), isHexDigit)) {
                decoded.append(QChar(hex.toUShort(nullptr, 16)));
                i += 6;
                continue;
            }
        }
        decoded.append(text[i]);
    }
    return decoded;
}

QString columnLetters(qint64 column)
{
    QString letters;
    for (qint64 n = column; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + int((n - 1) % 26)));
    return letters;
}

} // namespace lp::formats::xlsx
