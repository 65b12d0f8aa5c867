// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/enterpriserepository.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/storage/enterprisefiltersql.h"
#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QString reading()
{
    return QCoreApplication::translate("lp::storage::EnterpriseRepository",
                                       "reading the enterprises");
}

const QString kRecordColumns =
    u"id, name, credit_code, credit_code_override, legal_representative, contact_name, "
    "contact_phone, address, industry, scale, park_id, contact_point_id, liaison_officer_id, "
    "liaison_judge_id, flag_disputes, flag_difficulty, flag_key, notes, version"_s;

domain::Enterprise recordFrom(const QSqlQuery& query)
{
    domain::Enterprise e;
    e.id = query.value(0).toString();
    e.name = query.value(1).toString();
    e.creditCode = query.value(2).toString();
    e.creditCodeOverride = query.value(3).toString();
    e.legalRepresentative = query.value(4).toString();
    e.contactName = query.value(5).toString();
    e.contactPhone = query.value(6).toString();
    e.address = query.value(7).toString();
    const QString industry = query.value(8).toString();
    e.industry = industry.isEmpty() ? QChar() : industry[0];
    e.scale = domain::enterpriseScaleFromCode(query.value(9).toString());
    e.parkId = query.value(10).toString();
    e.contactPointId = query.value(11).toString();
    e.liaisonOfficerId = query.value(12).toString();
    e.liaisonJudgeId = query.value(13).toString();
    e.disputes = query.value(14).toBool();
    e.difficulty = query.value(15).toBool();
    e.key = query.value(16).toBool();
    e.notes = query.value(17).toString();
    e.version = query.value(18).toInt();
    return e;
}

const QString kRowColumns =
    u"e.id, e.version, e.name, e.credit_code, e.credit_code_override IS NOT NULL, "
    "e.legal_representative, e.contact_name, e.contact_phone, e.address, e.industry, e.scale, "
    "p.name, c.name, lo.name, lj.name, "
    "e.flag_disputes * 1 + e.flag_difficulty * 2 + e.flag_key * 4, e.deleted_at"_s;

EnterpriseRow rowFrom(const QSqlQuery& query)
{
    EnterpriseRow row;
    row.id = query.value(0).toString();
    row.version = query.value(1).toInt();
    row.name = query.value(2).toString();
    row.creditCode = query.value(3).toString();
    row.creditCodeOverridden = query.value(4).toBool();
    row.legalRepresentative = query.value(5).toString();
    row.contactName = query.value(6).toString();
    row.contactPhone = query.value(7).toString();
    row.address = query.value(8).toString();
    const QString industry = query.value(9).toString();
    row.industry = industry.isEmpty() ? QChar() : industry[0];
    row.scale = domain::enterpriseScaleFromCode(query.value(10).toString());
    row.parkName = query.value(11).toString();
    row.contactPointName = query.value(12).toString();
    row.liaisonName = query.value(13).toString();
    row.liaisonJudgeName = query.value(14).toString();
    row.flags = query.value(15).toInt();
    row.deletedAt = query.value(16).toString();
    return row;
}

} // namespace

Result<int> EnterpriseRepository::count(const EnterpriseFilter& filter) const
{
    const auto sql = EnterpriseFilterSql::build(filter, false);
    auto value =
        queryValue(m_connection, u"SELECT count(*) FROM %1 WHERE %2"_s.arg(sql.from, sql.where),
                   sql.values, reading());
    if (!value)
        return fail(value.error());
    return value->toInt();
}

Result<QList<EnterpriseRow>> EnterpriseRepository::rows(const EnterpriseFilter& filter, int offset,
                                                        int limit) const
{
    auto sql = EnterpriseFilterSql::build(filter, true);
    sql.values << limit << offset;
    auto query = runQuery(m_connection,
                          u"SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?"_s.arg(
                              kRowColumns, sql.from, sql.where, sql.orderBy),
                          sql.values, reading());
    if (!query)
        return fail(query.error());
    QList<EnterpriseRow> rows;
    rows.reserve(std::min(limit, 4096)); // a whole-list read passes a huge limit
    while (query->next())
        rows.append(rowFrom(*query));
    return rows;
}

