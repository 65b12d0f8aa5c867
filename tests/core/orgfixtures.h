// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Organisation records for tests: a database with the five units, a park, a contact point and
// a few enterprises with valid codes.
#pragma once

#include <QString>

#include "core/domain/enterprise.h"
#include "core/domain/organisation.h"

namespace lp::storage {
class Database;
}

namespace lp::test {

// A valid credit code: 9161013 + the 8-character body `body8` + both check characters.
QString validCreditCode(const QString& body8);

domain::Enterprise makeEnterprise(const QString& name, const QString& creditCode);

struct OrgFixture {
    domain::Park park;
    domain::ContactPoint point;
    QString courtId;
    QString officerId;
};
// Creates the default units, an officer "wang", a park "gxq" and a contact point "fy-gxq".
OrgFixture createOrganisation(storage::Database& db);

} // namespace lp::test
