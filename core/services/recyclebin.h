// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The recycle bin of one kind of record: what was soft-deleted, when and by whom, and the way
// to move a record in or out of it. Restoring a record whose code has since been given to
// another one is refused with the name of that record.
#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/actor.h"
#include "core/result.h"
#include "core/storage/recordwriter.h"

namespace lp::storage {
class Database;
struct TableSpec;
} // namespace lp::storage

namespace lp::services {

class ChangeHub;

struct DeletedRecord {
    QString id;
    QString label; // the record's name
    int version = 0;
    QString deletedAt; // stored UTC timestamp
    QString deletedBy; // display name of who moved it there
};

class RecycleBin final {
    Q_DECLARE_TR_FUNCTIONS(RecycleBin)
public:
    RecycleBin(storage::Database& database, Actor actor, ChangeHub* changes = nullptr)
        : m_database(database)
        , m_actor(std::move(actor))
        , m_changes(changes)
    {}

    // Newest first.
    [[nodiscard]] Result<QList<DeletedRecord>> list(const storage::TableSpec& table) const;
    Result<storage::RecordMeta> remove(const storage::TableSpec& table, const QString& id,
                                       int version);
    Result<storage::RecordMeta> restore(const storage::TableSpec& table, const QString& id,
                                        int version);

private:
    Result<void> checkCodeFree(const storage::TableSpec& table, const QString& id) const;

    storage::Database& m_database;
    Actor m_actor;
    ChangeHub* m_changes;
};

} // namespace lp::services
