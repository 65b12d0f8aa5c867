// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/unitrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include "core/storage/recordwriter.h"
#include "core/storage/sqliteutil.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

const QString kSelect = u"SELECT id, code, name, short_name, kind, sort_order, version FROM units "
                        "WHERE deleted_at IS NULL"_s;

domain::Unit fromRow(const QSqlQuery& query)
{
    domain::Unit unit;
    unit.id = query.value(0).toString();
    unit.code = query.value(1).toString();
    unit.name = query.value(2).toString();
    unit.shortName = query.value(3).toString();
    unit.kind =
        domain::unitKindFromCode(query.value(4).toString()).value_or(domain::UnitKind::Other);
    unit.sortOrder = query.value(5).toInt();
    unit.version = query.value(6).toInt();
    return unit;
}

QString reading()
{
    return QCoreApplication::translate("lp::storage::UnitRepository", "reading the units");
}

} // namespace

Result<QList<domain::Unit>> UnitRepository::listActive() const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.exec(kSelect + u" ORDER BY sort_order, code"_s))
        return fail(SqliteErrors::fromQt(query.lastError(), m_connection, reading()));
    QList<domain::Unit> units;
    while (query.next())
        units.append(fromRow(query));
    return units;
}

Result<std::optional<domain::Unit>> UnitRepository::findByCode(const QString& code) const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    query.prepare(kSelect + u" AND code = ?"_s);
    query.addBindValue(code);
    if (!query.exec())
        return fail(SqliteErrors::fromQt(query.lastError(), m_connection, reading()));
    if (!query.next())
        return std::optional<domain::Unit>();
    return std::optional<domain::Unit>(fromRow(query));
}

Result<std::optional<domain::Unit>> UnitRepository::findById(const QString& id) const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    query.prepare(kSelect + u" AND id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return fail(SqliteErrors::fromQt(query.lastError(), m_connection, reading()));
    if (!query.next())
        return std::optional<domain::Unit>();
    return std::optional<domain::Unit>(fromRow(query));
}

QVariantMap UnitRepository::fields(const domain::Unit& unit)
{
    return {{u"code"_s, unit.code},
            {u"name"_s, unit.name},
            {u"short_name"_s, unit.shortName},
            {u"kind"_s, domain::unitKindCode(unit.kind)},
            {u"sort_order"_s, unit.sortOrder}};
}

Result<domain::Unit> UnitRepository::update(RecordWriter& writer, domain::Unit unit)
{
    auto meta = writer.update(tables::units(), unit.id, unit.version, fields(unit));
    if (!meta)
        return fail(meta.error());
    unit.version = meta->version;
    return unit;
}

Result<domain::Unit> UnitRepository::insert(RecordWriter& writer, domain::Unit unit)
{
    auto meta = writer.insert(tables::units(), fields(unit));
    if (!meta)
        return fail(meta.error());
    unit.id = meta->id;
    unit.version = meta->version;
    return unit;
}

} // namespace lp::storage
