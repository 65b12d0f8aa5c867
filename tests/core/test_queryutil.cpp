// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/queryutil.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace Qt::StringLiterals;

TEST_CASE("storedDate: YYYY-MM-DD exactly as Qt::ISODate writes it, SQL NULL for no date")
{
    for (QDate day(1999, 12, 25); day <= QDate(2001, 3, 5); day = day.addDays(1))
        REQUIRE(storage::storedDate(day).toString() == day.toString(Qt::ISODate));
    CHECK(storage::storedDate(QDate(2026, 1, 9)).toString() == u"2026-01-09"_s);
    CHECK(storage::storedDate(QDate(9999, 12, 31)).toString() == u"9999-12-31"_s);
    CHECK(storage::storedDate(QDate(812, 7, 1)).toString() ==
          QDate(812, 7, 1).toString(Qt::ISODate));
    CHECK(storage::storedDate(QDate()).isNull());
    CHECK(storage::dateFromStored(storage::storedDate(QDate(2024, 2, 29))) == QDate(2024, 2, 29));
}
