// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/parkrepository.h"

#include <QCoreApplication>

#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QVariantMap fields(const domain::Park& park)
{
    return {{u"code"_s, park.code},
            {u"name"_s, park.name},
            {u"address"_s, nullIfEmpty(park.address)},
            {u"managing_body"_s, nullIfEmpty(park.managingBody)},
            {u"contact_name"_s, nullIfEmpty(park.contactName)},
            {u"contact_phone"_s, nullIfEmpty(park.contactPhone)}};
}

} // namespace

Result<QList<domain::Park>> ParkRepository::select(const QString& where,
                                                   const QVariantList& values) const
{
    auto query = runQuery(
        m_connection,
        u"SELECT id, code, name, address, managing_body, contact_name, contact_phone, version "
        "FROM parks WHERE deleted_at IS NULL AND "_s +
            where,
        values, QCoreApplication::translate("lp::storage::ParkRepository", "reading the parks"));
    if (!query)
        return fail(query.error());
    QList<domain::Park> parks;
    while (query->next()) {
        domain::Park park;
        park.id = query->value(0).toString();
        park.code = query->value(1).toString();
        park.name = query->value(2).toString();
        park.address = query->value(3).toString();
        park.managingBody = query->value(4).toString();
        park.contactName = query->value(5).toString();
        park.contactPhone = query->value(6).toString();
        park.version = query->value(7).toInt();
        parks.append(park);
    }
    return parks;
}

Result<QList<domain::Park>> ParkRepository::list() const
{
    return select(u"1 = 1 ORDER BY code"_s, {});
}

Result<std::optional<domain::Park>> ParkRepository::findById(const QString& id) const
{
    auto found = select(u"id = ?"_s, {id});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<std::optional<domain::Park>> ParkRepository::findByCode(const QString& code) const
{
    auto found = select(u"code = ?"_s, {code});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<domain::Park> ParkRepository::insert(RecordWriter& writer, domain::Park park,
                                            std::optional<qint64> batchId)
{
    auto meta = writer.insert(tables::parks(), fields(park), batchId);
    if (!meta)
        return fail(meta.error());
    park.id = meta->id;
    park.version = meta->version;
    return park;
}

Result<domain::Park> ParkRepository::update(RecordWriter& writer, domain::Park park)
{
    auto meta = writer.update(tables::parks(), park.id, park.version, fields(park));
    if (!meta)
        return fail(meta.error());
    park.version = meta->version;
    return park;
}

} // namespace lp::storage
