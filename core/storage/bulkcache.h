// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A larger page cache on one connection for the length of a bulk write (the demo, an import).
// SQLite spills a transaction's dirty pages to the WAL when its cache fills (2 MB by default)
// and writes a page again each time it changes after a spill: the district demo (a 1.2 GB file
// in one transaction) wrote 5.7 GB and read back 7.2 GB through the WAL with the default cache,
// 2.6 GB each with 64 MB. The previous size comes back when the BulkCache goes. SQLite-specific
// (a pragma), like the rest of storage's SQLite corner.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/result.h"

namespace lp::storage {

class BulkCache final {
    Q_DECLARE_TR_FUNCTIONS(BulkCache)
public:
    static Result<BulkCache> raise(QSqlDatabase connection, int megabytes = 64);
    ~BulkCache();
    BulkCache(BulkCache&& other) noexcept;
    BulkCache& operator=(BulkCache&&) = delete;
    BulkCache(const BulkCache&) = delete;
    BulkCache& operator=(const BulkCache&) = delete;

private:
    BulkCache(QSqlDatabase connection, int previous)
        : m_connection(std::move(connection))
        , m_previous(previous)
    {}

    QSqlDatabase m_connection;
    int m_previous = 0; // PRAGMA cache_size as it was: pages, or KiB when negative
    bool m_active = true;
};

} // namespace lp::storage
