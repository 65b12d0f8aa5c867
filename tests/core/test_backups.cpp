// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <memory>

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include "core/domain/unit.h"
#include "core/services/setupservice.h"
#include "core/storage/backups.h"
#include "core/storage/recordwriter.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;

namespace {

Result<void> addUnit(storage::Database& db, const Clock& clock, const QString& code)
{
    auto transaction = storage::Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    storage::RecordWriter writer(transaction->connection(), clock, Actor::system());
    auto inserted = storage::UnitRepository::insert(
        writer, {{}, code, QStringLiteral("单位"), {}, domain::UnitKind::Other, 0, 0});
    if (!inserted)
        return fail(inserted.error());
    return transaction->commit();
}

QStringList unitCodes(const QString& path)
{
    QStringList codes;
    const int n = rawValue(path, QStringLiteral("SELECT count(*) FROM units")).toInt();
    for (int i = 0; i < n; ++i) {
        codes.append(rawValue(path, QStringLiteral("SELECT code FROM units ORDER BY code "
                                                   "LIMIT 1 OFFSET %1")
                                        .arg(i))
                         .toString());
    }
    return codes;
}

// Inserts units from a worker thread, through that thread's own connection, until stopped.
class BackgroundWriter final {
public:
    BackgroundWriter(storage::Database& db, const Clock& clock)
    {
        m_thread.reset(QThread::create([this, &db, &clock] {
            while (!m_stop) {
                auto added = addUnit(db, clock, QStringLiteral("w%1").arg(m_written.load()));
                if (!added) {
                    m_error = added.error().toLogString();
                    return;
                }
                ++m_written;
                // A breath between transactions, as any real writer has: without it SQLite's
                // busy handler (which polls) can starve the other connection on a loaded machine.
                QThread::usleep(500);
            }
        }));
        m_thread->start();
    }
    ~BackgroundWriter() { stop(); }
    Q_DISABLE_COPY_MOVE(BackgroundWriter)

    void waitFor(int count) const
    {
        while (m_written < count && !m_thread->isFinished())
            QThread::msleep(5);
    }
    [[nodiscard]] int written() const { return m_written; }
    // Stops the thread and returns its error, empty when every write succeeded.
    QString stop()
    {
        m_stop = true;
        m_thread->wait();
        return m_error;
    }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_written{0};
    QString m_error;
    std::unique_ptr<QThread> m_thread;
};

} // namespace

TEST_CASE("Backups: a backup taken while another connection writes is a consistent snapshot")
{
    Workspace ws;
    auto db = ws.open();
    BackgroundWriter writer(*db, ws.clock);
    writer.waitFor(20);

    QStringList backups;
    for (int i = 0; i < 5; ++i) {
        const QString target = ws.path(QStringLiteral("backup-%1.sqlite").arg(i));
        REQUIRE_OK(storage::Backups::create(*db, target));
        backups.append(target);
        QThread::msleep(10);
    }
    const QString writerError = writer.stop();
    INFO(writerError.toStdString());
    REQUIRE(writerError.isEmpty());

    int previous = -1;
    for (const QString& backup : backups) {
        auto facts = storage::Backups::validate(backup);
        REQUIRE_OK(facts);
        // Each unit and its audit row were committed together: a snapshot has both or neither.
        const int unitCount =
            rawValue(backup, QStringLiteral("SELECT count(*) FROM units")).toInt();
        const int auditCount =
            rawValue(backup, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name NOT "
                                            "IN ('problem_categories', 'departments')"))
                .toInt();
        CHECK(unitCount == auditCount);
        CHECK(unitCount >= previous); // later snapshots hold at least as much
        previous = unitCount;
        CHECK_FALSE(QFileInfo::exists(backup + QStringLiteral("-wal")));
    }
    CHECK(previous >= 20);
}

