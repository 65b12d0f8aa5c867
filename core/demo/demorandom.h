// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The random source of the demo data. Every demo value is a pure function of the seed, on any
// machine: std::mt19937_64's sequence is fixed by the C++ standard, but the distributions of
// <random> are not (libstdc++, libc++ and MSVC give different numbers), so every draw here is
// made from the raw 64-bit words with integer arithmetic of our own. The generator is not
// copyable, so a copy cannot silently replay the same stream.
#pragma once

#include <cstdint>
#include <iterator>
#include <random>
#include <span>

#include <QtGlobal>

namespace lp::demo {

class DemoRandom final {
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {}
    DemoRandom(const DemoRandom&) = delete;
    DemoRandom& operator=(const DemoRandom&) = delete;

    // The next raw 64-bit word.
    quint64 next() { return m_engine(); }
    // Uniform in [0, n); n > 0.
    int below(int n);
    // Uniform in [lo, hi], both inclusive; lo <= hi.
    int between(int lo, int hi);
    // True with probability p (clamped to [0, 1]). Always consumes one word, so changing a
    // probability does not shift the draws after it.
    bool chance(double p);
    // An index drawn in proportion to non-negative weights whose sum is positive.
    int weightedIndex(std::span<const int> weights);

    // A uniformly chosen element of a non-empty random-access container, by reference: the
    // elements must outlive it (a span over a table does; a temporary QList does not).
    template <typename Container>
    decltype(auto) pick(const Container& items)
    {
        const auto count = std::size(items);
        Q_ASSERT(count > 0);
        return *(std::begin(items) + belowWide(quint64(count)));
    }

private:
    // Uniform in [0, n) by rejection of the incomplete last block: exact and portable.
    quint64 belowWide(quint64 n);

    std::mt19937_64 m_engine;
};

} // namespace lp::demo
