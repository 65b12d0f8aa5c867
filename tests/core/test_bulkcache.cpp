// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/bulkcache.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

TEST_CASE("BulkCache: the connection's page cache is raised while it lives and restored after")
{
    Workspace ws;
    auto db = ws.open();
    const int before = scalar(*db, u"PRAGMA cache_size"_s).toInt();
    REQUIRE(before != -128 * 1024);
    {
        auto cache = storage::BulkCache::raise(db->connection(), 128);
        REQUIRE_OK(cache);
        CHECK(scalar(*db, u"PRAGMA cache_size"_s).toInt() == -128 * 1024);
        auto moved = std::move(*cache);
        CHECK(scalar(*db, u"PRAGMA cache_size"_s).toInt() == -128 * 1024);
    }
    CHECK(scalar(*db, u"PRAGMA cache_size"_s).toInt() == before);
}
