// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlitebackup.h"

#include <QDir>
#include <QScopeGuard>

#include <sqlite3.h>

#include "core/atomicwrite.h"
#include "core/storage/sqliteutil.h"
#include "core/taskcontrol.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QString lastMessage(sqlite3* db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

constexpr int kPagesPerStep = 256;

// Copies the whole database; the source is read inside one read transaction. With a control,
// in steps of kPagesPerStep pages. (A writer on another connection restarts a stepwise copy,
// as SQLite's backup API must; one step copies everything at once.)
int runBackup(sqlite3* source, sqlite3* target, TaskControl* control = nullptr)
{
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return sqlite3_errcode(target);
    int step = SQLITE_OK;
    if (!control) {
        step = sqlite3_backup_step(backup, -1);
    } else {
        // Holding a read transaction on the source keeps one snapshot across the steps, so
        // writers on other connections (WAL) neither restart nor disturb the copy.
        const bool ownTransaction =
            sqlite3_get_autocommit(source) != 0 &&
            sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_master", nullptr, nullptr,
                         nullptr) == SQLITE_OK;
        auto endTransaction = qScopeGuard([&] {
            if (ownTransaction)
                sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
        });
        do {
            step = sqlite3_backup_step(backup, kPagesPerStep);
            const int total = sqlite3_backup_pagecount(backup);
            control->report(total - sqlite3_backup_remaining(backup), total);
            if (control->cancelled) {
                sqlite3_backup_finish(backup);
                return SQLITE_INTERRUPT;
            }
        } while (step == SQLITE_OK || step == SQLITE_BUSY || step == SQLITE_LOCKED);
    }
    const int finish = sqlite3_backup_finish(backup);
    return step == SQLITE_DONE ? finish : step;
}

} // namespace

Result<void> SqliteBackup::quickCheck(sqlite3* db, const QString& path, int busyTimeoutMs)
{
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr);
    QStringList problems;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            const auto* text = sqlite3_column_text(statement, 0);
            const QString line = QString::fromUtf8(reinterpret_cast<const char*>(text));
            if (line != u"ok"_s)
                problems.append(line);
        }
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        return fail(SqliteErrors::fromCode(rc, path, tr("checking the file"), lastMessage(db),
                                           busyTimeoutMs));
    }
    if (!problems.isEmpty()) {
        return fail(ErrorCode::Corrupt,
                    tr("The database file %1 is damaged: %2")
                        .arg(QDir::toNativeSeparators(path), problems.first()),
                    problems.join(u"; "_s));
    }
    return {};
}

Result<void> SqliteBackup::copyToFile(sqlite3* source, const QString& sourcePath,
                                      const QString& target, int busyTimeoutMs,
                                      TaskControl* control)
{
    return writeFileAtomically(target, [&](const QString& temporary) -> Result<void> {
        sqlite3* copy = nullptr;
        int rc = sqlite3_open_v2(temporary.toUtf8().constData(), &copy,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_busy_timeout(copy, busyTimeoutMs);
            rc = runBackup(source, copy, control);
        }
        if (rc == SQLITE_INTERRUPT) {
            sqlite3_close(copy);
            return fail(ErrorCode::Cancelled, tr("The backup was cancelled; nothing was written."));
        }
        if (rc != SQLITE_OK) {
            const QString message = lastMessage(copy);
            sqlite3_close(copy);
            return fail(SqliteErrors::fromCode(rc, sourcePath, tr("copying the database"), message,
                                               busyTimeoutMs));
        }
        // The copy is one self-contained file: no -wal beside it.
        rc = sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        auto checked =
            rc == SQLITE_OK
                ? quickCheck(copy, temporary, busyTimeoutMs)
                : Result<void>(fail(SqliteErrors::fromCode(rc, temporary, tr("finishing the copy"),
                                                           lastMessage(copy), busyTimeoutMs)));
        sqlite3_close(copy);
        return checked;
    });
}

Result<void> SqliteBackup::copyInto(sqlite3* source, sqlite3* target, const QString& targetPath,
                                    int busyTimeoutMs)
{
    const int rc = runBackup(source, target);
    if (rc != SQLITE_OK) {
        return fail(SqliteErrors::fromCode(rc, targetPath, tr("restoring the backup"),
                                           lastMessage(target), busyTimeoutMs));
    }
    return {};
}

} // namespace lp::storage
