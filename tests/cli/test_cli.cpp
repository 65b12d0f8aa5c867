// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// linkpoint-cli as scripts use it: a separate process, its exit code, stdout and stderr.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include "core/domain/officer.h"
#include "core/storage/officerrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/transaction.h"
#include "tests/cli/clirunner.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;

namespace {

int unitCount(const QString& path)
{
    return rawValue(path, QStringLiteral("SELECT count(*) FROM units WHERE deleted_at IS NULL"))
        .toInt();
}

} // namespace

TEST_CASE("CLI: version prints the program and data versions")
{
    const Run run = cli({QStringLiteral("version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("LinkPoint 0.")));
    CHECK(run.out.contains(
        QStringLiteral("data version %1").arg(storage::Database::latestSchemaVersion())));
    CHECK(run.err.isEmpty());
}

TEST_CASE("CLI: bad usage exits 2 with a message")
{
    const Run none = cli({});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("No command given")));

    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command: frobnicate")));

    const Run option = cli({QStringLiteral("--colour"), QStringLiteral("version")});
    CHECK(option.exitCode == 2);

    QTemporaryDir dir;
    const Run noOut =
        cli(withDb(dir.filePath(QStringLiteral("a.sqlite")), {QStringLiteral("backup")}));
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out")));
}

TEST_CASE("CLI: init creates the five units once, recorded as the command line user")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("district.sqlite"));
    const Run first = cli(withDb(db, {QStringLiteral("init")}));
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("zfw, fy, jcy, gaj, sfj")));
    CHECK(unitCount(db) == 5);
    CHECK(rawValue(db, QStringLiteral("SELECT name FROM units WHERE code = 'fy'")).toString() ==
          QStringLiteral("区人民法院"));
    CHECK(rawValue(db, QStringLiteral("SELECT DISTINCT actor FROM audit_log WHERE table_name NOT "
                                      "IN ('problem_categories', 'departments')"))
              .toString() == QStringLiteral("cli:tester"));

    const Run second = cli(withDb(db, {QStringLiteral("init")}));
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("nothing was changed")));
    CHECK(unitCount(db) == 5);
}

TEST_CASE("CLI: --officer records writes as that officer, and an unknown code is refused")
{
    Workspace ws;
    QString officerId;
    {
        auto db = ws.open();
        auto transaction = storage::Transaction::begin(*db);
        REQUIRE_OK(transaction);
        storage::RecordWriter writer(transaction->connection(), ws.clock, Actor::system());
        auto officer = storage::OfficerRepository::insert(
            writer, test::makeOfficer(QStringLiteral("zhao"), QStringLiteral("赵敏")));
        REQUIRE_OK(officer);
        officerId = officer->id;
        REQUIRE_OK(transaction->commit());
    }
    const QString db = ws.path();
    const Run unknown = cli(
        withDb(db, {QStringLiteral("--officer"), QStringLiteral("qian"), QStringLiteral("init")}));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no officer has the code \"qian\"")));
    CHECK(unitCount(db) == 0);

    const Run known = cli(
        withDb(db, {QStringLiteral("--officer"), QStringLiteral("zhao"), QStringLiteral("init")}));
    CHECK(known.exitCode == 0);
    CHECK(rawValue(db, QStringLiteral("SELECT DISTINCT created_by FROM units")).toString() ==
          officerId);
}

TEST_CASE("CLI: check passes on a sound file and exits 1 naming a record without audit")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("district.sqlite"));
    REQUIRE(cli(withDb(db, {QStringLiteral("init")})).exitCode == 0);
    const Run sound = cli(withDb(db, {QStringLiteral("check")}));
    CHECK(sound.exitCode == 0);
    CHECK(sound.out.contains(QStringLiteral("[ok]")));
    CHECK_FALSE(sound.out.contains(QStringLiteral("[FAIL]")));

    rawExec(db, QStringLiteral("UPDATE units SET name = '被改动', version = 2 WHERE code = 'sfj'"));
    const Run broken = cli(withDb(db, {QStringLiteral("check")}));
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("[FAIL] Audit trail of Units")));
    CHECK(broken.out.contains(QStringLiteral("被改动")));
    CHECK(broken.err.contains(QStringLiteral("found problems")));
}

