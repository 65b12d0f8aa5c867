// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/queryutil.h"

#include "core/storage/sqliteutil.h"

using namespace Qt::StringLiterals;

namespace lp::storage {

Result<QSqlQuery> runQuery(const QSqlDatabase& connection, const QString& sql,
                           const QVariantList& values, const QString& doing)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(SqliteErrors::fromQt(query.lastError(), connection, doing));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(SqliteErrors::fromQt(query.lastError(), connection, doing));
    return query;
}

Result<QVariant> queryValue(const QSqlDatabase& connection, const QString& sql,
                            const QVariantList& values, const QString& doing)
{
    auto query = runQuery(connection, sql, values, doing);
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0) : QVariant();
}

QVariant storedDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFromStored(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace lp::storage
