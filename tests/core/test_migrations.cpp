// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>

#include "core/services/setupservice.h"
#include "core/storage/database.h"
#include "core/storage/databasecheck.h"
#include "core/storage/migration.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;

namespace {

QList<storage::Migration> bundledPlus(const QString& sql)
{
    QList<storage::Migration> migrations = storage::Migrations::bundled();
    migrations.append({int(migrations.size()) + 1, QStringLiteral("next"), sql});
    return migrations;
}

QStringList backupsIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.before-v*.sqlite")}, QDir::Files);
}

} // namespace

TEST_CASE("Migrations: the bundled ones are numbered from 1 without gaps and mark the file")
{
    const auto& migrations = storage::Migrations::bundled();
    REQUIRE_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i)
        CHECK(migrations[i].version == i + 1);
    CHECK(migrations.first().sql.contains(QStringLiteral("PRAGMA application_id")));
}

TEST_CASE("Migrations: a folder with a gap in its numbering is refused")
{
    QTemporaryDir dir;
    for (const char* name : {"0001_first.sql", "0003_third.sql"}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("SELECT 1;");
    }
    auto loaded = storage::Migrations::load(dir.path());
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().message.contains(QStringLiteral("third")));
}

TEST_CASE("Migrations: an older file is backed up, then upgraded keeping its records")
{
    Workspace ws;
    QString path;
    {
        auto db = ws.open();
        REQUIRE_OK(services::SetupService(*db).createDefaultUnits(Actor::system()));
        path = db->path();
    }
    const auto migrations =
        bundledPlus(QStringLiteral("CREATE TABLE gardens (id TEXT PRIMARY KEY, name TEXT);"
                                   "INSERT INTO gardens VALUES ('p1', '高新园区');"));
    storage::DatabaseOptions options;
    options.path = path;
    options.migrations = &migrations;
    auto db = storage::Database::open(options, ws.clock);
    REQUIRE_OK(db);
    const int latest = int(migrations.size());
    CHECK((*db)->schemaVersion() == latest);
    CHECK(scalar(**db, QStringLiteral("PRAGMA user_version")).toInt() == latest);
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM units")).toInt() == 5);
    CHECK(scalar(**db, QStringLiteral("SELECT name FROM gardens")).toString() ==
          QStringLiteral("高新园区"));

    // The backup was taken before the upgrade: the old version with the old records.
    const QStringList backups = backupsIn(ws.dir.path());
    REQUIRE(backups.size() == 1);
    CHECK(QDir(ws.dir.path()).filePath(backups.first()) == (*db)->preMigrationBackup());
    CHECK(rawValue((*db)->preMigrationBackup(), QStringLiteral("PRAGMA user_version")).toInt() ==
          latest - 1);
    CHECK(rawValue((*db)->preMigrationBackup(), QStringLiteral("SELECT count(*) FROM units"))
              .toInt() == 5);
}

TEST_CASE("Migrations: a failing migration leaves the file at its old version with its data")
{
    Workspace ws;
    QString path;
    {
        auto db = ws.open();
        REQUIRE_OK(services::SetupService(*db).createDefaultUnits(Actor::system()));
        path = db->path();
    }
    const int old = storage::Database::latestSchemaVersion();
    // The first statement succeeds, the second fails: neither may remain.
    const auto migrations = bundledPlus(
        QStringLiteral("CREATE TABLE gardens (id TEXT); INSERT INTO no_such_table VALUES (1);"));
    storage::DatabaseOptions options;
    options.path = path;
    options.migrations = &migrations;
    auto db = storage::Database::open(options, ws.clock);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("version %1").arg(old + 1)));
    CHECK(db.error().detail.contains(QStringLiteral("no_such_table")));

    CHECK(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt() == old);
    CHECK(rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='gardens'"))
              .toInt() == 0);
    CHECK(rawValue(path, QStringLiteral("SELECT count(*) FROM units")).toInt() == 5);
    CHECK(backupsIn(ws.dir.path()).size() == 1);

    // The same file still opens with the program that matches it.
    auto reopened = ws.open();
    CHECK(reopened->schemaVersion() == old);
}

