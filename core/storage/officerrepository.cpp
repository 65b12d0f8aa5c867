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

Result<std::optional<domain::Officer>> OfficerRepository::findByCode(const QString& code) const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, code, name, unit_id, phone, active, version FROM officers "
                  "WHERE deleted_at IS NULL AND code = ?"_s);
    query.addBindValue(code);
    if (!query.exec()) {
        return fail(SqliteErrors::fromQt(
            query.lastError(), m_connection,
            QCoreApplication::translate("lp::storage::OfficerRepository", "reading the officers")));
    }
    if (!query.next())
        return std::optional<domain::Officer>();
    domain::Officer officer;
    officer.id = query.value(0).toString();
    officer.code = query.value(1).toString();
    officer.name = query.value(2).toString();
    officer.unitId = query.value(3).toString();
    officer.phone = query.value(4).toString();
    officer.active = query.value(5).toBool();
    officer.version = query.value(6).toInt();
    return std::optional<domain::Officer>(officer);
}

Result<domain::Officer> OfficerRepository::insert(RecordWriter& writer, domain::Officer officer)
{
    auto meta = writer.insert(
        tables::officers(),
        {{u"code"_s, officer.code},
         {u"name"_s, officer.name},
         {u"unit_id"_s, officer.unitId.isEmpty() ? QVariant() : QVariant(officer.unitId)},
         {u"phone"_s, officer.phone},
         {u"active"_s, officer.active ? 1 : 0}});
    if (!meta)
        return fail(meta.error());
    officer.id = meta->id;
    officer.version = meta->version;
    return officer;
}

} // namespace lp::storage
