// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/officerrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sqliteutil.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {

Result<QList<domain::Officer>> OfficerRepository::select(const QString& where,
                                                         const QVariantList& values) const
{
    auto query = runQuery(
        m_connection,
        u"SELECT id, code, name, unit_id, section_id, role, phone, active, version FROM officers "
        "WHERE deleted_at IS NULL AND "_s +
            where,
        values,
        QCoreApplication::translate("lp::storage::OfficerRepository", "reading the officers"));
    if (!query)
        return fail(query.error());
    QList<domain::Officer> officers;
    while (query->next()) {
        domain::Officer officer;
        officer.id = query->value(0).toString();
        officer.code = query->value(1).toString();
        officer.name = query->value(2).toString();
        officer.unitId = query->value(3).toString();
        officer.sectionId = query->value(4).toString();
        officer.role = domain::officerRoleFromCode(query->value(5).toString())
                           .value_or(domain::OfficerRole::Staff);
        officer.phone = query->value(6).toString();
        officer.active = query->value(7).toBool();
        officer.version = query->value(8).toInt();
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

Result<QList<domain::Officer>> OfficerRepository::listAll() const
{
    return select(u"1 = 1 ORDER BY name, code"_s, {});
}

QVariantMap OfficerRepository::fields(const domain::Officer& officer)
{
    return {{u"code"_s, officer.code},
            {u"name"_s, officer.name},
            {u"unit_id"_s, nullIfEmpty(officer.unitId)},
            {u"section_id"_s, nullIfEmpty(officer.sectionId)},
            {u"role"_s, domain::officerRoleCode(officer.role)},
            {u"phone"_s, nullIfEmpty(officer.phone)},
            {u"active"_s, officer.active ? 1 : 0}};
}

Result<domain::Officer> OfficerRepository::update(RecordWriter& writer, domain::Officer officer)
{
    auto meta = writer.update(tables::officers(), officer.id, officer.version, fields(officer));
    if (!meta)
        return fail(meta.error());
    officer.version = meta->version;
    return officer;
}

Result<domain::Officer> OfficerRepository::insert(RecordWriter& writer, domain::Officer officer,
                                                  std::optional<qint64> batchId)
{
    auto meta = writer.insert(tables::officers(), fields(officer), batchId);
    if (!meta)
        return fail(meta.error());
    officer.id = meta->id;
    officer.version = meta->version;
    return officer;
}

} // namespace lp::storage
