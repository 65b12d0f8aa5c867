// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/recordchecks.h"

#include "core/storage/queryutil.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::services {

Result<void> RecordChecks::requireLive(const storage::TableSpec& table, const QString& id,
                                       const QString& field) const
{
    if (id.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("%1: choose one.").arg(field));
    auto found = storage::queryValue(
        m_connection, u"SELECT deleted_at IS NULL FROM %1 WHERE id = ?"_s.arg(table.name), {id},
        tr("checking the %1").arg(storage::tableDisplayName(table)));
    if (!found)
        return fail(found.error());
    if (found->isNull())
        return fail(ErrorCode::NotFound,
                    tr("%1: the chosen record does not exist; choose another.").arg(field));
    if (found->toInt() == 0)
        return fail(ErrorCode::NotFound,
                    tr("%1: the chosen record is in the recycle bin; restore it or choose "
                       "another.")
                        .arg(field));
    return {};
}

Result<void> RecordChecks::requireResponsible(const QString& unitId, const QString& sectionId,
                                              const QString& officerId) const
{
    if (!unitId.isEmpty()) {
        if (auto unit = requireLive(storage::tables::units(), unitId, tr("Responsible unit"));
            !unit)
            return unit;
    }
    if (!sectionId.isEmpty()) {
        if (auto section =
                requireLive(storage::tables::sections(), sectionId, tr("Responsible section"));
            !section)
            return section;
        if (!unitId.isEmpty()) {
            auto owner =
                storage::queryValue(m_connection, u"SELECT unit_id FROM sections WHERE id = ?"_s,
                                    {sectionId}, tr("checking the section"));
            if (!owner)
                return fail(owner.error());
            if (owner->toString() != unitId)
                return fail(ErrorCode::InvalidInput,
                            tr("Responsible section: the section belongs to another unit; "
                               "choose a section of the responsible unit."));
        }
    }
    if (!officerId.isEmpty())
        return requireLive(storage::tables::officers(), officerId, tr("Responsible officer"));
    return {};
}

Result<void> RecordChecks::problemFields(const domain::Problem& problem) const
{
    if (problem.description.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("Problem: describe the problem the enterprise has."));
    if (auto category =
            requireLive(storage::tables::problemCategories(), problem.categoryId, tr("Category"));
        !category)
        return category;
    if (!problem.deadline.isValid())
        return fail(ErrorCode::InvalidInput, tr("Deadline: enter a date."));
    if (problem.deadline < problem.foundOn)
        return fail(ErrorCode::InvalidInput,
                    tr("Deadline: %1 is before the day the problem was found (%2); give a "
                       "later date.")
                        .arg(problem.deadline.toString(Qt::ISODate),
                             problem.foundOn.toString(Qt::ISODate)));
    return {};
}

} // namespace lp::services
