// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/setupservice.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"

namespace lp::services {

Result<QStringList> SetupService::createDefaultUnits(const Actor& actor)
{
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    storage::UnitRepository units(transaction->connection());
    storage::RecordWriter writer(transaction->connection(), m_database.clock(), actor);
    QStringList created;
    for (const domain::Unit& unit : domain::defaultDistrictUnits()) {
        auto existing = units.findByCode(unit.code);
        if (!existing)
            return fail(existing.error());
        if (existing->has_value())
            continue;
        auto inserted = storage::UnitRepository::insert(writer, unit);
        if (!inserted)
            return fail(inserted.error());
        created.append(unit.code);
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return created;
}

} // namespace lp::services
