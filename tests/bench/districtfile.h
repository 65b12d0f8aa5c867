// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The district demo file the read-only measures share, made once per process (its "today" is
// fixed, so every run measures the same content).
#pragma once

#include <functional>
#include <memory>

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include "core/clock.h"
#include "core/storage/database.h"

namespace lp::bench {

// The day the district demo's dates run back from.
[[nodiscard]] QDate districtToday();

const Clock& benchClock();
// The district's "today" at nine in the morning, for what derives overdue from the clock.
const Clock& districtClock();
std::unique_ptr<storage::Database> openFile(const QString& path);

struct District {
    QString path;
    std::unique_ptr<storage::Database> db;
    QString roster; // the district's roster as XLSX
    // A second connection with the dashboard's large page cache, as the dashboard page keeps.
    std::unique_ptr<storage::Database> dashboard;

    // Before the first get(): measure on a copy of `given` instead of a new demo file; in the
    // smoke run, make the district with a tenth of its visits (its 10,000 enterprises are kept).
    static void configure(const QString& given, bool smoke);
    static District& get(const QString& scratch);
};

// The district file's connection (or the dashboard's), for a measure compared with the sqlite3
// shell.
std::function<QSqlDatabase()> districtConnection(const QString& scratch, bool dashboard = false);

} // namespace lp::bench
