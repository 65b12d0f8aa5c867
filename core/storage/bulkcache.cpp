// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/bulkcache.h"

#include <utility>

#include <QSqlQuery>

#include "core/storage/sqliteutil.h"

using namespace Qt::StringLiterals;

namespace lp::storage {

Result<BulkCache> BulkCache::raise(QSqlDatabase connection, int megabytes)
{
    QSqlQuery query(connection);
    if (!query.exec(u"PRAGMA cache_size"_s) || !query.next())
        return fail(SqliteErrors::fromQt(query.lastError(), connection,
                                         tr("preparing the database for a bulk write")));
    const int previous = query.value(0).toInt();
    query.finish();
    // A negative size is in KiB.
    if (!query.exec(u"PRAGMA cache_size = %1"_s.arg(-qint64(megabytes) * 1024)))
        return fail(SqliteErrors::fromQt(query.lastError(), connection,
                                         tr("preparing the database for a bulk write")));
    return BulkCache(std::move(connection), previous);
}

BulkCache::BulkCache(BulkCache&& other) noexcept
    : m_connection(std::move(other.m_connection))
    , m_previous(other.m_previous)
    , m_active(std::exchange(other.m_active, false))
{}

BulkCache::~BulkCache()
{
    if (!m_active || !m_connection.isOpen())
        return;
    // Nothing to report from a destructor: at worst the connection keeps the larger cache.
    QSqlQuery query(m_connection);
    (void)query.exec(u"PRAGMA cache_size = %1"_s.arg(m_previous));
}

} // namespace lp::storage
