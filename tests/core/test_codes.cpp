// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "core/domain/codes.h"
#include "core/domain/unit.h"

using namespace lp;

TEST_CASE("Codes: short lower-case ASCII codes are accepted, others named and refused")
{
    const QString label = QStringLiteral("Unit code");
    CHECK(domain::Codes::validate(QStringLiteral("fy"), label).has_value());
    CHECK(domain::Codes::validate(QStringLiteral("park-3_a"), label).has_value());
    for (const QString& bad :
         {QString(), QStringLiteral("FY"), QStringLiteral("-fy"), QStringLiteral("法院"),
          QStringLiteral("a b"), QString(33, QLatin1Char('a'))}) {
        const auto result = domain::Codes::validate(bad, label);
        INFO(bad.toStdString());
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(result.error().message.startsWith(label));
    }
}

TEST_CASE("Units: the five default units have valid, distinct codes and round-trip kinds")
{
    const auto units = domain::defaultDistrictUnits();
    REQUIRE(units.size() == 5);
    QStringList codes;
    for (const auto& unit : units) {
        CHECK(domain::Codes::validate(unit.code, QStringLiteral("code")).has_value());
        CHECK(domain::unitKindFromCode(domain::unitKindCode(unit.kind)) == unit.kind);
        codes.append(unit.code);
    }
    CHECK(codes == QStringList{QStringLiteral("zfw"), QStringLiteral("fy"), QStringLiteral("jcy"),
                               QStringLiteral("gaj"), QStringLiteral("sfj")});
    CHECK_FALSE(domain::unitKindFromCode(QStringLiteral("bank")).has_value());
}
