// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "core/result.h"

using namespace lp;

namespace {
Result<int> half(int value)
{
    if (value % 2 != 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 is odd").arg(value));
    return value / 2;
}
} // namespace

TEST_CASE("Result: holds a value or an error, like std::expected")
{
    const Result<int> ok = half(8);
    REQUIRE(ok.has_value());
    CHECK(*ok == 4);
    CHECK(ok.value_or(-1) == 4);

    const Result<int> bad = half(3);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::InvalidInput);
    CHECK(bad.error().message == QStringLiteral("3 is odd"));
    CHECK(bad.value_or(-1) == -1);
}

TEST_CASE("Result: and_then stops at the first error, transform maps the value")
{
    CHECK(*half(8).and_then(half) == 2);
    const auto stopped = half(6).and_then(half); // 6 -> 3 -> odd
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().message == QStringLiteral("3 is odd"));
    CHECK(*half(8).transform([](int v) { return QString::number(v); }) == QStringLiteral("4"));
}

TEST_CASE("Result<void>: success by default, failure carries the error")
{
    Result<void> fine;
    CHECK(fine.has_value());
    Result<void> broken = fail(ErrorCode::Busy, QStringLiteral("locked"), QStringLiteral("rc 5"));
    REQUIRE_FALSE(broken);
    CHECK(broken.error().code == ErrorCode::Busy);
    CHECK(broken.error().toLogString() == QStringLiteral("busy: locked (rc 5)"));
}

TEST_CASE("firstError: the error of the first failed result, or none")
{
    const Result<int> one = 1;
    const Result<QString> bad = fail(ErrorCode::NotFound, QStringLiteral("first"));
    const Result<void> worse = fail(ErrorCode::Io, QStringLiteral("second"));
    CHECK(firstError(one) == nullptr);
    CHECK(firstError(one, Result<void>()) == nullptr);
    const Error* error = firstError(one, bad, worse);
    REQUIRE(error != nullptr);
    CHECK(error->message == QStringLiteral("first"));
    CHECK(firstError(one, worse)->code == ErrorCode::Io);
}
