// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>

#include "core/domain/officer.h"
#include "core/storage/auditlog.h"
#include "core/storage/officerrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using storage::tables::units;

namespace {

const QString kUnits = QStringLiteral("units");

QVariantMap unitFields(const QString& code, const QString& name)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), QStringLiteral("court")},
            {QStringLiteral("sort_order"), 20}};
}

// Runs `work` with a writer inside one committed transaction.
template <typename Work>
auto inTransaction(storage::Database& db, const Clock& clock, const Actor& actor, Work work)
{
    auto transaction = storage::Transaction::begin(db);
    REQUIRE_OK(transaction);
    storage::RecordWriter writer(transaction->connection(), clock, actor);
    auto result = work(writer);
    if (result)
        REQUIRE_OK(transaction->commit());
    return result;
}

QList<storage::AuditEntry> historyOf(storage::Database& db, const QString& id)
{
    auto history = storage::AuditLog::history(db.connection(), kUnits, id);
    REQUIRE_OK(history);
    return *history;
}

QJsonArray change(const storage::AuditEntry& entry, const QString& column)
{
    return entry.changes.value(column).toArray();
}

} // namespace

TEST_CASE("RecordWriter: insert, update, delete and restore each leave one audit row")
{
    Workspace ws;
    auto db = ws.open();
    const Actor actor = Actor::commandLine(QStringLiteral("alice"));

    auto created = inTransaction(*db, ws.clock, actor, [](storage::RecordWriter& w) {
        return w.insert(units(), unitFields(QStringLiteral("fy"), QStringLiteral("区法院")));
    });
    REQUIRE_OK(created);
    CHECK(created->version == 1);
    CHECK(created->id.size() == 36);

    ws.clock.advanceMs(60'000);
    auto updated = inTransaction(*db, ws.clock, actor, [&](storage::RecordWriter& w) {
        return w.update(units(), created->id, 1,
                        {{QStringLiteral("name"), QStringLiteral("区人民法院")},
                         {QStringLiteral("code"), QStringLiteral("fy")}}); // code unchanged
    });
    REQUIRE_OK(updated);
    CHECK(updated->version == 2);

    auto deleted = inTransaction(*db, ws.clock, actor, [&](storage::RecordWriter& w) {
        return w.softDelete(units(), created->id, 2);
    });
    REQUIRE_OK(deleted);
    CHECK_FALSE(scalar(*db, QStringLiteral("SELECT deleted_at FROM units")).isNull());

    auto restored = inTransaction(*db, ws.clock, actor, [&](storage::RecordWriter& w) {
        return w.restore(units(), created->id, 3);
    });
    REQUIRE_OK(restored);
    CHECK(restored->version == 4);
    CHECK(scalar(*db, QStringLiteral("SELECT deleted_at FROM units")).isNull());

    const auto history = historyOf(*db, created->id);
    REQUIRE(history.size() == 4);
    CHECK(history[0].action == QStringLiteral("insert"));
    CHECK(history[0].actor == QStringLiteral("cli:alice"));
    CHECK(history[0].at == QStringLiteral("2026-11-22T08:00:00.000Z"));
    CHECK(change(history[0], QStringLiteral("code")) ==
          QJsonArray{QJsonValue(), QStringLiteral("fy")});

    CHECK(history[1].action == QStringLiteral("update"));
    CHECK(history[1].at == QStringLiteral("2026-11-22T08:01:00.000Z"));
    CHECK(history[1].changes.keys() == QStringList{QStringLiteral("name")}); // only what changed
    CHECK(change(history[1], QStringLiteral("name")) ==
          QJsonArray{QStringLiteral("区法院"), QStringLiteral("区人民法院")});

    CHECK(history[2].action == QStringLiteral("delete"));
    CHECK(change(history[2], QStringLiteral("deleted_at")).at(0).isNull());
    CHECK(history[3].action == QStringLiteral("restore"));
    CHECK(change(history[3], QStringLiteral("deleted_at")).at(1).isNull());

    CHECK(scalar(*db, QStringLiteral("SELECT updated_by FROM units")).toString() ==
          QStringLiteral("cli:alice"));
}

TEST_CASE("RecordWriter: an update that changes nothing writes nothing")
{
    Workspace ws;
    auto db = ws.open();
    auto created = inTransaction(*db, ws.clock, Actor::system(), [](storage::RecordWriter& w) {
        return w.insert(units(), unitFields(QStringLiteral("fy"), QStringLiteral("区法院")));
    });
    REQUIRE_OK(created);
    auto same = inTransaction(*db, ws.clock, Actor::system(), [&](storage::RecordWriter& w) {
        return w.update(units(), created->id, 1,
                        {{QStringLiteral("name"), QStringLiteral("区法院")},
                         {QStringLiteral("sort_order"), 20}});
    });
    REQUIRE_OK(same);
    CHECK(same->version == 1);
    CHECK(historyOf(*db, created->id).size() == 1);
}

TEST_CASE("RecordWriter: saving a stale version fails, names who changed it, keeps the newer row")
{
    Workspace ws;
    auto db = ws.open();
    auto officer = inTransaction(*db, ws.clock, Actor::system(), [](storage::RecordWriter& w) {
        return storage::OfficerRepository::insert(
            w, test::makeOfficer(QStringLiteral("wang"), QStringLiteral("王磊")));
    });
    REQUIRE_OK(officer);
    auto created = inTransaction(*db, ws.clock, Actor::system(), [](storage::RecordWriter& w) {
        return w.insert(units(), unitFields(QStringLiteral("fy"), QStringLiteral("区法院")));
    });
    REQUIRE_OK(created);

    // Wang saves first, at 09:30 local time …
    ws.clock.set(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::LocalTime));
    REQUIRE_OK(
        inTransaction(*db, ws.clock, Actor::officer(officer->id), [&](storage::RecordWriter& w) {
            return w.update(units(), created->id, 1,
                            {{QStringLiteral("name"), QStringLiteral("王的名称")}});
        }));
    // … then someone who opened version 1 tries to save theirs.
    auto stale = inTransaction(*db, ws.clock, Actor::system(), [&](storage::RecordWriter& w) {
        return w.update(units(), created->id, 1, {{QStringLiteral("name"), QStringLiteral("旧")}});
    });
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::StaleVersion);
    CHECK(stale.error().message.contains(QStringLiteral("王磊 (wang)")));
    CHECK(stale.error().message.contains(QStringLiteral("2026-11-22 09:30:00")));
    CHECK(scalar(*db, QStringLiteral("SELECT name FROM units")).toString() ==
          QStringLiteral("王的名称"));
    CHECK(scalar(*db, QStringLiteral("SELECT version FROM units")).toInt() == 2);
    CHECK(historyOf(*db, created->id).size() == 2);
}

