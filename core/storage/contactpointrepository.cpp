// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/contactpointrepository.h"

#include <QCoreApplication>
#include <QHash>

#include "core/storage/linktable.h"
#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QString reading()
{
    return QCoreApplication::translate("lp::storage::ContactPointRepository",
                                       "reading the contact points");
}

QVariantMap fields(const domain::ContactPoint& point)
{
    return {{u"code"_s, point.code},
            {u"name"_s, point.name},
            {u"host_unit_id"_s, point.hostUnitId},
            {u"convener_id"_s, nullIfEmpty(point.convenerId)},
            {u"address"_s, nullIfEmpty(point.address)},
            {u"phone"_s, nullIfEmpty(point.phone)},
            {u"established_on"_s, storedDate(point.establishedOn)}};
}

const LinkTable& parkLinks()
{
    static const LinkTable links{tables::contactPointParks(), u"contact_point_id"_s, u"park_id"_s};
    return links;
}

const LinkTable& memberLinks()
{
    static const LinkTable links{tables::contactPointMembers(), u"contact_point_id"_s,
                                 u"officer_id"_s};
    return links;
}

} // namespace

Result<QList<domain::ContactPoint>> ContactPointRepository::select(const QString& where,
                                                                   const QVariantList& values) const
{
    auto query = runQuery(m_connection,
                          u"SELECT id, code, name, host_unit_id, convener_id, address, phone, "
                          "established_on, version FROM contact_points WHERE deleted_at IS NULL "
                          "AND "_s +
                              where + u" ORDER BY code"_s,
                          values, reading());
    if (!query)
        return fail(query.error());
    QList<domain::ContactPoint> points;
    while (query->next()) {
        domain::ContactPoint point;
        point.id = query->value(0).toString();
        point.code = query->value(1).toString();
        point.name = query->value(2).toString();
        point.hostUnitId = query->value(3).toString();
        point.convenerId = query->value(4).toString();
        point.address = query->value(5).toString();
        point.phone = query->value(6).toString();
        point.establishedOn = dateFromStored(query->value(7));
        point.version = query->value(8).toInt();
        points.append(point);
    }
    if (auto loaded = loadLinks(points); !loaded)
        return fail(loaded.error());
    return points;
}

Result<void> ContactPointRepository::loadLinks(QList<domain::ContactPoint>& points) const
{
    if (points.isEmpty())
        return {};
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < points.size(); ++i)
        index.insert(points[i].id, i);
    // Parks in code order, members in name order, as the card prints them.
    const QList<std::pair<QString, bool>> links{
        {u"SELECT l.contact_point_id, l.park_id FROM contact_point_parks l JOIN parks p ON "
         "p.id = l.park_id WHERE l.deleted_at IS NULL ORDER BY p.code"_s,
         true},
        {u"SELECT l.contact_point_id, l.officer_id FROM contact_point_members l JOIN officers o "
         "ON o.id = l.officer_id WHERE l.deleted_at IS NULL ORDER BY o.name, o.code"_s,
         false}};
    for (const auto& [sql, parks] : links) {
        auto query = runQuery(m_connection, sql, {}, reading());
        if (!query)
            return fail(query.error());
        while (query->next()) {
            const auto found = index.constFind(query->value(0).toString());
            if (found == index.constEnd())
                continue;
            auto& point = points[*found];
            (parks ? point.parkIds : point.memberIds).append(query->value(1).toString());
        }
    }
    return {};
}

Result<QList<domain::ContactPoint>> ContactPointRepository::list() const
{
    return select(u"1 = 1"_s, {});
}

Result<std::optional<domain::ContactPoint>>
ContactPointRepository::findById(const QString& id) const
{
    auto found = select(u"id = ?"_s, {id});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<std::optional<domain::ContactPoint>>
ContactPointRepository::findByCode(const QString& code) const
{
    auto found = select(u"code = ?"_s, {code});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<int> ContactPointRepository::enterpriseCount(const QString& pointId) const
{
    auto count = queryValue(m_connection,
                            u"SELECT count(*) FROM enterprises WHERE contact_point_id = ? AND "
                            "deleted_at IS NULL"_s,
                            {pointId},
                            QCoreApplication::translate("lp::storage::ContactPointRepository",
                                                        "counting the enterprises of a contact "
                                                        "point"));
    if (!count)
        return fail(count.error());
    return count->toInt();
}

Result<domain::ContactPoint> ContactPointRepository::insert(RecordWriter& writer,
                                                            domain::ContactPoint point,
                                                            std::optional<qint64> batchId)
{
    auto meta = writer.insert(tables::contactPoints(), fields(point), batchId);
    if (!meta)
        return fail(meta.error());
    point.id = meta->id;
    point.version = meta->version;
    // The links get audit entries of their own: a batch entry belongs to one table.
    if (auto parks = parkLinks().insert(writer, point.id, point.parkIds); !parks)
        return fail(parks.error());
    if (auto members = memberLinks().insert(writer, point.id, point.memberIds); !members)
        return fail(members.error());
    return point;
}

Result<domain::ContactPoint> ContactPointRepository::update(RecordWriter& writer,
                                                            domain::ContactPoint point) const
{
    auto meta = writer.update(tables::contactPoints(), point.id, point.version, fields(point));
    if (!meta)
        return fail(meta.error());
    point.version = meta->version;
    if (auto parks = parkLinks().sync(writer, m_connection, point.id, point.parkIds); !parks)
        return fail(parks.error());
    if (auto members = memberLinks().sync(writer, m_connection, point.id, point.memberIds);
        !members)
        return fail(members.error());
    return point;
}

} // namespace lp::storage
