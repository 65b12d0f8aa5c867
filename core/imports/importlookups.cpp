// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imports/importlookups.h"

#include "core/storage/contactpointrepository.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/parkrepository.h"

namespace lp::imports {

Result<Lookups> Lookups::load(const QSqlDatabase& connection)
{
    Lookups lookups;
    auto parks = storage::ParkRepository(connection).list();
    if (!parks)
        return fail(parks.error());
    for (const domain::Park& park : *parks) {
        lookups.parks.insert(park.code, park.id);
        lookups.parks.insert(park.name, park.id);
    }
    auto points = storage::ContactPointRepository(connection).list();
    if (!points)
        return fail(points.error());
    for (const domain::ContactPoint& point : *points) {
        lookups.points.insert(point.code, point.id);
        lookups.points.insert(point.name, point.id);
    }
    auto enterprises = storage::EnterpriseRepository(connection).liveByCreditCode();
    if (!enterprises)
        return fail(enterprises.error());
    lookups.enterprises = std::move(*enterprises);
    return lookups;
}

} // namespace lp::imports
