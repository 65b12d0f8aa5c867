// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/districtrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include "core/storage/recordwriter.h"
#include "core/storage/sqliteutil.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {

Result<std::optional<DistrictRecord>> DistrictRepository::current() const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, version, deadline_counting FROM district "
                    "WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1"_s)) {
        return fail(
            SqliteErrors::fromQt(query.lastError(), m_connection,
                                 QCoreApplication::translate("lp::storage::DistrictRepository",
                                                             "reading the district")));
    }
    if (!query.next())
        return std::optional<DistrictRecord>();
    return std::optional<DistrictRecord>(
        DistrictRecord{query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                       domain::deadlineCountingFromCode(query.value(3).toString())
                           .value_or(domain::DeadlineCounting::CalendarDays)});
}

Result<DistrictRecord> DistrictRepository::insert(RecordWriter& writer, const QString& name)
{
    auto meta = writer.insert(tables::district(), {{u"name"_s, name}});
    if (!meta)
        return fail(meta.error());
    return DistrictRecord{meta->id, name, meta->version};
}

Result<DistrictRecord> DistrictRepository::setDeadlineCounting(RecordWriter& writer,
                                                               DistrictRecord district,
                                                               domain::DeadlineCounting counting)
{
    auto meta = writer.update(tables::district(), district.id, district.version,
                              {{u"deadline_counting"_s, domain::deadlineCountingCode(counting)}});
    if (!meta)
        return fail(meta.error());
    district.version = meta->version;
    district.deadlineCounting = counting;
    return district;
}

} // namespace lp::storage
