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
    if (!date.isValid())
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999)
        return date.toString(Qt::ISODate);
    // What Qt::ISODate writes, without the locale-independent formatter's cost (bulk writes
    // store millions of dates).
    const char16_t text[] = {char16_t(u'0' + year / 1000),
                             char16_t(u'0' + year / 100 % 10),
                             char16_t(u'0' + year / 10 % 10),
                             char16_t(u'0' + year % 10),
                             u'-',
                             char16_t(u'0' + month / 10),
                             char16_t(u'0' + month % 10),
                             u'-',
                             char16_t(u'0' + day / 10),
                             char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar*>(text), std::size(text));
}

QDate dateFromStored(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace lp::storage
