// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Edits of the organisation records — units, sections, officers, parks and contact points,
// and the lists problems are sorted by (categories) and sent to (departments) —
// each normalised, checked field by field (codes unique among the records not in the recycle
// bin), written with its audit entries in one transaction and announced on the ChangeHub.
#pragma once

#include <QCoreApplication>

#include "core/actor.h"
#include "core/domain/officer.h"
#include "core/domain/organisation.h"
#include "core/domain/unit.h"
#include "core/domain/visit.h"
#include "core/result.h"
#include "core/services/fieldissue.h"

namespace lp::storage {
class Database;
}

namespace lp::services {

class ChangeHub;

class OrganisationService final {
    Q_DECLARE_TR_FUNCTIONS(OrganisationService)
public:
    OrganisationService(storage::Database& database, Actor actor, ChangeHub* changes = nullptr)
        : m_database(database)
        , m_actor(std::move(actor))
        , m_changes(changes)
    {}

    // Each check() returns every problem of the record, the stored records included (a code
    // already taken names the record that has it); each save() fails with the first one.
    [[nodiscard]] Result<FieldIssues> check(const domain::Unit& unit) const;
    [[nodiscard]] Result<FieldIssues> check(const domain::Section& section) const;
    [[nodiscard]] Result<FieldIssues> check(const domain::Officer& officer) const;
    [[nodiscard]] Result<FieldIssues> check(const domain::Park& park) const;
    [[nodiscard]] Result<FieldIssues> check(const domain::ContactPoint& point) const;
    [[nodiscard]] Result<FieldIssues> check(const domain::ProblemCategory& category) const;
    [[nodiscard]] Result<FieldIssues> check(const domain::Department& department) const;

    Result<domain::Unit> save(domain::Unit unit);
    Result<domain::Section> save(domain::Section section);
    Result<domain::Officer> save(domain::Officer officer);
    Result<domain::Park> save(domain::Park park);
    Result<domain::ContactPoint> save(domain::ContactPoint point);
    Result<domain::ProblemCategory> save(domain::ProblemCategory category);
    Result<domain::Department> save(domain::Department department);

    [[nodiscard]] static domain::Unit normalized(domain::Unit unit);
    [[nodiscard]] static domain::Section normalized(domain::Section section);
    [[nodiscard]] static domain::Officer normalized(domain::Officer officer);
    [[nodiscard]] static domain::Park normalized(domain::Park park);
    [[nodiscard]] static domain::ContactPoint normalized(domain::ContactPoint point);
    [[nodiscard]] static domain::ProblemCategory normalized(domain::ProblemCategory category);
    [[nodiscard]] static domain::Department normalized(domain::Department department);

private:
    // The record of `table` other than `ownId` that has `code` (within `scopeColumn` =
    // `scopeValue` when given), by its name; empty when the code is free.
    Result<QString> codeHolder(const QString& table, const QString& code, const QString& ownId,
                               const QString& scopeColumn = {},
                               const QString& scopeValue = {}) const;
    Result<FieldIssues> withCodeCheck(FieldIssues issues, const QString& table, const QString& code,
                                      const QString& ownId, const QString& scopeColumn = {},
                                      const QString& scopeValue = {}) const;
    template <typename Record, typename Write>
    Result<Record> write(const Record& record, const QString& table, Write&& writeRecord);

    storage::Database& m_database;
    Actor m_actor;
    ChangeHub* m_changes;
};

} // namespace lp::services
