// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/nativequery.h"

#include <utility>

#include <sqlite3.h>

#include "core/storage/queryutil.h"
#include "core/storage/sqliteutil.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

int bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QDate:
        return bind(statement, index, storedDate(value.toDate()));
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                                 SQLITE_TRANSIENT);
    }
    }
}

// Two ASCII digits at `at`, or -1.
int twoDigits(const unsigned char* at)
{
    const int tens = at[0] - '0';
    const int ones = at[1] - '0';
    return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

} // namespace

Result<NativeQuery> NativeQuery::run(const QSqlDatabase& connection, const QString& sql,
                                     const QVariantList& values, const QString& doing)
{
    sqlite3* handle = nativeHandle(connection);
    if (!handle)
        return fail(SqliteErrors::fromCode(SQLITE_MISUSE, connectionFilePath(connection), doing,
                                           u"the connection is not open on SQLite"_s,
                                           connectionBusyTimeoutMs(connection)));
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    int code = sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr);
    NativeQuery query(connection, statement, doing);
    if (code != SQLITE_OK)
        return fail(query.failure(code));
    if (sqlite3_bind_parameter_count(statement) != values.size())
        return fail(query.failure(SQLITE_RANGE));
    for (int index = 0; index < values.size(); ++index) {
        code = bind(statement, index + 1, values[index]);
        if (code != SQLITE_OK)
            return fail(query.failure(code));
    }
    return query;
}

NativeQuery::NativeQuery(const QSqlDatabase& connection, sqlite3_stmt* statement, QString doing)
    : m_connection(connection)
    , m_statement(statement)
    , m_doing(std::move(doing))
{}

NativeQuery::~NativeQuery()
{
    sqlite3_finalize(m_statement);
}

NativeQuery::NativeQuery(NativeQuery&& other) noexcept
    : m_connection(std::move(other.m_connection))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_doing(std::move(other.m_doing))
    , m_done(other.m_done)
{}

NativeQuery& NativeQuery::operator=(NativeQuery&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_connection = std::move(other.m_connection);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_doing = std::move(other.m_doing);
        m_done = other.m_done;
    }
    return *this;
}

Result<bool> NativeQuery::next()
{
    if (m_done) // stepping again would start the statement over
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    m_done = true;
    if (code == SQLITE_DONE)
        return false;
    return fail(failure(code));
}

Result<void> NativeQuery::forEachRow(const std::function<void()>& read)
{
    while (true) {
        const Result<bool> more = next();
        if (!more)
            return fail(more.error());
        if (!*more)
            return {};
        read();
    }
}

bool NativeQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString NativeQuery::text(int column) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 NativeQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QDate NativeQuery::date(int column) const
{
    const unsigned char* bytes = sqlite3_column_text(m_statement, column);
    if (!bytes)
        return {};
    if (sqlite3_column_bytes(m_statement, column) == 10 && bytes[4] == '-' && bytes[7] == '-') {
        const int century = twoDigits(bytes);
        const int year = twoDigits(bytes + 2);
        const int month = twoDigits(bytes + 5);
        const int day = twoDigits(bytes + 8);
        if (century >= 0 && year >= 0 && month >= 0 && day >= 0)
            return {century * 100 + year, month, day}; // invalid when out of range
    }
    return QDate::fromString(text(column), Qt::ISODate);
}

Error NativeQuery::failure(int code) const
{
    sqlite3* handle = nativeHandle(m_connection);
    const QString message = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
    return SqliteErrors::fromCode(code, connectionFilePath(m_connection), m_doing, message,
                                  connectionBusyTimeoutMs(m_connection));
}

} // namespace lp::storage