TEST_CASE("Backups: restore brings back the backup and keeps the replaced content beside it")
{
    Workspace ws;
    auto db = ws.open();
    REQUIRE_OK(addUnit(*db, ws.clock, QStringLiteral("a")));
    const QString backup = ws.path(QStringLiteral("saved.sqlite"));
    REQUIRE_OK(storage::Backups::create(*db, backup));
    REQUIRE_OK(addUnit(*db, ws.clock, QStringLiteral("b")));

    auto restored = storage::Backups::restore(*db, backup);
    REQUIRE_OK(restored);
    CHECK(restored->schemaVersion == storage::Database::latestSchemaVersion());
    auto units = storage::UnitRepository(db->connection()).listActive();
    REQUIRE_OK(units);
    REQUIRE(units->size() == 1);
    CHECK(units->first().code == QStringLiteral("a"));

    CHECK(QFileInfo(restored->replacedCopy).dir() == QFileInfo(db->path()).dir());
    CHECK(restored->replacedCopy.contains(QStringLiteral(".replaced-")));
    CHECK(unitCodes(restored->replacedCopy) ==
          QStringList{QStringLiteral("a"), QStringLiteral("b")});

    // The restored database accepts writes as before.
    REQUIRE_OK(addUnit(*db, ws.clock, QStringLiteral("c")));
}

TEST_CASE("Backups: restore validates first and leaves the database alone on a bad backup")
{
    Workspace ws;
    auto db = ws.open();
    REQUIRE_OK(addUnit(*db, ws.clock, QStringLiteral("a")));

    const QString text = ws.path(QStringLiteral("notes.txt"));
    writeBytes(text, "not a backup");
    auto notSqlite = storage::Backups::restore(*db, text);
    REQUIRE_FALSE(notSqlite);
    CHECK(notSqlite.error().code == ErrorCode::NotSqlite);

    const QString newer = ws.path(QStringLiteral("newer.sqlite"));
    REQUIRE_OK(storage::Backups::create(*db, newer));
    rawExec(newer, QStringLiteral("PRAGMA user_version = 99"));
    auto fromNewer = storage::Backups::restore(*db, newer);
    REQUIRE_FALSE(fromNewer);
    CHECK(fromNewer.error().code == ErrorCode::NewerSchema);

    auto missing = storage::Backups::restore(*db, ws.path(QStringLiteral("absent.sqlite")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);

    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM units")).toInt() == 1);
    CHECK(QDir(ws.dir.path()).entryList({QStringLiteral("*.replaced-*")}).isEmpty());
}

TEST_CASE("Backups: a failed backup leaves an existing target file untouched")
{
    Workspace ws;
    auto db = ws.open();
    const QString target = ws.path(QStringLiteral("keep.sqlite"));
    writeBytes(target, "previous content");
    auto same = storage::Backups::create(*db, db->path());
    REQUIRE_FALSE(same);
    CHECK(same.error().code == ErrorCode::InvalidInput);
    auto noFolder = storage::Backups::create(*db, ws.path(QStringLiteral("missing/b.sqlite")));
    REQUIRE_FALSE(noFolder);
    CHECK(noFolder.error().code == ErrorCode::Io);
    CHECK(readBytes(target) == QByteArray("previous content"));
}

TEST_CASE("Backups: a restore while another connection writes leaves a consistent database")
{
    Workspace ws;
    auto db = ws.open();
    REQUIRE_OK(addUnit(*db, ws.clock, QStringLiteral("kept")));
    const QString backup = ws.path(QStringLiteral("saved.sqlite"));
    REQUIRE_OK(storage::Backups::create(*db, backup));

    BackgroundWriter writer(*db, ws.clock);
    writer.waitFor(20);
    auto restored = storage::Backups::restore(*db, backup);
    const int writtenBeforeRestoreEnded = writer.written();
    QThread::msleep(50);
    const QString writerError = writer.stop();
    INFO(writerError.toStdString());
    REQUIRE(writerError.isEmpty());
    REQUIRE_OK(restored);

    // Every unit left has its audit row; the kept unit is back; writes from before the restore
    // are gone (they live on in the replaced copy).
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM units")).toInt() ==
          scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name NOT IN "
                                     "('problem_categories', 'departments')"))
              .toInt());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM units WHERE code = 'kept'")).toInt() ==
          1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM units")).toInt() <=
          1 + writer.written() - 20);
    CHECK(rawValue(restored->replacedCopy, QStringLiteral("SELECT count(*) FROM units")).toInt() >=
          std::min(writtenBeforeRestoreEnded, 20));
    CHECK(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}
