// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/domain/officer.h"
#include "core/result.h"
#include "core/storage/database.h"

namespace lp::test {

// 2026-11-22 08:00 UTC, the default "now" of every test.
QDateTime testNow();

// A temporary folder with a database path in it.
struct Workspace {
    QTemporaryDir dir;
    FixedClock clock{testNow()};

    [[nodiscard]] QString path(const QString& name = QStringLiteral("test.sqlite")) const
    {
        return dir.filePath(name);
    }
    // Opens (creating) the database, failing the test on error.
    std::unique_ptr<storage::Database> open(const QString& name = QStringLiteral("test.sqlite"),
                                            int busyTimeoutMs = 5000);
};

QByteArray readBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);

// Runs SQL with a plain sqlite3 connection, behind LinkPoint's back (to tamper with files).
void rawExec(const QString& path, const QString& sql);
// A single value from a plain sqlite3 connection.
QVariant rawValue(const QString& path, const QString& sql);
// An officer record with just a code and a name.
domain::Officer makeOfficer(const QString& code, const QString& name);

// A single value through a LinkPoint connection.
QVariant scalar(storage::Database& db, const QString& sql);

} // namespace lp::test

// Catch2 printing of errors, so a failed REQUIRE(result) shows the message.
#define REQUIRE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto& lp_result_ = (expr);                                                           \
        INFO((lp_result_ ? QString() : lp_result_.error().toLogString()).toStdString());           \
        REQUIRE(lp_result_.has_value());                                                           \
    } while (false)
