// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <array>
#include <climits>
#include <vector>

#include <QList>

#include <catch2/catch.hpp>

#include "core/demo/demorandom.h"

using lp::demo::DemoRandom;

TEST_CASE("DemoRandom: the engine is the standard's mt19937_64, the same on every machine")
{
    // C++ [rand.predef]: the 10000th word of a default-seeded mt19937_64.
    DemoRandom random(5489);
    quint64 word = 0;
    for (int i = 0; i < 10000; ++i)
        word = random.next();
    CHECK(word == 9981545732273789042ULL);
}

TEST_CASE("DemoRandom: bounded draws are our own arithmetic, pinned to known values")
{
    // These change only if the algorithm changes, and then every demo file changes with them.
    DemoRandom random(1);
    std::vector<int> draws;
    draws.reserve(8);
    for (int i = 0; i < 8; ++i)
        draws.push_back(random.below(100));
    CHECK(draws == std::vector<int>{28, 62, 30, 46, 84, 9, 28, 65});
    CHECK(random.between(-5, 5) == -2);
}

TEST_CASE("DemoRandom: below stays in range and reaches every value about equally often")
{
    DemoRandom random(42);
    for (const int n : {1, 2, 7, 31, 1000}) {
        INFO("n = " << n);
        std::vector<int> counts(std::size_t(n), 0);
        const int perValue = 200;
        bool inRange = true;
        for (int i = 0; i < n * perValue; ++i) {
            const int value = random.below(n);
            if (value < 0 || value >= n) {
                inRange = false;
                break;
            }
            ++counts[std::size_t(value)];
        }
        REQUIRE(inRange);
        const auto [least, most] = std::minmax_element(counts.begin(), counts.end());
        CHECK(*least > 0);
        // 200 expected per value: a spread beyond 120–280 is over five standard deviations.
        CHECK(*least >= 120);
        CHECK(*most <= 280);
    }
}

TEST_CASE("DemoRandom: between includes both ends and nothing outside them")
{
    DemoRandom random(7);
    std::array<int, 7> counts{};
    for (int i = 0; i < 7000; ++i) {
        const int value = random.between(-3, 3);
        REQUIRE(value >= -3);
        REQUIRE(value <= 3);
        const int index = value + 3;
        ++counts[std::size_t(index)];
    }
    for (const int count : counts)
        CHECK(count > 800);
    CHECK(random.between(5, 5) == 5);
    // The widest range does not overflow: both signs come up.
    int negative = 0;
    int positive = 0;
    for (int i = 0; i < 64; ++i) {
        const int value = random.between(INT_MIN, INT_MAX);
        negative += value < 0 ? 1 : 0;
        positive += value > 0 ? 1 : 0;
    }
    CHECK(negative > 10);
    CHECK(positive > 10);
}

TEST_CASE("DemoRandom: chance is never for 0, always for 1 and proportional in between")
{
    DemoRandom random(11);
    int never = 0;
    int always = 0;
    int quarter = 0;
    for (int i = 0; i < 100000; ++i) {
        never += random.chance(0.0) ? 1 : 0;
        always += random.chance(1.0) ? 1 : 0;
        quarter += random.chance(0.25) ? 1 : 0;
    }
    CHECK(never == 0);
    CHECK(always == 100000);
    CHECK(quarter > 24000); // σ ≈ 137
    CHECK(quarter < 26000);
}

TEST_CASE("DemoRandom: weightedIndex never picks a zero weight and follows the others")
{
    DemoRandom random(13);
    const std::array<int, 4> weights{0, 1, 3, 0};
    std::array<int, 4> counts{};
    for (int i = 0; i < 40000; ++i)
        ++counts[std::size_t(random.weightedIndex(weights))];
    CHECK(counts[0] == 0);
    CHECK(counts[3] == 0);
    CHECK(counts[1] > 9000); // 10,000 expected, σ ≈ 87
    CHECK(counts[1] < 11000);
    CHECK(counts[1] + counts[2] == 40000);
}

TEST_CASE("DemoRandom: pick returns elements of the container and reaches all of them")
{
    DemoRandom random(17);
    const QList<int> items{10, 20, 30};
    std::array<int, 3> counts{};
    for (int i = 0; i < 300; ++i) {
        const int item = random.pick(items);
        REQUIRE(items.contains(item));
        ++counts[std::size_t(item / 10 - 1)];
    }
    for (const int count : counts)
        CHECK(count > 50);
}
