// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/auditlog.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include "core/storage/sqliteutil.h"

using namespace Qt::StringLiterals;

namespace lp::storage {

Result<QList<AuditEntry>> AuditLog::history(const QSqlDatabase& connection, const QString& table,
                                            const QString& recordId)
{
    // The table name is bound as a value here; it is only an identifier in the sub-select,
    // which is formatted from the caller's TableSpec-backed name.
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, at, actor, table_name, record_id, action, changes, note "
                  "FROM audit_log WHERE (table_name = ? AND record_id = ?) "
                  "OR id = (SELECT audit_batch_id FROM %1 WHERE id = ?) ORDER BY id"_s.arg(table));
    query.addBindValue(table);
    query.addBindValue(recordId);
    query.addBindValue(recordId);
    if (!query.exec()) {
        return fail(SqliteErrors::fromQt(query.lastError(), connection, tr("reading the history")));
    }
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toString();
        entry.actor = query.value(2).toString();
        entry.table = query.value(3).toString();
        entry.recordId = query.value(4).toString();
        entry.action = query.value(5).toString();
        entry.changes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        entry.note = query.value(7).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace lp::storage