TEST_CASE("Migrations: a file of every older schema version opens at the latest and checks clean")
{
    const QDir fixtures(QStringLiteral(LINKPOINT_FIXTURES_DIR));
    const QStringList files = fixtures.entryList({QStringLiteral("schema-v*.sqlite")}, QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString& name : files) {
        INFO(name.toStdString());
        Workspace ws;
        REQUIRE(QFile::copy(fixtures.filePath(name), ws.path()));
        QFile::setPermissions(ws.path(), QFile::ReadOwner | QFile::WriteOwner);
        auto db = ws.open();
        CHECK(db->schemaVersion() == storage::Database::latestSchemaVersion());
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM units")).toInt() == 5);
        auto findings = storage::DatabaseCheck::run(*db);
        REQUIRE_OK(findings);
        for (const auto& finding : *findings) {
            INFO(finding.name.toStdString() << ": " << finding.summary.toStdString());
            CHECK(finding.passed);
        }
    }
}

TEST_CASE("Migrations: schema 5 indexes the visits and problems a file already holds")
{
    const QDir fixtures(QStringLiteral(LINKPOINT_FIXTURES_DIR));
    Workspace ws;
    REQUIRE(QFile::copy(fixtures.filePath(QStringLiteral("schema-v4.sqlite")), ws.path()));
    QFile::setPermissions(ws.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto db = ws.open();
    REQUIRE(db->schemaVersion() >= 5);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM problems_fts WHERE problems_fts "
                                     "MATCH '\"农民工\"'"))
              .toInt() == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM visits_fts WHERE visits_fts "
                                     "MATCH '\"劳动合同\"'"))
              .toInt() == 1);
    // The triggers keep them in step from here on.
    REQUIRE(scalar(*db, QStringLiteral("UPDATE problems SET description = '仓库消防通道被占用' "
                                       "WHERE id = 'p1' RETURNING 1"))
                .toInt() == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM problems_fts WHERE problems_fts "
                                     "MATCH '\"农民工\"'"))
              .toInt() == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM problems_fts WHERE problems_fts "
                                     "MATCH '\"消防通道\"'"))
              .toInt() == 1);
}

TEST_CASE("Migrations: schema 7 indexes only the live problems and visits a file holds, and "
          "finds words of one and two characters")
{
    // schema-v6: schema-v4 migrated by the SQL of 0005 and 0006, with a problem in the bin.
    const QDir fixtures(QStringLiteral(LINKPOINT_FIXTURES_DIR));
    Workspace ws;
    REQUIRE(QFile::copy(fixtures.filePath(QStringLiteral("schema-v6.sqlite")), ws.path()));
    QFile::setPermissions(ws.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto db = ws.open();
    REQUIRE(db->schemaVersion() >= 7);
    const auto count = [&](const QString& index, const QString& phrase) {
        return scalar(
                   *db,
                   QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH '%2'").arg(index, phrase))
            .toInt();
    };
    CHECK(count(QStringLiteral("problems_fts"), QStringLiteral("\"农民工\"")) == 1);
    CHECK(count(QStringLiteral("problems_chars"), QStringLiteral("\"农 民\"")) == 1);
    CHECK(count(QStringLiteral("problems_chars"), QStringLiteral("\"薪\"")) == 0);
    CHECK(count(QStringLiteral("visits_fts"), QStringLiteral("\"劳动合同\"")) == 1);
    CHECK(count(QStringLiteral("visits_chars"), QStringLiteral("\"用\"")) == 1);
    // The problem in the recycle bin (消防通道) is in neither index.
    CHECK(count(QStringLiteral("problems_fts"), QStringLiteral("\"消防通道\"")) == 0);
    CHECK(count(QStringLiteral("problems_chars"), QStringLiteral("\"消 防\"")) == 0);
    // Restored, it is found again.
    REQUIRE(scalar(*db, QStringLiteral("UPDATE problems SET deleted_at = NULL WHERE id = 'p2' "
                                       "RETURNING 1"))
                .toInt() == 1);
    CHECK(count(QStringLiteral("problems_fts"), QStringLiteral("\"消防通道\"")) == 1);
    CHECK(count(QStringLiteral("problems_chars"), QStringLiteral("\"消 防\"")) == 1);
}
