// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/recyclebin.h"

#include "core/services/changehub.h"
#include "core/storage/actornames.h"
#include "core/storage/database.h"
#include "core/storage/queryutil.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace lp::services {
namespace {

// The column whose value must be unique among live records, and the column that scopes it.
std::pair<QString, QString> uniqueKey(const storage::TableSpec& table)
{
    if (table.name == storage::tables::enterprises().name)
        return {u"credit_code"_s, {}};
    if (table.name == storage::tables::sections().name)
        return {u"code"_s, u"unit_id"_s};
    if (table.columns.contains(u"code"_s))
        return {u"code"_s, {}};
    return {};
}

} // namespace

Result<QList<DeletedRecord>> RecycleBin::list(const storage::TableSpec& table) const
{
    QSqlDatabase connection = m_database.connection();
    auto query = storage::runQuery(
        connection,
        u"SELECT id, %1, version, deleted_at, updated_by FROM %2 WHERE deleted_at IS NOT NULL "
        "ORDER BY deleted_at DESC"_s.arg(table.labelColumn, table.name),
        {}, tr("reading the recycle bin"));
    if (!query)
        return fail(query.error());
    QList<DeletedRecord> records;
    while (query->next()) {
        records.append({query->value(0).toString(), query->value(1).toString(),
                        query->value(2).toInt(), query->value(3).toString(),
                        storage::ActorNames::displayName(connection, query->value(4).toString())});
    }
    return records;
}

Result<void> RecycleBin::checkCodeFree(const storage::TableSpec& table, const QString& id) const
{
    const auto [column, scope] = uniqueKey(table);
    if (column.isEmpty())
        return {};
    const QString scopeCondition = scope.isEmpty() ? QString() : u" AND l.%1 = d.%1"_s.arg(scope);
    auto holder = storage::runQuery(
        m_database.connection(),
        u"SELECT l.%1, d.%2 FROM %3 d JOIN %3 l ON l.%2 = d.%2%4 WHERE d.id = ? AND "
        "l.deleted_at IS NULL AND l.id <> d.id"_s.arg(table.labelColumn, column, table.name,
                                                      scopeCondition),
        {id}, tr("checking the code"));
    if (!holder)
        return fail(holder.error());
    if (!holder->next())
        return {};
    return fail(ErrorCode::Conflict,
                tr("The record cannot be restored: its code %1 now belongs to \"%2\". Change "
                   "that record's code first.")
                    .arg(holder->value(1).toString(), holder->value(0).toString()));
}

Result<storage::RecordMeta> RecycleBin::remove(const storage::TableSpec& table, const QString& id,
                                               int version)
{
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    storage::RecordWriter writer(transaction->connection(), m_database.clock(), m_actor);
    auto removed = writer.softDelete(table, id, version);
    if (!removed)
        return fail(removed.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    if (m_changes)
        m_changes->announce(table.name, {id});
    return removed;
}

Result<storage::RecordMeta> RecycleBin::restore(const storage::TableSpec& table, const QString& id,
                                                int version)
{
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    if (auto free = checkCodeFree(table, id); !free)
        return fail(free.error());
    storage::RecordWriter writer(transaction->connection(), m_database.clock(), m_actor);
    auto restored = writer.restore(table, id, version);
    if (!restored)
        return fail(restored.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    if (m_changes)
        m_changes->announce(table.name, {id});
    return restored;
}

} // namespace lp::services
