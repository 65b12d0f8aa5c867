// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/sqliteshell.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lp::bench {
namespace {

// The shell's clock: milliseconds since 1970, read from SQLite's own time source.
constexpr QStringView kClock =
    u".output stdout\nSELECT 'clock', (julianday('now') - 2440587.5) * 86400000.0;\n"
    u".output /dev/null\n";

// Warms the cache with one untimed pass, then reads the clock around `repeat` passes (the
// clock's step is a millisecond, so the passes together must take much longer than that).
QString script(const QStringList& statements, int repeat)
{
    const QString body = statements.join(u";\n"_s) + u";\n"_s;
    QString sql = u".bail on\n.output /dev/null\n"_s + body;
    sql += kClock;
    for (int pass = 0; pass < repeat; ++pass)
        sql += body;
    sql += kClock;
    return sql;
}

} // namespace

std::optional<QList<double>> shellRuns(const QString& file, const QStringList& statements, int runs,
                                       int repeat, QString& error)
{
    const QString program = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (program.isEmpty()) {
        error = u"the sqlite3 shell is not installed (Debian package sqlite3)"_s;
        return std::nullopt;
    }
    if (statements.isEmpty()) {
        error = u"no statements were traced"_s;
        return std::nullopt;
    }
    static const QRegularExpression clock(u"^clock\\|([0-9.]+)$"_s,
                                          QRegularExpression::MultilineOption);
    const QByteArray input = script(statements, repeat).toUtf8();
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcess shell;
        shell.start(program, {u"-readonly"_s, u"-batch"_s, file});
        shell.write(input);
        shell.closeWriteChannel();
        if (!shell.waitForFinished(600'000) || shell.exitCode() != 0) {
            error = u"sqlite3 failed: "_s + QString::fromUtf8(shell.readAllStandardError());
            return std::nullopt;
        }
        QList<double> readings;
        auto matches = clock.globalMatch(QString::fromUtf8(shell.readAllStandardOutput()));
        while (matches.hasNext())
            readings.append(matches.next().captured(1).toDouble());
        if (readings.size() != 2) {
            error = u"sqlite3 printed %1 clock readings, not 2"_s.arg(readings.size());
            return std::nullopt;
        }
        times.append((readings[1] - readings[0]) / repeat);
    }
    return times;
}

} // namespace lp::bench
