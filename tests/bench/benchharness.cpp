// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/benchharness.h"

#include <algorithm>
#include <cmath>

#include <QElapsedTimer>

namespace lp::bench {

bool Harness::run(const Measure& measure)
{
    QList<double> times;
    for (int i = 0; i < m_runs; ++i) {
        const std::function<bool()> work = measure.prepare();
        if (!work)
            return false;
        QElapsedTimer timer;
        timer.start();
        const bool ok = work();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!ok || !std::isfinite(ms))
            return false;
        times.append(ms);
    }
    std::sort(times.begin(), times.end());
    const qsizetype n = times.size();
    const double median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
    m_medians.insert(measure.name, median);
    const bool met = measure.reference || median <= measure.goalMs;
    if (!met)
        ++m_missed;
    m_out << measure.name.leftJustified(40) << QString::number(median, 'f', 1).rightJustified(10)
          << QString::number(times.first(), 'f', 1).rightJustified(10)
          << QString::number(times.last(), 'f', 1).rightJustified(10)
          << (measure.reference ? QStringLiteral("-") : QString::number(measure.goalMs, 'f', 0))
                 .rightJustified(8)
          << "  "
          << (measure.reference ? "ref"
              : met             ? "met"
                                : "MISSED")
          << '\n';
    m_out.flush();
    return true;
}

void Harness::ratio(const QString& ours, const QString& theirs, double goal)
{
    const double a = median(ours);
    const double b = median(theirs);
    if (a < 0 || b <= 0)
        return;
    const double value = a / b;
    m_out << "# ratio " << ours << " / " << theirs << " = " << QString::number(value, 'f', 3)
          << " (goal " << goal << ") " << (value <= goal ? "met" : "MISSED") << '\n';
    m_out.flush();
}

} // namespace lp::bench
