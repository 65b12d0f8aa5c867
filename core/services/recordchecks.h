// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Checks the visit and problem services share: that a chosen record still exists (not in the
// recycle bin), that a responsible section belongs to its unit, and a problem's own fields.
// Each error starts with the label of the field it is about.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/domain/problem.h"
#include "core/result.h"

namespace lp::storage {
struct TableSpec;
}

namespace lp::services {

class RecordChecks final {
    Q_DECLARE_TR_FUNCTIONS(RecordChecks)
public:
    explicit RecordChecks(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    // `id` names a live record of `table`; `field` labels the error.
    Result<void> requireLive(const storage::TableSpec& table, const QString& id,
                             const QString& field) const;
    // Each may be empty; a section must belong to the unit when both are given.
    Result<void> requireResponsible(const QString& unitId, const QString& sectionId,
                                    const QString& officerId) const;
    // Category, description and deadline of a problem found on problem.foundOn.
    Result<void> problemFields(const domain::Problem& problem) const;

private:
    QSqlDatabase m_connection;
};

} // namespace lp::services