TEST_CASE("RecordWriter: deleting twice and restoring a live record are refused")
{
    Workspace ws;
    auto db = ws.open();
    auto created = inTransaction(*db, ws.clock, Actor::system(), [](storage::RecordWriter& w) {
        return w.insert(units(), unitFields(QStringLiteral("fy"), QStringLiteral("区法院")));
    });
    REQUIRE_OK(created);
    auto restoreLive = inTransaction(*db, ws.clock, Actor::system(), [&](storage::RecordWriter& w) {
        return w.restore(units(), created->id, 1);
    });
    REQUIRE_FALSE(restoreLive);
    CHECK(restoreLive.error().message.contains(QStringLiteral("not in the recycle bin")));
    REQUIRE_OK(inTransaction(*db, ws.clock, Actor::system(), [&](storage::RecordWriter& w) {
        return w.softDelete(units(), created->id, 1);
    }));
    auto again = inTransaction(*db, ws.clock, Actor::system(), [&](storage::RecordWriter& w) {
        return w.softDelete(units(), created->id, 2);
    });
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("already in the recycle bin")));
}

TEST_CASE("RecordWriter: records of a bulk batch point to one batch entry")
{
    Workspace ws;
    auto db = ws.open();
    QString firstId;
    REQUIRE_OK(inTransaction(
        *db, ws.clock, Actor::system(), [&](storage::RecordWriter& w) -> Result<void> {
            auto batch = w.beginBatch(units(), QStringLiteral("demo data"));
            if (!batch)
                return fail(batch.error());
            for (int i = 0; i < 50; ++i) {
                auto inserted = w.insert(
                    units(), unitFields(QStringLiteral("u%1").arg(i), QStringLiteral("单位")),
                    *batch);
                if (!inserted)
                    return fail(inserted.error());
                if (i == 0)
                    firstId = inserted->id;
            }
            return {};
        }));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name NOT IN "
                                     "('problem_categories', 'departments')"))
              .toInt() == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT audit_batch_id) FROM units")).toInt() ==
          1);
    const auto history = historyOf(*db, firstId);
    REQUIRE(history.size() == 1);
    CHECK(history[0].action == QStringLiteral("batch"));
    CHECK(history[0].note == QStringLiteral("demo data"));
}
