// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/setupservice.h"

#include <algorithm>

#include <QHash>

#include "core/domain/codes.h"
#include "core/storage/database.h"
#include "core/storage/districtrepository.h"
#include "core/storage/officerrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"

using namespace Qt::StringLiterals;

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

Result<bool> SetupService::needsFirstStart() const
{
    auto district = storage::DistrictRepository(m_database.connection()).current();
    if (!district)
        return fail(district.error());
    return !district->has_value();
}

Result<QList<domain::Unit>> SetupService::proposedUnits() const
{
    auto existing = storage::UnitRepository(m_database.connection()).listActive();
    if (!existing)
        return fail(existing.error());
    return existing->isEmpty() ? domain::defaultDistrictUnits() : *existing;
}

Result<void> SetupService::validateDistrict(const QString& name)
{
    if (name.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    tr("District: enter the name of the district, for example 陈仓区."));
    }
    return {};
}

Result<void> SetupService::validateUnits(const QList<domain::Unit>& units)
{
    if (units.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Units: keep at least one unit."));
    QHash<QString, int> rows;
    for (int i = 0; i < units.size(); ++i) {
        const domain::Unit& unit = units[i];
        const int row = i + 1;
        if (auto code = domain::Codes::validate(unit.code, tr("Units, row %1, code").arg(row));
            !code)
            return fail(code.error());
        if (unit.name.trimmed().isEmpty()) {
            return fail(ErrorCode::InvalidInput,
                        tr("Units, row %1, name: enter the unit's name.").arg(row));
        }
        if (rows.contains(unit.code)) {
            return fail(ErrorCode::InvalidInput,
                        tr("Units, rows %1 and %2 both have the code \"%3\"; give each unit its "
                           "own code.")
                            .arg(rows.value(unit.code))
                            .arg(row)
                            .arg(unit.code));
        }
        rows.insert(unit.code, row);
    }
    return {};
}

Result<void> SetupService::validateOfficer(const domain::Officer& officer, const QString& unitCode,
                                           const QList<domain::Unit>& units)
{
    if (officer.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Your name: enter your name."));
    if (auto code = domain::Codes::validate(officer.code, tr("Your code")); !code)
        return fail(code.error());
    const bool known = std::any_of(units.cbegin(), units.cend(),
                                   [&](const domain::Unit& unit) { return unit.code == unitCode; });
    if (!known)
        return fail(ErrorCode::InvalidInput, tr("Your unit: choose the unit you work in."));
    return {};
}

Result<void> SetupService::validate(const FirstStartInput& input)
{
    if (auto district = validateDistrict(input.districtName); !district)
        return district;
    if (auto units = validateUnits(input.units); !units)
        return units;
    return validateOfficer(input.officer, input.officerUnitCode, input.units);
}

Result<domain::Officer> SetupService::completeFirstStart(const FirstStartInput& input)
{
    if (auto valid = validate(input); !valid)
        return fail(valid.error());
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    storage::RecordWriter writer(transaction->connection(), m_database.clock(), Actor::system());
    storage::UnitRepository units(transaction->connection());

    auto district = storage::DistrictRepository::insert(writer, input.districtName.trimmed());
    if (!district)
        return fail(district.error());
    QString officerUnitId;
    for (domain::Unit unit : input.units) {
        auto existing = units.findByCode(unit.code);
        if (!existing)
            return fail(existing.error());
        if (!existing->has_value()) {
            unit.name = unit.name.trimmed();
            auto inserted = storage::UnitRepository::insert(writer, unit);
            if (!inserted)
                return fail(inserted.error());
            existing = std::optional<domain::Unit>(*inserted);
        } else if ((*existing)->name != unit.name.trimmed()) {
            auto renamed = writer.update(storage::tables::units(), (*existing)->id,
                                         (*existing)->version, {{u"name"_s, unit.name.trimmed()}});
            if (!renamed)
                return fail(renamed.error());
        }
        if (unit.code == input.officerUnitCode)
            officerUnitId = (*existing)->id;
    }
    storage::OfficerRepository officers(transaction->connection());
    auto taken = officers.findByCode(input.officer.code);
    if (!taken)
        return fail(taken.error());
    if (taken->has_value()) {
        return fail(ErrorCode::Conflict,
                    tr("Your code: \"%1\" is already used by %2. Choose another code.")
                        .arg(input.officer.code, (*taken)->name));
    }
    domain::Officer officer = input.officer;
    officer.name = officer.name.trimmed();
    officer.unitId = officerUnitId;
    auto inserted = storage::OfficerRepository::insert(writer, officer);
    if (!inserted)
        return fail(inserted.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return *inserted;
}

} // namespace lp::services
