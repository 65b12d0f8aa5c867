// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A SELECT read straight through SQLite's C API on the statement's Qt connection. The list pages
// read hundreds of rows a screen: through QtSql each text is converted to UTF-16 by SQLite, then
// copied into a QVariant of a cached row, then into a QString; here it is decoded once from the
// UTF-8 SQLite stores. The connection, its transaction and its statement trace are the same.
#pragma once

#include <functional>

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include "core/result.h"

struct sqlite3_stmt;

namespace lp::storage {

class NativeQuery final {
public:
    // The statement prepared with `values` bound (null, whole numbers, reals, text, dates as
    // stored), before its first row. `doing` completes "while …" in an error's message.
    [[nodiscard]] static Result<NativeQuery> run(const QSqlDatabase& connection, const QString& sql,
                                                 const QVariantList& values, const QString& doing);
    ~NativeQuery();
    NativeQuery(NativeQuery&& other) noexcept;
    NativeQuery& operator=(NativeQuery&& other) noexcept;
    Q_DISABLE_COPY(NativeQuery)

    // Steps to the next row: true on a row, false after the last (and on every call after).
    [[nodiscard]] Result<bool> next();
    // Calls `read` on each remaining row, which reads it through the accessors below.
    [[nodiscard]] Result<void> forEachRow(const std::function<void()>& read);

    // The current row's columns, from 0. A NULL reads as empty text, 0 and an invalid date.
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] QDate date(int column) const; // stored as YYYY-MM-DD

private:
    NativeQuery(const QSqlDatabase& connection, sqlite3_stmt* statement, QString doing);
    Error failure(int code) const;

    QSqlDatabase m_connection;
    sqlite3_stmt* m_statement = nullptr;
    QString m_doing;
    bool m_done = false;
};

} // namespace lp::storage
