// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/benchharness.h"

#include <algorithm>
#include <cmath>

#include <QElapsedTimer>

#include "core/storage/sqliteutil.h"
#include "core/storage/statementtrace.h"
#include "tests/bench/sqliteshell.h"

using namespace Qt::StringLiterals;

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
    report(measure.name, times, measure.goalMs, measure.reference);
    return !measure.traced || compareWithShell(measure);
}

void Harness::report(const QString& name, QList<double> values, double goal, bool reference)
{
    if (values.isEmpty())
        return;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    m_medians.insert(name, median);
    const bool met = reference || median <= goal;
    if (!met)
        ++m_missed;
    m_out << name.leftJustified(40) << QString::number(median, 'f', 1).rightJustified(10)
          << QString::number(values.first(), 'f', 1).rightJustified(10)
          << QString::number(values.last(), 'f', 1).rightJustified(10)
          << (reference ? QStringLiteral("-") : QString::number(goal, 'f', 0)).rightJustified(8)
          << "  "
          << (reference ? "ref"
              : met     ? "met"
                        : "MISSED")
          << '\n';
    m_out.flush();
}

bool Harness::compareWithShell(const Measure& measure)
{
    const std::function<bool()> work = measure.prepare();
    if (!work)
        return false;
    const QSqlDatabase connection = measure.traced();
    QStringList reads;
    {
        const storage::StatementTrace trace(connection);
        if (!work())
            return false;
        reads = trace.reads();
        if (qEnvironmentVariableIsSet("LINKPOINT_BENCH_SQL")) {
            QTextStream err(stderr);
            for (const storage::TracedStatement& statement : trace.statements())
                err << "  " << QString::number(double(statement.nanoseconds) / 1e6, 'f', 2)
                    << " ms  " << statement.sql.simplified() << '\n';
        }
    }
    // Enough passes for a few hundred milliseconds: the shell's clock steps by a millisecond.
    const double programMs = std::max(median(measure.name), 0.05);
    const int repeat = std::clamp(int(std::ceil(300.0 / programMs)), 1, 1000);
    QString error;
    const auto times =
        shellRuns(storage::connectionFilePath(connection), reads, m_runs, repeat, error);
    if (!times) {
        QTextStream(stderr) << "linkpoint-bench: " << measure.name << ": " << error << '\n';
        return false;
    }
    const QString shellName = u"sqlite3:"_s + measure.name;
    report(shellName, *times, 0, true);
    ratio(measure.name, shellName, 2.0);
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
