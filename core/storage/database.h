// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Database owns one SQLite file. Threading: every thread gets its own named Qt connection from
// connection(), opened on first use with the same pragmas (busy_timeout, foreign_keys) and
// removed when that thread finishes or the Database is destroyed. A QSqlDatabase handle must
// stay in the thread that asked for it.
//
// Opening never modifies a file it refuses: the schema version and the owner are read through
// a read-only connection first; only a file LinkPoint may use is opened for writing, switched
// to WAL and migrated (after a backup made with SQLite's backup API).
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include "core/result.h"
#include "core/storage/migration.h"

class QObject;
class QThread;

namespace lp {
class Clock;
}

namespace lp::storage {

struct DatabaseOptions {
    QString path;
    bool readOnly = false;    // open read-only even if the file could be written
    int busyTimeoutMs = 5000; // how long a write waits for another program's lock
    const QList<Migration>* migrations = nullptr; // nullptr: the bundled ones
    QString backupFolder; // where the pre-migration backup goes; empty: beside the file
};

class Database final {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static Result<std::unique_ptr<Database>> open(const DatabaseOptions& options,
                                                  const Clock& clock);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // The calling thread's connection, opened on first use.
    [[nodiscard]] QSqlDatabase connection();
    // Closes the calling thread's connection early (a worker about to finish).
    void releaseThreadConnection();

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    [[nodiscard]] const QString& readOnlyReason() const { return m_readOnlyReason; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] int busyTimeoutMs() const { return m_busyTimeoutMs; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    // The backup made before the last migration, if one was needed.
    [[nodiscard]] const QString& preMigrationBackup() const { return m_preMigrationBackup; }

    // Fails with ReadOnly and the reason when the file was opened read-only.
    [[nodiscard]] Result<void> requireWritable() const;

    [[nodiscard]] static int latestSchemaVersion();

private:
    Database(QString path, QString readOnlyReason, QString uri, int busyTimeoutMs,
             const Clock& clock);
    Result<QSqlDatabase> threadConnection();
    Result<QSqlDatabase> openConnection(const QString& name);
    Result<void> migrate(int fromVersion, const DatabaseOptions& options);
    void removeConnection(QThread* thread);

    QString m_path;
    QString m_readOnlyReason;
    QString m_connectUri; // what the connections open: the path, or a read-only URI
    int m_busyTimeoutMs;
    const Clock& m_clock;
    int m_schemaVersion = 0;
    QString m_preMigrationBackup;
    QString m_instanceTag;
    std::unique_ptr<QObject> m_threadWatch; // context for QThread::finished connections
    QMutex m_mutex;
    QHash<QThread*, QString> m_connections;
};

} // namespace lp::storage
