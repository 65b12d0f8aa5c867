// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The SQLite-specific corner of storage: the native handle behind a Qt connection (for the
// backup API and multi-statement migrations) and the translation of SQLite result codes into
// messages a user can act on.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#include "core/error.h"

struct sqlite3;

namespace lp::storage {

class SqliteErrors final {
    Q_DECLARE_TR_FUNCTIONS(SqliteErrors)
public:
    // Map a primary or extended SQLite result code to an Error. `path` names the file in the
    // message, `doing` says what LinkPoint was doing ("saving the record"), `nativeMessage`
    // goes to the detail.
    static Error fromCode(int code, const QString& path, const QString& doing,
                          const QString& nativeMessage, int busyTimeoutMs);
    static Error fromQt(const QSqlError& error, const QSqlDatabase& db, const QString& doing);
};

[[nodiscard]] sqlite3* nativeHandle(const QSqlDatabase& db);

// The file a connection works on, without the URI decoration of read-only connections.
[[nodiscard]] QString connectionFilePath(const QSqlDatabase& db);

// The busy timeout of a connection, remembered as a connection property by Database.
[[nodiscard]] int connectionBusyTimeoutMs(const QSqlDatabase& db);

} // namespace lp::storage
