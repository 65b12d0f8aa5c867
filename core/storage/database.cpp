// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include <atomic>

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include "core/clock.h"
#include "core/storage/fileprobe.h"
#include "core/storage/sqlitebackup.h"
#include "core/storage/sqliteutil.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "linkpoint.storage.database", QtWarningMsg)

namespace lp::storage {
namespace {

struct SchemaState {
    int userVersion = 0;
    int applicationId = 0;
    int objectCount = 0;
};

std::atomic<int> g_instanceCounter{0};

// Reads the schema facts through a read-only native connection, which writes nothing.
Result<SchemaState> readSchemaState(const QString& target, bool isUri, const QString& path,
                                    int busyTimeoutMs)
{
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READONLY | (isUri ? SQLITE_OPEN_URI : 0);
    int rc = sqlite3_open_v2(target.toUtf8().constData(), &db, flags, nullptr);
    SchemaState state;
    auto readInt = [&](const char* sql, int& out) {
        sqlite3_stmt* statement = nullptr;
        if (rc == SQLITE_OK)
            rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW) {
                out = sqlite3_column_int(statement, 0);
                rc = SQLITE_OK;
            }
        }
        sqlite3_finalize(statement);
    };
    if (rc == SQLITE_OK)
        sqlite3_busy_timeout(db, busyTimeoutMs);
    readInt("PRAGMA user_version", state.userVersion);
    readInt("PRAGMA application_id", state.applicationId);
    readInt("SELECT count(*) FROM sqlite_master", state.objectCount);
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    sqlite3_close(db);
    if (rc != SQLITE_OK) {
        return fail(SqliteErrors::fromCode(rc, path, Database::tr("opening the file"), message,
                                           busyTimeoutMs));
    }
    return state;
}

QString readOnlyUri(const QString& path)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + u"?immutable=1"_s;
}

} // namespace

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion(Migrations::bundled());
}

Database::Database(QString path, QString readOnlyReason, QString uri, int busyTimeoutMs,
                   const Clock& clock)
    : m_path(std::move(path))
    , m_readOnlyReason(std::move(readOnlyReason))
    , m_connectUri(std::move(uri))
    , m_busyTimeoutMs(busyTimeoutMs)
    , m_clock(clock)
    , m_instanceTag(QString::number(++g_instanceCounter))
    , m_threadWatch(std::make_unique<QObject>())
{}

