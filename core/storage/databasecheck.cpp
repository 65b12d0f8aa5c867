// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/databasecheck.h"

#include <QSqlQuery>

#include "core/storage/database.h"
#include "core/storage/migration.h"
#include "core/storage/sqliteutil.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

constexpr int kShownDetails = 10;

Result<QList<QStringList>> rows(const QSqlDatabase& db, const QString& sql, int columns,
                                const QVariantList& values = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(SqliteErrors::fromQt(query.lastError(), db, DatabaseCheck::tr("checking")));
    QList<QStringList> result;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i).toString());
        result.append(row);
    }
    return result;
}

CheckFinding integrity(const QList<QStringList>& lines)
{
    CheckFinding finding{
        DatabaseCheck::tr("File integrity (SQLite integrity_check)"), false, {}, {}};
    finding.passed = lines.size() == 1 && lines.first().first() == u"ok"_s;
    finding.summary = finding.passed
                          ? DatabaseCheck::tr("ok")
                          : DatabaseCheck::tr("%n problem(s) found", nullptr, int(lines.size()));
    if (!finding.passed) {
        for (const QStringList& line : lines.mid(0, kShownDetails))
            finding.details.append(line.first());
    }
    return finding;
}

CheckFinding foreignKeys(const QList<QStringList>& lines)
{
    CheckFinding finding{DatabaseCheck::tr("References between records (foreign_key_check)"),
                         lines.isEmpty(),
                         {},
                         {}};
    finding.summary = finding.passed
                          ? DatabaseCheck::tr("ok")
                          : DatabaseCheck::tr("%n broken reference(s)", nullptr, int(lines.size()));
    for (const QStringList& line : lines.mid(0, kShownDetails)) {
        finding.details.append(DatabaseCheck::tr("table %1, row %2 refers to a missing %3 record")
                                   .arg(line.value(0), line.value(1), line.value(2)));
    }
    return finding;
}

CheckFinding auditFinding(const TableSpec& table, const QList<QStringList>& incomplete,
                          const QList<QStringList>& vanished)
{
    CheckFinding finding{DatabaseCheck::tr("Audit trail of %1").arg(tableDisplayName(table)),
                         incomplete.isEmpty() && vanished.isEmpty(),
                         DatabaseCheck::tr("ok"),
                         {}};
    if (!incomplete.isEmpty()) {
        finding.summary = DatabaseCheck::tr("%n record(s) without a complete audit trail", nullptr,
                                            int(incomplete.size()));
    }
    if (!vanished.isEmpty()) {
        const QString missing = DatabaseCheck::tr("%n record(s) in the audit log are missing "
                                                  "from the table",
                                                  nullptr, int(vanished.size()));
        finding.summary = incomplete.isEmpty() ? missing : finding.summary + u"; "_s + missing;
    }
    for (const QStringList& row : incomplete.mid(0, kShownDetails)) {
        finding.details.append(DatabaseCheck::tr("%1 (%2): version %3 but %4 audit entries")
                                   .arg(row[1], row[0], row[2], row[3]));
    }
    for (const QStringList& row : vanished.mid(0, kShownDetails))
        finding.details.append(DatabaseCheck::tr("%1: created, now missing").arg(row[0]));
    return finding;
}

} // namespace

Result<QList<CheckFinding>> DatabaseCheck::run(Database& database)
{
    QSqlDatabase db = database.connection();
    QList<CheckFinding> findings;

    auto integrityRows = rows(db, u"PRAGMA integrity_check"_s, 1);
    if (!integrityRows)
        return fail(integrityRows.error());
    findings.append(integrity(*integrityRows));

    auto fkRows = rows(db, u"PRAGMA foreign_key_check"_s, 4);
    if (!fkRows)
        return fail(fkRows.error());
    findings.append(foreignKeys(*fkRows));

    auto version = rows(db, u"PRAGMA user_version"_s, 1);
    auto appId = rows(db, u"PRAGMA application_id"_s, 1);
    if (!version || !appId)
        return fail(version ? appId.error() : version.error());
    const int stored = version->value(0).value(0).toInt();
    const int latest = Database::latestSchemaVersion();
    const bool ours = appId->value(0).value(0).toInt() == kApplicationId;
    findings.append({tr("Data version"),
                     stored == latest && ours,
                     ours ? tr("version %1 (this program: %2)").arg(stored).arg(latest)
                          : tr("the file is not marked as LinkPoint's"),
                     {}});

    for (const TableSpec* table : tables::all()) {
        // Each record needs its insert entry (or a batch entry), plus one entry per change:
        // so it has exactly `version` entries in all.
        const QString sql =
            u"SELECT id, label, version, entries FROM (SELECT r.id AS id, r.%2 AS label, "
            "r.version AS version, "
            "(SELECT count(*) FROM audit_log a WHERE a.table_name = ? AND a.record_id = r.id) "
            "+ (CASE WHEN r.audit_batch_id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log b "
            "   WHERE b.id = r.audit_batch_id AND b.action = 'batch' AND b.table_name = ?) "
            "   THEN 1 ELSE 0 END) AS entries "
            "FROM %1 r) counted WHERE entries <> version"_s.arg(table->name, table->labelColumn);
        auto incomplete = rows(db, sql, 4, {table->name, table->name});
        if (!incomplete)
            return fail(incomplete.error());
        // Records are only ever soft-deleted: one the audit log saw created but the table no
        // longer holds was removed behind LinkPoint's back.
        auto vanished = rows(db,
                             u"SELECT a.record_id FROM audit_log a WHERE a.table_name = ? "
                             "AND a.action = 'insert' AND NOT EXISTS "
                             "(SELECT 1 FROM %1 r WHERE r.id = a.record_id)"_s.arg(table->name),
                             1, {table->name});
        if (!vanished)
            return fail(vanished.error());
        findings.append(auditFinding(*table, *incomplete, *vanished));
    }
    return findings;
}

} // namespace lp::storage
