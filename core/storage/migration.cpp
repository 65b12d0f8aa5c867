// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/migration.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <sqlite3.h>

#include "core/storage/sqliteutil.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMigration, "linkpoint.storage.migration", QtWarningMsg)

namespace lp::storage {
namespace {

// Runs SQL that may hold several statements; returns the SQLite code and message.
std::pair<int, QString> execute(sqlite3* db, const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    QString text = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    return {rc, text};
}

} // namespace

Result<QList<Migration>> Migrations::load(const QString& folder)
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> migrations;
    const QStringList names = QDir(folder).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch()) {
            return fail(ErrorCode::InvalidInput,
                        tr("The migration file %1 is not named NNNN_name.sql.").arg(name));
        }
        QFile file(folder + u'/' + name);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Io, tr("The migration file %1 cannot be read.").arg(name),
                        file.errorString());
        }
        migrations.append(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != i + 1) {
            return fail(ErrorCode::InvalidInput,
                        tr("The migrations must be numbered 0001, 0002 … without gaps; %1 is "
                           "out of place.")
                            .arg(migrations[i].name));
        }
    }
    return migrations;
}

const QList<Migration>& Migrations::bundled()
{
    static const QList<Migration> migrations = [] {
        auto loaded = load(u":/sql"_s);
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().toLogString()));
        return *loaded;
    }();
    return migrations;
}

int Migrations::latestVersion(const QList<Migration>& migrations)
{
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<void> Migrations::apply(sqlite3* db, const QString& path, int fromVersion,
                               const QList<Migration>& migrations, int busyTimeoutMs)
{
    for (const Migration& migration : migrations) {
        if (migration.version <= fromVersion)
            continue;
        qCInfo(lcMigration) << "applying migration" << migration.version << migration.name;
        const QString doing = tr("upgrading the database to version %1 (%2)")
                                  .arg(migration.version)
                                  .arg(migration.name);
        auto [rc, message] = execute(db, u"BEGIN IMMEDIATE"_s);
        if (rc != SQLITE_OK)
            return fail(SqliteErrors::fromCode(rc, path, doing, message, busyTimeoutMs));

        std::tie(rc, message) = execute(db, migration.sql);
        if (rc == SQLITE_OK) {
            std::tie(rc, message) =
                execute(db, u"PRAGMA user_version = %1"_s.arg(migration.version));
        }
        if (rc == SQLITE_OK)
            std::tie(rc, message) = execute(db, u"COMMIT"_s);
        if (rc != SQLITE_OK) {
            execute(db, u"ROLLBACK"_s);
            Error error = SqliteErrors::fromCode(rc, path, doing, message, busyTimeoutMs);
            if (error.code == ErrorCode::Sql) {
                error.message = tr("Upgrading the database to version %1 (%2) failed, so the "
                                   "file was left at version %3. Please report this with the "
                                   "log.")
                                    .arg(migration.version)
                                    .arg(migration.name)
                                    .arg(migration.version - 1);
            }
            return fail(error);
        }
    }
    return {};
}

} // namespace lp::storage
