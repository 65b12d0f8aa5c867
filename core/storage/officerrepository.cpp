// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/officerrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include "core/storage/recordwriter.h"
#include "core/storage/sqliteutil.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {

Result<QList<domain::Officer>> OfficerRepository::select(const QString& where,
                                                         const QVariantList& values) const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, code, name, unit_id, phone, active, version FROM officers "
                  "WHERE deleted_at IS NULL AND "_s +
                  where);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        return fail(SqliteErrors::fromQt(
            query.lastError(), m_connection,
            QCoreApplication::translate("lp::storage::OfficerRepository", "reading the officers")));
    }
    QList<domain::Officer> officers;
    while (query.next()) {
        domain::Officer officer;
        officer.id = query.value(0).toString();
        officer.code = query.value(1).toString();
        officer.name = query.value(2).toString();
        officer.unitId = query.value(3).toString();
        officer.phone = query.value(4).toString();
        officer.active = query.value(5).toBool();
        officer.version = query.value(6).toInt();
        officers.append(officer);
    }
    return officers;
}

Result<std::optional<domain::Officer>> OfficerRepository::selectOne(const QString& where,
                                                                    const QVariant& value) const
{
    auto found = select(where, {value});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::optional<domain::Officer>()
                            : std::optional<domain::Officer>(found->first());
}

Result<std::optional<domain::Officer>> OfficerRepository::findByCode(const QString& code) const
{
    return selectOne(u"code = ?"_s, code);
}

Result<std::optional<domain::Officer>> OfficerRepository::findById(const QString& id) const
{
    return selectOne(u"id = ?"_s, id);
}

Result<QList<domain::Officer>> OfficerRepository::listActive() const
{
    return select(u"active = 1 ORDER BY name, code"_s, {});
}

Result<domain::Officer> OfficerRepository::insert(RecordWriter& writer, domain::Officer officer)
{
    auto meta = writer.insert(
        tables::officers(),
        {{u"code"_s, officer.code},
         {u"name"_s, officer.name},
         {u"unit_id"_s, officer.unitId.isEmpty() ? QVariant() : QVariant(officer.unitId)},
         {u"phone"_s, officer.phone.isEmpty() ? QVariant() : QVariant(officer.phone)},
         {u"active"_s, officer.active ? 1 : 0}});
    if (!meta)
        return fail(meta.error());
    officer.id = meta->id;
    officer.version = meta->version;
    return officer;
}

} // namespace lp::storage
