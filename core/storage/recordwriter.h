// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// RecordWriter performs the audited writes every repository builds on: insert, update with an
// optimistic version check, soft delete and restore. Each write and its audit_log row go through
// the connection of an open Transaction, so they commit or vanish together. The writer caches
// its prepared statements, which makes bulk inserts in one transaction cheap.
#pragma once

#include <memory>
#include <optional>
#include <unordered_map>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include "core/actor.h"
#include "core/result.h"
#include "core/storage/tables.h"

namespace lp {
class Clock;
}

namespace lp::storage {

struct RecordMeta {
    QString id;
    int version = 0;
    QString updatedAt;
    QString updatedBy;
};

class RecordWriter final {
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)
public:
    // `connection` must be inside a Transaction for the whole life of the writer.
    RecordWriter(QSqlDatabase connection, const Clock& clock, Actor actor);

    // Writes a batch entry to the audit log; records inserted with its id need no entry each.
    Result<qint64> beginBatch(const TableSpec& table, const QString& note);

    Result<RecordMeta> insert(const TableSpec& table, const QVariantMap& fields,
                              std::optional<qint64> batchId = std::nullopt);
    // Changes only the given fields; fails with StaleVersion when the stored version differs.
    Result<RecordMeta> update(const TableSpec& table, const QString& id, int expectedVersion,
                              const QVariantMap& changes);
    Result<RecordMeta> softDelete(const TableSpec& table, const QString& id, int expectedVersion);
    Result<RecordMeta> restore(const TableSpec& table, const QString& id, int expectedVersion);

private:
    struct Current {
        int version = 0;
        QString updatedAt;
        QString updatedBy;
        QVariant deletedAt;
        QVariantMap values;
    };
    Result<Current> load(const TableSpec& table, const QString& id, int expectedVersion,
                         const QStringList& columns);
    Result<RecordMeta> write(const TableSpec& table, const QString& id, int expectedVersion,
                             const QVariantMap& changes, const QString& action);
    Result<void> appendAudit(const QString& table, const QVariant& recordId, const QString& action,
                             const QByteArray& changes, const QVariant& note,
                             qint64* auditId = nullptr);
    QSqlQuery& prepared(const QString& sql);
    // The clock's now as stored; formatted once per distinct instant (bulk inserts write
    // thousands of rows a second, and formatting a QDateTime costs more than the insert's SQL).
    const QString& stamp();
    Error failure(const QSqlQuery& query, const QString& doing) const;

    QSqlDatabase m_connection;
    const Clock& m_clock;
    Actor m_actor;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QDateTime m_stampAt;
    QString m_stamp;
};

// A new record id: a UUID of version 7 (time-ordered), so new rows land at the end of the
// primary-key index instead of at random places in it.
[[nodiscard]] QString newRecordId(const Clock& clock);

} // namespace lp::storage
