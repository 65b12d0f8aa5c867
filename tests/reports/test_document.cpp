// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/document.h"

#include <catch2/catch.hpp>

using namespace lp::reports;

TEST_CASE("Document: headings are numbered at the four official levels, restarting below")
{
    Document document;
    for (int level : {1, 2, 2, 3, 4, 4, 3, 1, 2, 3})
        document.blocks.append(Heading{level, QStringLiteral("x")});
    const QList<QString> numbers = headingNumbers(document);
    const QStringList expected{QStringLiteral("一、"), QStringLiteral("（一）"),
                               QStringLiteral("（二）"), QStringLiteral("1."),
                               QStringLiteral("（1）"), QStringLiteral("（2）"),
                               QStringLiteral("2."), QStringLiteral("二、"),
                               QStringLiteral("（一）"), QStringLiteral("1.")};
    CHECK(numbers == expected);
}

TEST_CASE("Document: Chinese numerals for the first two levels")
{
    CHECK(headingNumber(1, 10) == QStringLiteral("十、"));
    CHECK(headingNumber(1, 11) == QStringLiteral("十一、"));
    CHECK(headingNumber(1, 20) == QStringLiteral("二十、"));
    CHECK(headingNumber(2, 23) == QStringLiteral("（二十三）"));
    CHECK(headingNumber(3, 12) == QStringLiteral("12."));
}

TEST_CASE("Document: cell text and the header made from column titles")
{
    CHECK(cellText(TableCell{QDate(2026, 3, 5)}) == QStringLiteral("2026-03-05"));
    CHECK(cellText(TableCell{12.50}) == QStringLiteral("12.5"));
    CHECK(cellText(TableCell{QVariant()}).isEmpty());
    Table table;
    table.columns = {{QStringLiteral("企业")}, {QStringLiteral("时限")}};
    CHECK(headerRowCount(table) == 1);
    const TableRow header = effectiveHeader(table, 0);
    REQUIRE(header.size() == 2);
    CHECK(header[1].value.toString() == QStringLiteral("时限"));
}
