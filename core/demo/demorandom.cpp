// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demorandom.h"

#include <cmath>

namespace lp::demo {

quint64 DemoRandom::belowWide(quint64 n)
{
    Q_ASSERT(n > 0);
    // 2^64 mod n: the words below it would make the low residues more likely than the others.
    const quint64 threshold = (quint64(0) - n) % n;
    for (;;) {
        const quint64 word = m_engine();
        if (word >= threshold)
            return word % n;
    }
}

int DemoRandom::below(int n)
{
    Q_ASSERT(n > 0);
    return int(belowWide(quint64(n)));
}

int DemoRandom::between(int lo, int hi)
{
    Q_ASSERT(lo <= hi);
    return int(qint64(lo) + qint64(belowWide(quint64(qint64(hi) - qint64(lo) + 1))));
}

bool DemoRandom::chance(double p)
{
    // p scaled to 2^53 is exact in IEEE doubles, and the comparison is between integers.
    constexpr double kScale = 9007199254740992.0; // 2^53
    const double clamped = p < 0 ? 0 : p > 1 ? 1 : p;
    const auto limit = quint64(std::llround(clamped * kScale));
    return (m_engine() >> 11) < limit;
}

int DemoRandom::weightedIndex(std::span<const int> weights)
{
    quint64 total = 0;
    for (const int weight : weights) {
        Q_ASSERT(weight >= 0);
        total += quint64(weight);
    }
    Q_ASSERT(total > 0);
    quint64 draw = belowWide(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (draw < quint64(weights[i]))
            return int(i);
        draw -= quint64(weights[i]);
    }
    return int(weights.size()) - 1; // not reached
}

} // namespace lp::demo
