// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/actor.h"
#include "core/domain/officer.h"
#include "core/domain/unit.h"
#include "core/result.h"

namespace lp::storage {
class Database;
}

namespace lp::services {

// What the first start asks: the district, its units, and who uses this computer.
struct FirstStartInput {
    QString districtName;
    QList<domain::Unit> units;
    domain::Officer officer; // its unitId is ignored; officerUnitCode names the unit
    QString officerUnitCode;
};

// Setting up a district's database.
class SetupService final {
    Q_DECLARE_TR_FUNCTIONS(SetupService)
public:
    explicit SetupService(storage::Database& database)
        : m_database(database)
    {}

    // Creates the default units whose codes are not taken yet, in one transaction; returns
    // the codes it created (empty when every unit was already there).
    Result<QStringList> createDefaultUnits(const Actor& actor);

    // True until the first start has named the district.
    [[nodiscard]] Result<bool> needsFirstStart() const;

    // The units the first start offers: those already in the file (from `linkpoint-cli init`),
    // or else the five defaults.
    [[nodiscard]] Result<QList<domain::Unit>> proposedUnits() const;

    // Checks the input, naming the field or row at fault, without writing anything; the
    // three parts separately, as the first start asks them one page at a time.
    [[nodiscard]] static Result<void> validate(const FirstStartInput& input);
    [[nodiscard]] static Result<void> validateDistrict(const QString& name);
    [[nodiscard]] static Result<void> validateUnits(const QList<domain::Unit>& units);
    [[nodiscard]] static Result<void> validateOfficer(const domain::Officer& officer,
                                                      const QString& unitCode,
                                                      const QList<domain::Unit>& units);

    // Writes the district, the units not yet in the file and the first officer in one
    // transaction; returns the officer, who becomes the current officer.
    Result<domain::Officer> completeFirstStart(const FirstStartInput& input);

private:
    storage::Database& m_database;
};

} // namespace lp::services