TEST_CASE("CLI: backup and restore round trip, keeping the replaced file")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("district.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("备份.sqlite"));
    REQUIRE(cli(withDb(db, {QStringLiteral("init")})).exitCode == 0);
    const Run made = cli(withDb(db, {QStringLiteral("backup"), QStringLiteral("--out"), backup}));
    CHECK(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("备份.sqlite")));
    CHECK(rawValue(backup, QStringLiteral("SELECT count(*) FROM units")).toInt() == 5);

    rawExec(db, QStringLiteral("DELETE FROM units WHERE code = 'gaj'"));
    REQUIRE(unitCount(db) == 4);
    const Run restored = cli(withDb(db, {QStringLiteral("restore"), backup}));
    CHECK(restored.exitCode == 0);
    CHECK(unitCount(db) == 5);
    const QStringList kept =
        QDir(dir.path()).entryList({QStringLiteral("district.replaced-*.sqlite")});
    REQUIRE(kept.size() == 1);
    CHECK(unitCount(dir.filePath(kept.first())) == 4);
    CHECK(cli(withDb(db, {QStringLiteral("check")})).exitCode == 0);
    // The kept file still shows the unit deleted behind LinkPoint's back.
    const Run keptCheck = cli(withDb(dir.filePath(kept.first()), {QStringLiteral("check")}));
    CHECK(keptCheck.exitCode == 1);
    CHECK(keptCheck.out.contains(QStringLiteral("1 record(s) in the audit log are missing")));
}

TEST_CASE("CLI: files it cannot use exit 1 with a message naming them, and stay unchanged")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("minutes.txt"));
    writeBytes(text, "会议纪要");
    const Run notDb = cli(withDb(text, {QStringLiteral("check")}));
    CHECK(notDb.exitCode == 1);
    CHECK(notDb.err.contains(QStringLiteral("minutes.txt is not a LinkPoint database file")));
    CHECK(readBytes(text) == QByteArray("会议纪要"));

    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    REQUIRE(cli(withDb(newer, {QStringLiteral("init")})).exitCode == 0);
    rawExec(newer, QStringLiteral("PRAGMA user_version = 42"));
    const QByteArray before = readBytes(newer);
    const Run refused = cli(withDb(newer, {QStringLiteral("init")}));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("newer version of LinkPoint")));
    CHECK(readBytes(newer) == before);

    const Run badRestore =
        cli(withDb(dir.filePath(QStringLiteral("x.sqlite")), {QStringLiteral("restore"), text}));
    CHECK(badRestore.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.sqlite"))));
}

TEST_CASE("CLI: a write-protected file is read but writes are refused with the reason")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("district.sqlite"));
    REQUIRE(cli(withDb(db, {QStringLiteral("init")})).exitCode == 0);
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup));
    CHECK(cli(withDb(db, {QStringLiteral("check")})).exitCode == 0);
    const Run write = cli(withDb(db, {QStringLiteral("init")}));
    CHECK(write.exitCode == 1);
    CHECK(write.err.contains(QStringLiteral("read-only because the file is write-protected")));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("CLI: messages are in Chinese on a Chinese system")
{
    QProcessEnvironment chinese;
    chinese.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    chinese.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    chinese.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    const Run unknown = cli({QStringLiteral("frobnicate")}, chinese);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("未知命令")));

    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("minutes.txt"));
    writeBytes(text, "x");
    const Run notDb = cli(withDb(text, {QStringLiteral("check")}), chinese);
    CHECK(notDb.exitCode == 1);
    CHECK(notDb.err.contains(QStringLiteral("不是联系点工作台的数据库文件")));
}

TEST_CASE("CLI: export writes the printer test page in each format, and checks its arguments")
{
    QTemporaryDir dir;
    for (const QString& format :
         {QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("xlsx")}) {
        const QString out = dir.filePath(QStringLiteral("测试页.") + format);
        const Run run = cli({QStringLiteral("export"), QStringLiteral("test-page"),
                             QStringLiteral("--format"), format, QStringLiteral("--out"), out});
        INFO(format.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(QFileInfo(out).size() > 1000);
    }
    // No database was needed, and none was created.
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.sqlite")}).isEmpty());

    const Run unknown = cli({QStringLiteral("export"), QStringLiteral("minutes"),
                             QStringLiteral("--format"), QStringLiteral("pdf"),
                             QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown report: minutes")));
    const Run noFormat = cli({QStringLiteral("export"), QStringLiteral("test-page"),
                              QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(noFormat.exitCode == 2);
    const Run badFormat = cli({QStringLiteral("export"), QStringLiteral("test-page"),
                               QStringLiteral("--format"), QStringLiteral("odt"),
                               QStringLiteral("--out"), dir.filePath(QStringLiteral("x.odt"))});
    CHECK(badFormat.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
}
