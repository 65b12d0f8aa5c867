// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every edit of an enterprise goes through here: the record is normalised (trimmed, codes and
// phones in their canonical form), checked field by field, written with its audit entry in one
// transaction, and announced on the ChangeHub.
#pragma once

#include <QCoreApplication>

#include "core/actor.h"
#include "core/domain/enterprise.h"
#include "core/result.h"
#include "core/services/fieldissue.h"
#include "core/storage/recordwriter.h"

namespace lp::storage {
class Database;
}

namespace lp::services {

class ChangeHub;

class EnterpriseService final {
    Q_DECLARE_TR_FUNCTIONS(EnterpriseService)
public:
    EnterpriseService(storage::Database& database, Actor actor, ChangeHub* changes = nullptr)
        : m_database(database)
        , m_actor(std::move(actor))
        , m_changes(changes)
    {}

    [[nodiscard]] static domain::Enterprise normalized(domain::Enterprise enterprise);
    // What can be told from the record alone: required fields, the credit code's check
    // characters (Conflict when only an override reason is missing), phone, industry.
    [[nodiscard]] static FieldIssues validate(const domain::Enterprise& enterprise);
    // validate() plus what needs the file: a credit code another enterprise already has.
    [[nodiscard]] Result<FieldIssues> check(const domain::Enterprise& enterprise) const;

    // Inserts a record without an id, updates one with an id (its version must be current).
    // Fails with the first issue when check() finds any; the caller still has what was typed.
    Result<domain::Enterprise> save(domain::Enterprise enterprise);
    Result<storage::RecordMeta> remove(const QString& id, int version);
    Result<storage::RecordMeta> restore(const QString& id, int version);

    // The label of a column as forms and error reports name it.
    [[nodiscard]] static QString fieldLabel(const QString& column);
    // "已被 XX有限公司 使用" — the message for a credit code another record holds.
    [[nodiscard]] static Error codeTaken(const QString& code, const QString& holder);

private:
    storage::Database& m_database;
    Actor m_actor;
    ChangeHub* m_changes;
};

} // namespace lp::services
