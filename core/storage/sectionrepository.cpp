// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sectionrepository.h"

#include <QCoreApplication>

#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QVariantMap fields(const domain::Section& section)
{
    return {{u"unit_id"_s, section.unitId},
            {u"code"_s, section.code},
            {u"name"_s, section.name},
            {u"sort_order"_s, section.sortOrder}};
}

} // namespace

Result<QList<domain::Section>> SectionRepository::select(const QString& where,
                                                         const QVariantList& values) const
{
    auto query = runQuery(
        m_connection,
        u"SELECT s.id, s.unit_id, s.code, s.name, s.sort_order, s.version FROM sections s "
        "JOIN units u ON u.id = s.unit_id WHERE s.deleted_at IS NULL AND "_s +
            where + u" ORDER BY u.sort_order, u.code, s.sort_order, s.code"_s,
        values,
        QCoreApplication::translate("lp::storage::SectionRepository", "reading the sections"));
    if (!query)
        return fail(query.error());
    QList<domain::Section> sections;
    while (query->next()) {
        domain::Section section;
        section.id = query->value(0).toString();
        section.unitId = query->value(1).toString();
        section.code = query->value(2).toString();
        section.name = query->value(3).toString();
        section.sortOrder = query->value(4).toInt();
        section.version = query->value(5).toInt();
        sections.append(section);
    }
    return sections;
}

Result<QList<domain::Section>> SectionRepository::list(const QString& unitId) const
{
    if (unitId.isEmpty())
        return select(u"1 = 1"_s, {});
    return select(u"s.unit_id = ?"_s, {unitId});
}

Result<std::optional<domain::Section>> SectionRepository::findById(const QString& id) const
{
    auto found = select(u"s.id = ?"_s, {id});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<std::optional<domain::Section>> SectionRepository::findByCode(const QString& unitId,
                                                                     const QString& code) const
{
    auto found = select(u"s.unit_id = ? AND s.code = ?"_s, {unitId, code});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<domain::Section> SectionRepository::insert(RecordWriter& writer, domain::Section section,
                                                  std::optional<qint64> batchId)
{
    auto meta = writer.insert(tables::sections(), fields(section), batchId);
    if (!meta)
        return fail(meta.error());
    section.id = meta->id;
    section.version = meta->version;
    return section;
}

Result<domain::Section> SectionRepository::update(RecordWriter& writer, domain::Section section)
{
    auto meta = writer.update(tables::sections(), section.id, section.version, fields(section));
    if (!meta)
        return fail(meta.error());
    section.version = meta->version;
    return section;
}

} // namespace lp::storage
