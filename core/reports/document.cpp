// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/document.h"

#include <algorithm>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace lp::reports {
namespace {

// 1..99 in Chinese numerals: 一 … 十, 十一 … 二十 … 九十九.
QString chineseNumber(int n)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10;
    const int ones = n % 10;
    QString text = tens == 1 ? QString() : QString(digits.at(tens));
    text += u'十';
    if (ones)
        text += digits.at(ones);
    return text;
}

} // namespace

PageSetup PageSetup::official()
{
    return {};
}

PageSetup PageSetup::ledger()
{
    PageSetup setup;
    setup.orientation = Orientation::Landscape;
    setup.marginTopMm = 25;
    setup.marginBottomMm = 22;
    setup.marginLeftMm = 20;
    setup.marginRightMm = 20;
    setup.bodyPt = 10.5;
    setup.titlePt = 18;
    return setup;
}

QString headingNumber(int level, int n)
{
    switch (level) {
    case 1:
        return chineseNumber(n) + u'、';
    case 2:
        return u"（"_s + chineseNumber(n) + u"）"_s;
    case 3:
        return QString::number(n) + u'.';
    default:
        return u"（"_s + QString::number(n) + u"）"_s;
    }
}

QList<QString> headingNumbers(const Document& document)
{
    QList<QString> numbers;
    int counters[4] = {0, 0, 0, 0};
    for (const Block& block : document.blocks) {
        const auto* heading = std::get_if<Heading>(&block);
        if (!heading)
            continue;
        const int level = std::clamp(heading->level, 1, 4);
        ++counters[level - 1];
        for (int deeper = level; deeper < 4; ++deeper)
            counters[deeper] = 0;
        numbers.append(headingNumber(level, counters[level - 1]));
    }
    return numbers;
}

int headerRowCount(const Table& table)
{
    return table.header.isEmpty() ? 1 : int(table.header.size());
}

TableRow effectiveHeader(const Table& table, int headerRow)
{
    if (!table.header.isEmpty())
        return table.header.value(headerRow);
    TableRow row;
    for (const TableColumn& column : table.columns)
        row.append(TableCell{column.title, 1, 1});
    return row;
}

QString cellText(const TableCell& cell)
{
    const QVariant& value = cell.value;
    if (value.isNull() || !value.isValid())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return value.toString();
    }
}

} // namespace lp::reports
