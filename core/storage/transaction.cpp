// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/transaction.h"

#include <atomic>

#include <QLoggingCategory>
#include <QSqlQuery>

#include <sqlite3.h>

#include "core/storage/database.h"
#include "core/storage/sqliteutil.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTransaction, "linkpoint.storage.transaction", QtWarningMsg)

namespace lp::storage {
namespace {
std::atomic<quint64> g_savepointCounter{0};
}

Result<Transaction> Transaction::begin(Database& database)
{
    if (auto writable = database.requireWritable(); !writable)
        return fail(writable.error());
    QSqlDatabase connection = database.connection();
    sqlite3* handle = nativeHandle(connection);
    if (!handle) {
        return fail(ErrorCode::Sql, tr("The database connection is not open."),
                    connection.lastError().text());
    }
    const bool nested = sqlite3_get_autocommit(handle) == 0;
    const QString savepoint = nested ? u"lp_%1"_s.arg(++g_savepointCounter) : QString();
    QSqlQuery query(connection);
    const QString sql = nested ? u"SAVEPOINT "_s + savepoint : u"BEGIN IMMEDIATE"_s;
    if (!query.exec(sql))
        return fail(SqliteErrors::fromQt(query.lastError(), connection, tr("starting to save")));
    return Transaction(connection, savepoint);
}

Transaction::Transaction(QSqlDatabase connection, QString savepoint)
    : m_connection(std::move(connection))
    , m_savepoint(std::move(savepoint))
{}

Transaction::Transaction(Transaction&& other) noexcept
    : m_connection(other.m_connection)
    , m_savepoint(std::move(other.m_savepoint))
    , m_active(std::exchange(other.m_active, false))
{}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::commit()
{
    Q_ASSERT_X(m_active, "Transaction::commit", "commit after commit or rollback");
    QSqlQuery query(m_connection);
    const QString sql = m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint;
    if (!query.exec(sql)) {
        Error error = SqliteErrors::fromQt(query.lastError(), m_connection, tr("saving"));
        rollback();
        return fail(error);
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_connection);
    const bool ok = m_savepoint.isEmpty() ? query.exec(u"ROLLBACK"_s)
                                          : query.exec(u"ROLLBACK TO "_s + m_savepoint) &&
                                                query.exec(u"RELEASE "_s + m_savepoint);
    if (!ok)
        qCWarning(lcTransaction) << "rollback failed:" << query.lastError().text();
}

} // namespace lp::storage
