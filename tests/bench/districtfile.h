// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The district demo file the read-only measures share, made once per process (its "today" is
// fixed, so every run measures the same content).
#pragma once

#include <memory>

#include <QDate>
#include <QString>

#include "core/clock.h"
#include "core/storage/database.h"

namespace lp::bench {

// The day the district demo's dates run back from.
[[nodiscard]] QDate districtToday();

const Clock& benchClock();
std::unique_ptr<storage::Database> openFile(const QString& path);

struct District {
    QString path;
    std::unique_ptr<storage::Database> db;
    QString roster; // the district's roster as XLSX

    static District& get(const QString& scratch);
};

} // namespace lp::bench
