// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqliteutil.h"

#include <QDir>
#include <QSqlDriver>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace lp::storage {

Error SqliteErrors::fromCode(int code, const QString& path, const QString& doing,
                             const QString& nativeMessage, int busyTimeoutMs)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString detail = u"SQLite %1 while %2: %3"_s.arg(code).arg(doing, nativeMessage);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Busy,
                tr("Another program is writing to the database file %1. LinkPoint waited %2 "
                   "seconds for it to finish. Close the other program or wait a moment, then "
                   "try again.")
                    .arg(file)
                    .arg(busyTimeoutMs / 1000.0, 0, 'g', 3),
                detail};
    case SQLITE_READONLY:
        return {ErrorCode::ReadOnly,
                tr("The database file %1 is open read-only, so nothing can be saved.").arg(file),
                detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {ErrorCode::Corrupt,
                tr("The database file %1 is damaged and cannot be read. Restore it from a "
                   "backup.")
                    .arg(file),
                detail};
    case SQLITE_FULL:
        return {ErrorCode::Io,
                tr("The disk that holds %1 is full. Free some space and try again.").arg(file),
                detail};
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_IOERR:
        return {ErrorCode::Io,
                tr("The database file %1 could not be read or written. Check that the disk is "
                   "connected and that you may use the file.")
                    .arg(file),
                detail};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::Conflict,
                tr("The change conflicts with a record already saved (%1).").arg(nativeMessage),
                detail};
    default:
        return {ErrorCode::Sql,
                tr("An unexpected database error occurred while %1. Please report it with the "
                   "log.")
                    .arg(doing),
                detail};
    }
}

Error SqliteErrors::fromQt(const QSqlError& error, const QSqlDatabase& db, const QString& doing)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return fromCode(ok ? code : SQLITE_ERROR, connectionFilePath(db), doing, error.text(),
                    connectionBusyTimeoutMs(db));
}

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

QString connectionFilePath(const QSqlDatabase& db)
{
    const QString name = db.databaseName();
    if (name.startsWith(u"file:"_s))
        return QUrl(name).toLocalFile();
    return name;
}

int connectionBusyTimeoutMs(const QSqlDatabase& db)
{
    const QString options = db.connectOptions();
    for (const QString& option : options.split(u';', Qt::SkipEmptyParts)) {
        if (option.startsWith(u"QSQLITE_BUSY_TIMEOUT="_s))
            return option.section(u'=', 1).toInt();
    }
    return 5000;
}

} // namespace lp::storage