Database::~Database()
{
    m_threadWatch.reset(); // no more thread-finished callbacks
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseOptions& options, const Clock& clock)
{
    const QString path = QFileInfo(options.path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    const QList<Migration>& migrations =
        options.migrations ? *options.migrations : Migrations::bundled();
    const int latest = Migrations::latestVersion(migrations);

    auto facts = FileProbe::inspect(path);
    if (!facts)
        return fail(facts.error());
    const QString folder = QFileInfo(path).absolutePath();
    if (!facts->exists) {
        if (options.readOnly) {
            return fail(ErrorCode::NotFound, tr("The database file %1 does not exist.").arg(shown));
        }
        if (!QDir().mkpath(folder)) {
            return fail(
                ErrorCode::Io,
                tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        }
        facts = FileProbe::inspect(path);
        if (!facts)
            return fail(facts.error());
        if (!facts->folderWritable) {
            return fail(ErrorCode::ReadOnly,
                        tr("A new database cannot be created in %1: the folder is "
                           "write-protected. Choose another folder.")
                            .arg(QDir::toNativeSeparators(folder)));
        }
    }

    QString readOnlyReason;
    if (options.readOnly)
        readOnlyReason = tr("it was opened read-only on request");
    else if (facts->exists && !facts->fileWritable)
        readOnlyReason = tr("the file is write-protected");
    else if (!facts->folderWritable)
        readOnlyReason =
            tr("its folder %1 is write-protected").arg(QDir::toNativeSeparators(folder));

    // A read-only folder cannot take the -shm file a WAL reader needs; with no writer possible
    // there, the file is opened immutable. A -wal left behind must be read, so not then.
    const bool immutable =
        !readOnlyReason.isEmpty() && !facts->folderWritable && !facts->walFilePresent;
    const QString target = immutable ? readOnlyUri(path) : path;

    SchemaState state;
    if (facts->exists && facts->size > 0) {
        auto read = readSchemaState(target, immutable, path, options.busyTimeoutMs);
        if (!read)
            return fail(read.error());
        state = *read;
    }
    if (state.userVersion > latest) {
        return fail(ErrorCode::NewerSchema,
                    tr("The database file %1 was written by a newer version of LinkPoint "
                       "(data version %2; this program knows up to %3). It was not changed. "
                       "Install the newer LinkPoint to open it.")
                        .arg(shown)
                        .arg(state.userVersion)
                        .arg(latest));
    }
    const bool foreign = (state.userVersion == 0 && state.objectCount > 0) ||
                         (state.userVersion > 0 && state.applicationId != kApplicationId);
    if (foreign) {
        return fail(ErrorCode::NotLinkPoint,
                    tr("%1 is an SQLite database, but not one made by LinkPoint. It was not "
                       "changed. Choose the file LinkPoint created, or a backup of it.")
                        .arg(shown));
    }
    if (!readOnlyReason.isEmpty() && state.userVersion < latest) {
        return fail(ErrorCode::ReadOnly,
                    tr("The database file %1 needs to be upgraded for this version of "
                       "LinkPoint, but %2. Make it writable and open it again.")
                        .arg(shown, readOnlyReason));
    }

    std::unique_ptr<Database> db(
        new Database(path, readOnlyReason, target, options.busyTimeoutMs, clock));
    auto first = db->threadConnection();
    if (!first)
        return fail(first.error());
    QSqlDatabase connection = *first;
    if (!db->isReadOnly()) {
        QSqlQuery wal(connection);
        if (!wal.exec(u"PRAGMA journal_mode = WAL"_s) || !wal.next())
            return fail(SqliteErrors::fromQt(wal.lastError(), connection, tr("opening the file")));
        if (wal.value(0).toString() != u"wal"_s)
            qCWarning(lcDatabase) << "WAL is not available for" << path << wal.value(0);
    }
    db->m_schemaVersion = state.userVersion;
    if (state.userVersion < latest) {
        auto migrated = db->migrate(state.userVersion, options);
        if (!migrated)
            return fail(migrated.error());
        db->m_schemaVersion = latest;
    }
    return db;
}

Result<void> Database::migrate(int fromVersion, const DatabaseOptions& options)
{
    sqlite3* handle = nativeHandle(connection());
    Q_ASSERT(handle);
    if (fromVersion > 0) {
        const QFileInfo info(m_path);
        const QString folder =
            options.backupFolder.isEmpty() ? info.absolutePath() : options.backupFolder;
        const QString stamp = m_clock.now().toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
        const QString backup = folder + u'/' + info.completeBaseName() +
                               u".before-v%1-%2.sqlite"_s.arg(fromVersion + 1).arg(stamp);
        auto copied = SqliteBackup::copyToFile(handle, m_path, backup, m_busyTimeoutMs);
        if (!copied) {
            Error error = copied.error();
            error.message = tr("The database must be upgraded, but the backup made before the "
                               "upgrade failed, so nothing was changed: %1")
                                .arg(error.message);
            return fail(error);
        }
        m_preMigrationBackup = backup;
        qCInfo(lcDatabase) << "backup before migration written to" << backup;
    }
    const QList<Migration>& migrations =
        options.migrations ? *options.migrations : Migrations::bundled();
    return Migrations::apply(handle, m_path, fromVersion, migrations, m_busyTimeoutMs);
}

QSqlDatabase Database::connection()
{
    auto opened = threadConnection();
    if (!opened)
        qCWarning(lcDatabase) << opened.error().toLogString();
    return opened ? *opened : QSqlDatabase();
}

Result<QSqlDatabase> Database::threadConnection()
{
    QThread* thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    if (auto it = m_connections.constFind(thread); it != m_connections.constEnd())
        return QSqlDatabase::database(*it, false);

    const QString name =
        u"linkpoint-%1-%2"_s.arg(m_instanceTag).arg(reinterpret_cast<quintptr>(thread), 0, 16);
    m_connections.insert(thread, name);
    lock.unlock();
    if (thread != m_threadWatch->thread()) {
        QObject::connect(
            thread, &QThread::finished, m_threadWatch.get(),
            [this, thread] { removeConnection(thread); }, Qt::DirectConnection);
    }
    auto opened = openConnection(name);
    if (!opened) {
        removeConnection(thread);
        return fail(opened.error());
    }
    return QSqlDatabase::database(name, false);
}

Result<QSqlDatabase> Database::openConnection(const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_connectUri);
    QStringList options{u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs)};
    if (isReadOnly())
        options.append(u"QSQLITE_OPEN_READONLY"_s);
    if (m_connectUri.startsWith(u"file:"_s))
        options.append(u"QSQLITE_OPEN_URI"_s);
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return fail(SqliteErrors::fromQt(db.lastError(), db, tr("opening the file")));

    // A page cache of up to 32 MB instead of SQLite's 2 MB: a list page, its count and the
    // enterprises and units it names stay cached while the user scrolls and filters (a ledger
    // page at the end of ten years' problems 1.6 -> 1.2 ms, its first page 11 -> 5 ms).
    QStringList pragmas{u"PRAGMA busy_timeout = %1"_s.arg(m_busyTimeoutMs),
                        u"PRAGMA cache_size = -32768"_s, u"PRAGMA foreign_keys = ON"_s};
    if (isReadOnly())
        pragmas.append(u"PRAGMA query_only = ON"_s);
    QSqlQuery query(db);
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return fail(SqliteErrors::fromQt(query.lastError(), db, tr("opening the file")));
    }
    if (!query.exec(u"PRAGMA foreign_keys"_s) || !query.next() || query.value(0).toInt() != 1) {
        return fail(ErrorCode::Sql, tr("The database driver does not enforce foreign keys."),
                    query.lastError().text());
    }
    return db;
}

void Database::releaseThreadConnection()
{
    removeConnection(QThread::currentThread());
}

void Database::removeConnection(QThread* thread)
{
    QMutexLocker lock(&m_mutex);
    const QString name = m_connections.take(thread);
    lock.unlock();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

Result<void> Database::requireWritable() const
{
    if (!isReadOnly())
        return {};
    return fail(ErrorCode::ReadOnly,
                tr("Nothing can be saved: the database file %1 is open read-only because %2.")
                    .arg(QDir::toNativeSeparators(m_path), m_readOnlyReason));
}

} // namespace lp::storage
