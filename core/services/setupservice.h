// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "core/actor.h"
#include "core/result.h"

namespace lp::storage {
class Database;
}

namespace lp::services {

// Setting up a district's database: the five political-legal units with their default codes.
class SetupService final {
public:
    explicit SetupService(storage::Database& database)
        : m_database(database)
    {}

    // Creates the default units whose codes are not taken yet, in one transaction; returns
    // the codes it created (empty when every unit was already there).
    Result<QStringList> createDefaultUnits(const Actor& actor);

private:
    storage::Database& m_database;
};

} // namespace lp::services
