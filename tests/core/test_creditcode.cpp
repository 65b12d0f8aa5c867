// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "core/domain/creditcode.h"

using lp::ErrorCode;
using lp::domain::CreditCode;

TEST_CASE("CreditCode: real codes from several registration authorities pass both checks")
{
    // From hutool's and python-stdnum's test data (RESEARCH.md §1.4).
    for (const char* code :
         {"91310110666007217T", "91110000600037341L", "121200004013590816", "92340602MA2PBMEM24"}) {
        INFO(code);
        CHECK(CreditCode::validate(QString::fromLatin1(code)).has_value());
    }
}

TEST_CASE("CreditCode: the check character is computed as GB 32100 defines it")
{
    // The worked example of the standard's reproduction: the sum is 1640, 1640 mod 31 = 28.
    CHECK(CreditCode::checkCharacter(u"91350100M000100Y4") == u'3');
    const auto wrong = CreditCode::validate(QStringLiteral("91350100M000100Y4Z"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message.contains(QStringLiteral("character 18")));
    CHECK(wrong.error().message.contains(QStringLiteral("should be 3, not Z")));
}

TEST_CASE("CreditCode: the GB 11714 check digit inside the code is checked, X and 0 included")
{
    CHECK(CreditCode::organizationCheck(u"66600721") == u'7');
    CHECK(CreditCode::organizationCheck(u"MA2PBMEM") == u'2');
    // Change position 17 and repair position 18: only the organisation check fails.
    QString code = QStringLiteral("91310110666007218");
    code.append(CreditCode::checkCharacter(code));
    const auto result = CreditCode::validate(code);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Conflict); // may be a real early pilot code
    CHECK(result.error().message.contains(QStringLiteral("character 17")));
    CHECK(result.error().message.contains(QStringLiteral("should be 7, not 8")));
}

TEST_CASE("CreditCode: wrong length, letters never used and letters in the division code are "
          "named by position")
{
    auto short17 = CreditCode::validate(QStringLiteral("91310110666007217"));
    REQUIRE_FALSE(short17);
    CHECK(short17.error().code == ErrorCode::InvalidInput);
    CHECK(short17.error().message.contains(QStringLiteral("17 characters")));

    auto letterO = CreditCode::validate(QStringLiteral("91310110666OO7217T"));
    REQUIRE_FALSE(letterO);
    CHECK(letterO.error().message.contains(QStringLiteral("character 12 is \"O\"")));

    auto division = CreditCode::validate(QStringLiteral("9131A110666007217T"));
    REQUIRE_FALSE(division);
    CHECK(division.error().message.contains(QStringLiteral("character 5 should be a digit")));
}

TEST_CASE("CreditCode: pasted codes are normalized")
{
    CHECK(CreditCode::normalized(QStringLiteral(" 9131 0110-6660 07217t ")) ==
          QStringLiteral("91310110666007217T"));
}
