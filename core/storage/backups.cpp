// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/fileprobe.h"
#include "core/storage/migration.h"
#include "core/storage/sqlitebackup.h"
#include "core/storage/sqliteutil.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

constexpr int kBackupBusyTimeoutMs = 5000;

// A read-only native connection that closes itself.
class ReadOnlyHandle final {
public:
    explicit ReadOnlyHandle(const QString& path)
    {
        m_rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        if (m_rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, kBackupBusyTimeoutMs);
    }
    ~ReadOnlyHandle() { sqlite3_close(m_db); }
    Q_DISABLE_COPY_MOVE(ReadOnlyHandle)

    [[nodiscard]] sqlite3* get() const { return m_db; }
    [[nodiscard]] int openCode() const { return m_rc; }
    [[nodiscard]] int pragmaInt(const char* sql) const
    {
        sqlite3_stmt* statement = nullptr;
        int value = -1;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace

Result<void> Backups::create(Database& database, const QString& target, TaskControl* control)
{
    sqlite3* handle = nativeHandle(database.connection());
    if (!handle)
        return fail(ErrorCode::Sql, tr("The database connection is not open."));
    if (QFileInfo(target).absoluteFilePath() == database.path()) {
        return fail(ErrorCode::InvalidInput,
                    tr("A backup cannot replace the database file itself. Choose another file."));
    }
    return SqliteBackup::copyToFile(handle, database.path(), target, database.busyTimeoutMs(),
                                    control);
}

Result<BackupFacts> Backups::validate(const QString& file)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    auto facts = FileProbe::inspect(file);
    if (!facts)
        return fail(facts.error());
    if (!facts->exists)
        return fail(ErrorCode::NotFound, tr("The backup file %1 does not exist.").arg(shown));
    if (facts->size == 0)
        return fail(ErrorCode::InvalidInput, tr("The backup file %1 is empty.").arg(shown));

    ReadOnlyHandle db(file);
    if (db.openCode() != SQLITE_OK) {
        return fail(SqliteErrors::fromCode(db.openCode(), file, tr("reading the backup"), QString(),
                                           kBackupBusyTimeoutMs));
    }
    const int version = db.pragmaInt("PRAGMA user_version");
    const int latest = Database::latestSchemaVersion();
    if (db.pragmaInt("PRAGMA application_id") != kApplicationId || version < 1) {
        return fail(
            ErrorCode::NotLinkPoint,
            tr("%1 is not a LinkPoint backup. Choose a file that LinkPoint wrote.").arg(shown));
    }
    if (version > latest) {
        return fail(ErrorCode::NewerSchema,
                    tr("The backup %1 was written by a newer version of LinkPoint (data version "
                       "%2; this program knows up to %3). Install the newer LinkPoint to "
                       "restore it.")
                        .arg(shown)
                        .arg(version)
                        .arg(latest));
    }
    if (auto checked = SqliteBackup::quickCheck(db.get(), file, kBackupBusyTimeoutMs); !checked)
        return fail(checked.error());
    return BackupFacts{version, facts->size};
}

Result<RestoreOutcome> Backups::restore(Database& database, const QString& file)
{
    if (auto writable = database.requireWritable(); !writable)
        return fail(writable.error());
    if (QFileInfo(file).absoluteFilePath() == database.path()) {
        return fail(ErrorCode::InvalidInput,
                    tr("The backup to restore is the database file itself. Choose a backup."));
    }
    auto facts = validate(file);
    if (!facts)
        return fail(facts.error());

    sqlite3* live = nativeHandle(database.connection());
    const QFileInfo info(database.path());
    const QString stamp = database.clock().now().toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString kept = info.absolutePath() + u'/' + info.completeBaseName() + u".replaced-"_s +
                         stamp + u".sqlite"_s;
    if (auto copied =
            SqliteBackup::copyToFile(live, database.path(), kept, database.busyTimeoutMs());
        !copied) {
        Error error = copied.error();
        error.message = tr("Nothing was restored: the copy of the current file could not be "
                           "kept. %1")
                            .arg(error.message);
        return fail(error);
    }
    ReadOnlyHandle source(file);
    if (auto copied =
            SqliteBackup::copyInto(source.get(), live, database.path(), database.busyTimeoutMs());
        !copied)
        return fail(copied.error());
    return RestoreOutcome{kept, facts->schemaVersion};
}

Result<QString> Backups::restoreOver(const QString& databasePath, const QString& file,
                                     const Clock& clock)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (QFileInfo(file).absoluteFilePath() == target) {
        return fail(ErrorCode::InvalidInput,
                    tr("The backup to restore is the database file itself. Choose a backup."));
    }
    auto facts = validate(file);
    if (!facts)
        return fail(facts.error());

    QString aside;
    const QStringList suffixes{QString(), u"-wal"_s, u"-shm"_s};
    if (QFileInfo::exists(target)) {
        const QFileInfo info(target);
        aside = info.absolutePath() + u'/' + info.completeBaseName() + u".unreadable-"_s +
                clock.now().toLocalTime().toString(u"yyyyMMdd-HHmmss"_s) + u".sqlite"_s;
        for (const QString& suffix : suffixes) {
            if (QFileInfo::exists(target + suffix) &&
                !QFile::rename(target + suffix, aside + suffix)) {
                return fail(ErrorCode::Io,
                            tr("The file %1 could not be moved aside, so nothing was restored.")
                                .arg(QDir::toNativeSeparators(target + suffix)));
            }
        }
    }
    ReadOnlyHandle source(file);
    auto copied = SqliteBackup::copyToFile(source.get(), file, target, kBackupBusyTimeoutMs);
    if (!copied) {
        for (const QString& suffix : suffixes) {
            if (!aside.isEmpty() && QFileInfo::exists(aside + suffix))
                QFile::rename(aside + suffix, target + suffix);
        }
        return fail(copied.error());
    }
    return aside;
}

} // namespace lp::storage