Result<int> EnterpriseRepository::indexOf(const EnterpriseFilter& filter, const QString& id) const
{
    auto sql = EnterpriseFilterSql::build(filter, true);
    sql.values << id;
    auto value = queryValue(m_connection,
                            u"SELECT position FROM (SELECT e.id AS id, row_number() OVER (ORDER BY "
                            "%3) - 1 AS position FROM %1 WHERE %2) WHERE id = ?"_s.arg(
                                sql.from, sql.where, sql.orderBy),
                            sql.values, reading());
    if (!value)
        return fail(value.error());
    return value->isNull() ? -1 : value->toInt();
}

Result<std::optional<domain::Enterprise>>
EnterpriseRepository::selectOne(const QString& where, const QVariant& value) const
{
    auto query =
        runQuery(m_connection, u"SELECT %1 FROM enterprises WHERE %2"_s.arg(kRecordColumns, where),
                 {value}, reading());
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<domain::Enterprise>();
    return std::optional(recordFrom(*query));
}

Result<std::optional<domain::Enterprise>> EnterpriseRepository::findById(const QString& id) const
{
    return selectOne(u"id = ?"_s, id);
}

Result<std::optional<domain::Enterprise>>
EnterpriseRepository::findByCreditCode(const QString& code) const
{
    return selectOne(u"credit_code = ? AND deleted_at IS NULL"_s, code);
}

Result<QHash<QString, domain::Enterprise>> EnterpriseRepository::liveByCreditCode() const
{
    auto query = runQuery(
        m_connection, u"SELECT %1 FROM enterprises WHERE deleted_at IS NULL"_s.arg(kRecordColumns),
        {}, reading());
    if (!query)
        return fail(query.error());
    QHash<QString, domain::Enterprise> records;
    while (query->next()) {
        domain::Enterprise record = recordFrom(*query);
        records.insert(record.creditCode, record);
    }
    return records;
}

QVariantMap EnterpriseRepository::fields(const domain::Enterprise& e)
{
    return {{u"name"_s, e.name},
            {u"credit_code"_s, e.creditCode},
            {u"credit_code_override"_s, nullIfEmpty(e.creditCodeOverride)},
            {u"legal_representative"_s, nullIfEmpty(e.legalRepresentative)},
            {u"contact_name"_s, nullIfEmpty(e.contactName)},
            {u"contact_phone"_s, nullIfEmpty(e.contactPhone)},
            {u"address"_s, nullIfEmpty(e.address)},
            {u"industry"_s, e.industry.isNull() ? QVariant() : QVariant(QString(e.industry))},
            {u"scale"_s, e.scale ? QVariant(domain::enterpriseScaleCode(*e.scale)) : QVariant()},
            {u"park_id"_s, nullIfEmpty(e.parkId)},
            {u"contact_point_id"_s, nullIfEmpty(e.contactPointId)},
            {u"liaison_officer_id"_s, nullIfEmpty(e.liaisonOfficerId)},
            {u"liaison_judge_id"_s, nullIfEmpty(e.liaisonJudgeId)},
            {u"flag_disputes"_s, e.disputes ? 1 : 0},
            {u"flag_difficulty"_s, e.difficulty ? 1 : 0},
            {u"flag_key"_s, e.key ? 1 : 0},
            {u"notes"_s, nullIfEmpty(e.notes)}};
}

Result<domain::Enterprise> EnterpriseRepository::insert(RecordWriter& writer,
                                                        domain::Enterprise enterprise,
                                                        std::optional<qint64> batchId)
{
    auto meta = writer.insert(tables::enterprises(), fields(enterprise), batchId);
    if (!meta)
        return fail(meta.error());
    enterprise.id = meta->id;
    enterprise.version = meta->version;
    return enterprise;
}

Result<domain::Enterprise> EnterpriseRepository::update(RecordWriter& writer,
                                                        domain::Enterprise enterprise)
{
    auto meta =
        writer.update(tables::enterprises(), enterprise.id, enterprise.version, fields(enterprise));
    if (!meta)
        return fail(meta.error());
    enterprise.version = meta->version;
    return enterprise;
}

} // namespace lp::storage
