// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The harness every measure of linkpoint-bench goes through. A measure is run `runs` times; the
// harness prints one line per measure:
//   name  median_ms  min_ms  max_ms  goal_ms  met|MISSED
#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTextStream>

namespace lp::bench {

struct Measure {
    QString name;
    double goalMs = 0;
    // Prepares one run (not timed), returns the timed work. The work returns false on failure.
    std::function<std::function<bool()>()> prepare;
    bool reference = false; // a figure to compare with (another program), not a goal of ours
    // When set, the connection the work reads on: after timing, one more run is traced and its
    // reads are timed in the sqlite3 shell ("sqlite3:name"), with the ratio of the two (goal 2).
    std::function<QSqlDatabase()> traced = {};
};

class Harness final {
public:
    Harness(QTextStream& out, int runs)
        : m_out(out)
        , m_runs(runs)
    {}

    // Returns false when a run failed or gave no figure.
    bool run(const Measure& measure);
    // Prints a figure that is not a time (a size in MB, say) in the same line format.
    void report(const QString& name, QList<double> values, double goal, bool reference = false);
    [[nodiscard]] int missed() const { return m_missed; }
    // The median of a measure already run; negative if it has not run.
    [[nodiscard]] double median(const QString& name) const { return m_medians.value(name, -1); }
    // Prints "# ratio A / B = r (goal g) met|MISSED" for two measures already run.
    void ratio(const QString& ours, const QString& theirs, double goal);

private:
    bool compareWithShell(const Measure& measure);

    QTextStream& m_out;
    int m_runs;
    int m_missed = 0;
    QHash<QString, double> m_medians;
};

} // namespace lp::bench
