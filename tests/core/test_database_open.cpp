// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include "core/services/setupservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;

namespace {

Result<std::unique_ptr<storage::Database>> tryOpen(Workspace& ws, const QString& path,
                                                   int busyTimeoutMs = 5000)
{
    storage::DatabaseOptions options;
    options.path = path;
    options.busyTimeoutMs = busyTimeoutMs;
    return storage::Database::open(options, ws.clock);
}

// A closed database file with the five units in it.
QString makeDatabaseWithUnits(Workspace& ws, const QString& name = QStringLiteral("test.sqlite"))
{
    auto db = ws.open(name);
    REQUIRE_OK(services::SetupService(*db).createDefaultUnits(Actor::system()));
    return db->path();
}

// Restores write permission when a test ends, even on failure.
struct PermissionGuard {
    QString path;
    QFile::Permissions saved = QFileInfo(path).permissions();
    ~PermissionGuard() { QFile::setPermissions(path, saved); }
};

} // namespace

TEST_CASE("Database: a new file is created at the latest schema, in WAL mode, foreign keys on")
{
    Workspace ws;
    auto db = ws.open();
    CHECK(db->schemaVersion() == storage::Database::latestSchemaVersion());
    CHECK_FALSE(db->isReadOnly());
    CHECK(scalar(*db, QStringLiteral("PRAGMA user_version")).toInt() == db->schemaVersion());
    CHECK(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
    CHECK(scalar(*db, QStringLiteral("PRAGMA cache_size")).toInt() == -32768); // 32 MB of pages
    CHECK(scalar(*db, QStringLiteral("PRAGMA application_id")).toInt() == 0x4C4B5054);
    CHECK(db->preMigrationBackup().isEmpty()); // nothing to back up in a new file
}

TEST_CASE("Database: every thread gets its own connection with the same pragmas")
{
    Workspace ws;
    auto db = ws.open();
    const QString mainName = db->connection().connectionName();
    QString workerName;
    int workerForeignKeys = -1;
    int workerBusy = -1;
    QThread* worker = QThread::create([&] {
        QSqlDatabase connection = db->connection();
        workerName = connection.connectionName();
        QSqlQuery query(connection);
        if (query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next())
            workerForeignKeys = query.value(0).toInt();
        if (query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next())
            workerBusy = query.value(0).toInt();
    });
    worker->start();
    REQUIRE(worker->wait(10000));
    delete worker;
    CHECK_FALSE(workerName.isEmpty());
    CHECK(workerName != mainName);
    CHECK(workerForeignKeys == 1);
    CHECK(workerBusy == 5000);
    // The finished thread's connection was removed with it.
    CHECK_FALSE(QSqlDatabase::contains(workerName));
}

TEST_CASE("Database: a file that is not SQLite is refused and left unchanged")
{
    Workspace ws;
    const QString path = ws.path(QStringLiteral("notes.txt"));
    const QByteArray text("Minutes of the joint meeting, not a database.\n");
    writeBytes(path, text);
    auto db = tryOpen(ws, path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotSqlite);
    CHECK(db.error().message.contains(QStringLiteral("notes.txt")));
    CHECK(readBytes(path) == text);
}

TEST_CASE("Database: a truncated file is refused and left unchanged")
{
    Workspace ws;
    const QString path = makeDatabaseWithUnits(ws);
    // Make the file several pages long, then cut it in the middle.
    rawExec(path, QStringLiteral("PRAGMA journal_mode=DELETE; CREATE TABLE pad(x); "
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n "
                                 "WHERE i < 2000) INSERT INTO pad SELECT randomblob(100) FROM n;"));
    const QByteArray full = readBytes(path);
    REQUIRE(full.size() > 8 * 4096);
    const QByteArray cut = full.left(full.size() / 2);
    writeBytes(path, cut);
    auto db = tryOpen(ws, path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::Truncated);
    CHECK(db.error().message.contains(QStringLiteral("cut short")));
    CHECK(readBytes(path) == cut);
}

TEST_CASE("Database: a corrupt file is refused with a message and left unchanged")
{
    Workspace ws;
    const QString path = makeDatabaseWithUnits(ws);
    rawExec(path, QStringLiteral("PRAGMA journal_mode=DELETE"));
    QByteArray bytes = readBytes(path);
    // Overwrite the b-tree header of page 1 (the schema table) after the 100-byte file header.
    for (int i = 100; i < 200; ++i)
        bytes[i] = char(0xA5);
    writeBytes(path, bytes);
    auto db = tryOpen(ws, path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::Corrupt);
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
    CHECK(readBytes(path) == bytes);
}

TEST_CASE("Database: a file from a newer LinkPoint is refused and stays byte-for-byte the same")
{
    Workspace ws;
    const QString path = makeDatabaseWithUnits(ws);
    rawExec(path, QStringLiteral("PRAGMA user_version = 99"));
    const QByteArray before = readBytes(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    auto db = tryOpen(ws, path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NewerSchema);
    CHECK(db.error().message.contains(QStringLiteral("newer version")));
    CHECK(db.error().message.contains(QStringLiteral("99")));
    CHECK(readBytes(path) == before);
    CHECK(QFileInfo(path).lastModified() == modified);
    CHECK(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt() == 99);
}

TEST_CASE("Database: an SQLite file of another program is refused and left unchanged")
{
    Workspace ws;
    const QString path = ws.path(QStringLiteral("other.db"));
    rawExec(path, QStringLiteral("CREATE TABLE contacts(name TEXT); INSERT INTO contacts "
                                 "VALUES ('x');"));
    const QByteArray before = readBytes(path);
    auto db = tryOpen(ws, path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotLinkPoint);
    CHECK(readBytes(path) == before);
}

TEST_CASE("Database: a write-protected file opens read-only and writes refuse, saying why")
{
    Workspace ws;
    const QString path = makeDatabaseWithUnits(ws);
    PermissionGuard guard{path};
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = readBytes(path);

    auto db = tryOpen(ws, path);
    REQUIRE_OK(db);
    CHECK((*db)->isReadOnly());
    CHECK((*db)->readOnlyReason().contains(QStringLiteral("write-protected")));
    auto units = storage::UnitRepository((*db)->connection()).listActive();
    REQUIRE_OK(units);
    CHECK(units->size() == 5);

    auto transaction = storage::Transaction::begin(**db);
    REQUIRE_FALSE(transaction);
    CHECK(transaction.error().code == ErrorCode::ReadOnly);
    CHECK(transaction.error().message.contains(QStringLiteral("read-only because the file is "
                                                              "write-protected")));
    // Even a write that skips the service layer is stopped by SQLite.
    QSqlQuery sneaky((*db)->connection());
    CHECK_FALSE(sneaky.exec(QStringLiteral("DELETE FROM units")));
    db->reset();
    CHECK(readBytes(path) == before);
}

TEST_CASE("Database: a file in a write-protected folder opens read-only")
{
    Workspace ws;
    const QString folder = ws.dir.filePath(QStringLiteral("archive"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = makeDatabaseWithUnits(ws, QStringLiteral("archive/district.sqlite"));
    PermissionGuard guard{folder};
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup));
    auto db = tryOpen(ws, path);
    REQUIRE_OK(db);
    CHECK((*db)->isReadOnly());
    CHECK((*db)->readOnlyReason().contains(QStringLiteral("folder")));
    auto units = storage::UnitRepository((*db)->connection()).listActive();
    REQUIRE_OK(units);
    CHECK(units->size() == 5);
    auto written = services::SetupService(**db).createDefaultUnits(Actor::system());
    REQUIRE_FALSE(written);
    CHECK(written.error().code == ErrorCode::ReadOnly);
    CHECK(written.error().message.contains(QStringLiteral("write-protected")));
}

TEST_CASE("Database: a file another program is writing is waited on, then refused naming why")
{
    Workspace ws;
    auto db = ws.open(QStringLiteral("test.sqlite"), 300);
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(db->path().toUtf8().constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);

    QElapsedTimer waited;
    waited.start();
    auto transaction = storage::Transaction::begin(*db);
    const qint64 elapsed = waited.elapsed();
    REQUIRE_FALSE(transaction);
    CHECK(transaction.error().code == ErrorCode::Busy);
    CHECK(transaction.error().message.contains(QStringLiteral("Another program is writing")));
    CHECK(transaction.error().message.contains(QStringLiteral("0.3 seconds")));
    CHECK(elapsed >= 250); // it waited for the busy timeout before giving up

    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    auto retried = storage::Transaction::begin(*db);
    CHECK(retried.has_value());
}

TEST_CASE("Database: a read-only file that needs an upgrade is refused untouched")
{
    Workspace ws;
    const QString path = makeDatabaseWithUnits(ws);
    PermissionGuard guard{path};
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray before = readBytes(path);
    QList<storage::Migration> migrations = storage::Migrations::bundled();
    migrations.append({int(migrations.size()) + 1, QStringLiteral("later"),
                       QStringLiteral("CREATE TABLE later_things(x)")});
    storage::DatabaseOptions options;
    options.path = path;
    options.migrations = &migrations;
    auto db = storage::Database::open(options, ws.clock);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::ReadOnly);
    CHECK(db.error().message.contains(QStringLiteral("needs to be upgraded")));
    CHECK(readBytes(path) == before);
}
