// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "core/domain/phone.h"

using lp::domain::Phone;

TEST_CASE("Phone: mainland mobiles, landlines with area codes and service numbers pass")
{
    for (const char* phone : {"13800000000", "19912345678", "0917-3456789", "09173456789",
                              "010-61234567", "0917-3456789-805", "400-800-1234", "8008001234"}) {
        INFO(phone);
        CHECK(Phone::validate(QString::fromLatin1(phone), QStringLiteral("Phone")).has_value());
    }
}

TEST_CASE("Phone: other numbers are refused, naming the field and the number")
{
    for (const char* phone : {"12800000000", "1380000000", "138000000001", "3456789", "0917-12345",
                              "+1 415 555 0100", "abc"}) {
        INFO(phone);
        const auto result =
            Phone::validate(QString::fromLatin1(phone), QStringLiteral("Contact phone"));
        REQUIRE_FALSE(result);
        CHECK(result.error().message.startsWith(QStringLiteral("Contact phone: \"")));
    }
}

TEST_CASE("Phone: spaces and full-width characters are normalized first")
{
    CHECK(Phone::normalized(QStringLiteral("138 0000 0000")) == QStringLiteral("13800000000"));
    CHECK(Phone::normalized(QStringLiteral("０９１７－３４５６７８９")) ==
          QStringLiteral("0917-3456789"));
}
