// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/unit.h"
#include "core/storage/recordwriter.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;

namespace {

domain::Unit unit(const QString& code)
{
    return {{}, code, QStringLiteral("单位 ") + code, {}, domain::UnitKind::Other, 0, 0};
}

int count(storage::Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

} // namespace

TEST_CASE("Transaction: a failed transaction leaves no trace, not even audit rows")
{
    Workspace ws;
    auto db = ws.open();
    {
        auto transaction = storage::Transaction::begin(*db);
        REQUIRE_OK(transaction);
        storage::RecordWriter writer(transaction->connection(), ws.clock, Actor::system());
        REQUIRE_OK(storage::UnitRepository::insert(writer, unit(QStringLiteral("a"))));
        // The same code again violates the unique index: the whole transaction must go.
        auto duplicate = storage::UnitRepository::insert(writer, unit(QStringLiteral("a")));
        REQUIRE_FALSE(duplicate);
        CHECK(duplicate.error().code == ErrorCode::Conflict);
    } // no commit: the destructor rolls back
    CHECK(count(*db, QStringLiteral("units")) == 0);
    CHECK(count(*db,
                QStringLiteral(
                    "audit_log WHERE table_name NOT IN ('problem_categories', 'departments')")) ==
          0);
}

TEST_CASE("Transaction: committed work stays, and a new transaction can follow")
{
    Workspace ws;
    auto db = ws.open();
    for (const QString& code : {QStringLiteral("a"), QStringLiteral("b")}) {
        auto transaction = storage::Transaction::begin(*db);
        REQUIRE_OK(transaction);
        storage::RecordWriter writer(transaction->connection(), ws.clock, Actor::system());
        REQUIRE_OK(storage::UnitRepository::insert(writer, unit(code)));
        REQUIRE_OK(transaction->commit());
    }
    CHECK(count(*db, QStringLiteral("units")) == 2);
    CHECK(count(*db,
                QStringLiteral(
                    "audit_log WHERE table_name NOT IN ('problem_categories', 'departments')")) ==
          2);
}

TEST_CASE("Transaction: a nested transaction rolls back only its own part")
{
    Workspace ws;
    auto db = ws.open();
    auto outer = storage::Transaction::begin(*db);
    REQUIRE_OK(outer);
    storage::RecordWriter writer(outer->connection(), ws.clock, Actor::system());
    REQUIRE_OK(storage::UnitRepository::insert(writer, unit(QStringLiteral("kept"))));
    {
        auto inner = storage::Transaction::begin(*db);
        REQUIRE_OK(inner);
        REQUIRE_OK(storage::UnitRepository::insert(writer, unit(QStringLiteral("dropped"))));
    } // inner rolled back
    {
        auto inner = storage::Transaction::begin(*db);
        REQUIRE_OK(inner);
        REQUIRE_OK(storage::UnitRepository::insert(writer, unit(QStringLiteral("nested"))));
        REQUIRE_OK(inner->commit());
    }
    REQUIRE_OK(outer->commit());
    auto units = storage::UnitRepository(db->connection()).listActive();
    REQUIRE_OK(units);
    QStringList codes;
    for (const auto& u : *units)
        codes.append(u.code);
    codes.sort();
    CHECK(codes == QStringList{QStringLiteral("kept"), QStringLiteral("nested")});
    CHECK(count(*db,
                QStringLiteral(
                    "audit_log WHERE table_name NOT IN ('problem_categories', 'departments')")) ==
          2);
}
