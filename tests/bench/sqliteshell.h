// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The same SQL in the sqlite3 shell: what the program's queries cost without the program.
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace lp::bench {

// Runs `statements` on `file` (read-only) in one sqlite3 shell per run: once untimed to warm
// the cache, as the program's repeated runs are warm, then `repeat` times between two readings
// of SQLite's clock. Gives each run's milliseconds per pass, or nothing with `error` set when
// the shell is missing or a statement fails.
std::optional<QList<double>> shellRuns(const QString& file, const QStringList& statements, int runs,
                                       int repeat, QString& error);

} // namespace lp::bench
