// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/visitrepository.h"

#include <QCoreApplication>

#include "core/storage/linktable.h"
#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QVariantMap fields(const domain::Visit& visit)
{
    return {{u"visit_date"_s, storedDate(visit.date)},
            {u"unit_id"_s, visit.unitId},
            {u"enterprise_id"_s, visit.enterpriseId},
            {u"reason"_s, domain::visitReasonCode(visit.reason)},
            {u"met_name"_s, nullIfEmpty(visit.metName)},
            {u"met_role"_s, nullIfEmpty(visit.metRole)},
            {u"content"_s, visit.content}};
}

} // namespace

const LinkTable& VisitRepository::officerLinks()
{
    static const LinkTable links{tables::visitOfficers(), u"visit_id"_s, u"officer_id"_s};
    return links;
}

Result<QList<domain::Visit>> VisitRepository::select(const QString& where,
                                                     const QVariantList& values) const
{
    auto query = runQuery(
        m_connection,
        u"SELECT id, visit_date, unit_id, enterprise_id, reason, met_name, "
        "met_role, content, version FROM visits WHERE deleted_at IS NULL AND "_s +
            where + u" ORDER BY visit_date, seq"_s,
        values, QCoreApplication::translate("lp::storage::VisitRepository", "reading the visits"));
    if (!query)
        return fail(query.error());
    QList<domain::Visit> visits;
    QStringList ids;
    while (query->next()) {
        domain::Visit visit;
        visit.id = query->value(0).toString();
        visit.date = dateFromStored(query->value(1));
        visit.unitId = query->value(2).toString();
        visit.enterpriseId = query->value(3).toString();
        visit.reason = domain::visitReasonFromCode(query->value(4).toString())
                           .value_or(domain::VisitReason::Routine);
        visit.metName = query->value(5).toString();
        visit.metRole = query->value(6).toString();
        visit.content = query->value(7).toString();
        visit.version = query->value(8).toInt();
        ids.append(visit.id);
        visits.append(visit);
    }
    if (visits.isEmpty())
        return visits;
    // Officers in the order they were added: the first is the one who led the visit.
    auto officers = officerLinks().load(m_connection, ids, u"l.rowid"_s);
    if (!officers)
        return fail(officers.error());
    for (auto& visit : visits)
        visit.officerIds = officers->value(visit.id);
    return visits;
}

Result<std::optional<domain::Visit>> VisitRepository::findById(const QString& id) const
{
    auto found = select(u"id = ?"_s, {id});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<domain::Visit> VisitRepository::insert(RecordWriter& writer, domain::Visit visit,
                                              std::optional<qint64> visitBatch,
                                              std::optional<qint64> officerBatch)
{
    auto meta = writer.insert(tables::visits(), fields(visit), visitBatch);
    if (!meta)
        return fail(meta.error());
    visit.id = meta->id;
    visit.version = meta->version;
    if (auto officers = officerLinks().insert(writer, visit.id, visit.officerIds, officerBatch);
        !officers)
        return fail(officers.error());
    return visit;
}

Result<domain::Visit> VisitRepository::update(RecordWriter& writer, domain::Visit visit) const
{
    auto meta = writer.update(tables::visits(), visit.id, visit.version, fields(visit));
    if (!meta)
        return fail(meta.error());
    visit.version = meta->version;
    if (auto officers = officerLinks().sync(writer, m_connection, visit.id, visit.officerIds);
        !officers)
        return fail(officers.error());
    return visit;
}

} // namespace lp::storage
