// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>

#include <sqlite3.h>

namespace lp::test {

QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
}

std::unique_ptr<storage::Database> Workspace::open(const QString& name, int busyTimeoutMs)
{
    REQUIRE(dir.isValid());
    storage::DatabaseOptions options;
    options.path = path(name);
    options.busyTimeoutMs = busyTimeoutMs;
    auto db = storage::Database::open(options, clock);
    REQUIRE_OK(db);
    return std::move(*db);
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

void rawExec(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    INFO((message ? message : "") << " in " << sql.toStdString());
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QVariant rawValue(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    QVariant value;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        if (sqlite3_column_type(statement, 0) == SQLITE_INTEGER)
            value = qlonglong(sqlite3_column_int64(statement, 0));
        else if (sqlite3_column_type(statement, 0) != SQLITE_NULL)
            value =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

QVariant scalar(storage::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

domain::Officer makeOfficer(const QString& code, const QString& name)
{
    domain::Officer officer;
    officer.code = code;
    officer.name = name;
    return officer;
}

} // namespace lp::test
