// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/recordwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QUuid>

#include "core/clock.h"
#include "core/storage/actornames.h"
#include "core/storage/sqliteutil.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

const QString kDeletedAt = u"deleted_at"_s;

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant();
}

// SQL NULL arrives as a null QVariant of some type (a null QString, say); in the audit it is JSON
// null, never "".
QJsonValue jsonOf(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value);
}

bool knownColumns(const TableSpec& table, const QStringList& columns)
{
    for (const QString& column : columns) {
        if (!table.columns.contains(column) && column != kDeletedAt)
            return false;
    }
    return true;
}

} // namespace

QString newRecordId(const Clock& clock)
{
    const quint64 ms = quint64(clock.now().toMSecsSinceEpoch());
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (8 * (5 - i))) & 0xff);
    bytes[6] = char(0x70 | (bytes[6] & 0x0f)); // version 7
    bytes[8] = char(0x80 | (bytes[8] & 0x3f)); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

RecordWriter::RecordWriter(QSqlDatabase connection, const Clock& clock, Actor actor)
    : m_connection(std::move(connection))
    , m_clock(clock)
    , m_actor(std::move(actor))
{}

QSqlQuery& RecordWriter::prepared(const QString& sql)
{
    auto& slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_connection);
        slot->setForwardOnly(true);
        slot->prepare(sql);
    }
    return *slot;
}

const QString& RecordWriter::stamp()
{
    const QDateTime now = m_clock.now();
    if (m_stamp.isEmpty() || now != m_stampAt) {
        m_stampAt = now;
        m_stamp = toStoredTimestamp(now);
    }
    return m_stamp;
}

Error RecordWriter::failure(const QSqlQuery& query, const QString& doing) const
{
    Error error = SqliteErrors::fromQt(query.lastError(), m_connection, doing);
    error.detail += u" [SQL: "_s + query.lastQuery() + u']';
    return error;
}

Result<void> RecordWriter::appendAudit(const QString& table, const QVariant& recordId,
                                       const QString& action, const QByteArray& changes,
                                       const QVariant& note, qint64* auditId)
{
    QSqlQuery& query =
        prepared(u"INSERT INTO audit_log (at, actor, table_name, record_id, action, changes, note) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.bindValue(0, stamp());
    query.bindValue(1, m_actor.stored());
    query.bindValue(2, table);
    query.bindValue(3, recordId);
    query.bindValue(4, action);
    query.bindValue(5, changes.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(changes)));
    query.bindValue(6, note);
    if (!query.exec())
        return fail(failure(query, tr("writing the audit log")));
    if (auditId)
        *auditId = query.lastInsertId().toLongLong();
    return {};
}

Result<qint64> RecordWriter::beginBatch(const TableSpec& table, const QString& note)
{
    qint64 id = 0;
    if (auto written = appendAudit(table.name, QVariant(), u"batch"_s, {}, note, &id); !written)
        return fail(written.error());
    return id;
}

Result<RecordMeta> RecordWriter::insert(const TableSpec& table, const QVariantMap& fields,
                                        std::optional<qint64> batchId)
{
    QStringList columns;
    for (const QString& column : table.columns) {
        if (fields.contains(column))
            columns.append(column);
    }
    if (columns.size() != fields.size()) {
        return fail(ErrorCode::Sql, tr("An internal error occurred while saving."),
                    u"unknown column for %1: %2"_s.arg(table.name, fields.keys().join(u',')));
    }
    const QString id = newRecordId(m_clock);
    const QString now = stamp();
    const QStringList all = QStringList{u"id"_s,         u"created_at"_s, u"updated_at"_s,
                                        u"created_by"_s, u"updated_by"_s, u"audit_batch_id"_s} +
                            columns;
    QSqlQuery& query = prepared(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
        table.name, all.join(u", "_s), placeholders(all.size())));
    int index = 0;
    for (const QVariant& value :
         {QVariant(id), QVariant(now), QVariant(now), QVariant(m_actor.stored()),
          QVariant(m_actor.stored()), nullableId(batchId)})
        query.bindValue(index++, value);
    for (const QString& column : columns)
        query.bindValue(index++, fields.value(column));
    if (!query.exec())
        return fail(failure(query, tr("saving the record")));

    if (!batchId) {
        QJsonObject changes;
        for (const QString& column : columns)
            changes.insert(column, QJsonArray{QJsonValue(), jsonOf(fields[column])});
        const QByteArray json = QJsonDocument(changes).toJson(QJsonDocument::Compact);
        if (auto audited = appendAudit(table.name, id, u"insert"_s, json, {}); !audited)
            return fail(audited.error());
    }
    return RecordMeta{id, 1, now, m_actor.stored()};
}

Result<RecordWriter::Current> RecordWriter::load(const TableSpec& table, const QString& id,
                                                 int expectedVersion, const QStringList& columns)
{
    QStringList selected{u"version"_s, u"updated_at"_s, u"updated_by"_s, kDeletedAt};
    for (const QString& column : columns) {
        if (column != kDeletedAt)
            selected.append(column);
    }
    QSqlQuery& query =
        prepared(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(selected.join(u", "_s), table.name));
    query.bindValue(0, id);
    if (!query.exec())
        return fail(failure(query, tr("reading the record")));
    if (!query.next()) {
        query.finish();
        return fail(ErrorCode::NotFound,
                    tr("The record no longer exists; it may have been removed for good."),
                    u"%1 %2"_s.arg(table.name, id));
    }
    Current current;
    current.version = query.value(0).toInt();
    current.updatedAt = query.value(1).toString();
    current.updatedBy = query.value(2).toString();
    current.deletedAt = query.value(3);
    for (int i = 0; i < selected.size(); ++i)
        current.values.insert(selected[i], query.value(i));
    query.finish();

    if (current.version != expectedVersion) {
        const QString who = ActorNames::displayName(m_connection, current.updatedBy);
        const QString when =
            fromStoredTimestamp(current.updatedAt).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        return fail(ErrorCode::StaleVersion,
                    tr("%1 changed this record at %2, after you opened it. Your changes were "
                       "not saved: reload the record and make them again.")
                        .arg(who, when),
                    u"%1 %2: expected version %3, stored %4"_s.arg(table.name, id)
                        .arg(expectedVersion)
                        .arg(current.version));
    }
    return current;
}

Result<RecordMeta> RecordWriter::write(const TableSpec& table, const QString& id,
                                       int expectedVersion, const QVariantMap& changes,
                                       const QString& action)
{
    const QStringList columns = changes.keys();
    if (!knownColumns(table, columns)) {
        return fail(ErrorCode::Sql, tr("An internal error occurred while saving."),
                    u"unknown column for %1: %2"_s.arg(table.name, columns.join(u',')));
    }
    auto current = load(table, id, expectedVersion, columns);
    if (!current)
        return fail(current.error());
    if (action == u"delete"_s && !current->deletedAt.isNull())
        return fail(ErrorCode::InvalidInput, tr("The record is already in the recycle bin."));
    if (action == u"restore"_s && current->deletedAt.isNull())
        return fail(ErrorCode::InvalidInput, tr("The record is not in the recycle bin."));

    QJsonObject diff;
    QStringList changed;
    for (const QString& column : columns) {
        const QJsonValue before = jsonOf(current->values.value(column));
        const QJsonValue after = jsonOf(changes.value(column));
        if (before != after) {
            diff.insert(column, QJsonArray{before, after});
            changed.append(column);
        }
    }
    if (changed.isEmpty())
        return RecordMeta{id, current->version, current->updatedAt, current->updatedBy};

    const QString now = stamp();
    QStringList assignments;
    for (const QString& column : changed)
        assignments.append(column + u" = ?"_s);
    QSqlQuery& query =
        prepared(u"UPDATE %1 SET %2, updated_at = ?, updated_by = ?, version = version + 1 "
                 "WHERE id = ? AND version = ?"_s.arg(table.name, assignments.join(u", "_s)));
    int index = 0;
    for (const QString& column : changed)
        query.bindValue(index++, changes.value(column));
    query.bindValue(index++, now);
    query.bindValue(index++, m_actor.stored());
    query.bindValue(index++, id);
    query.bindValue(index++, expectedVersion);
    if (!query.exec())
        return fail(failure(query, tr("saving the record")));
    if (query.numRowsAffected() != 1) {
        return fail(ErrorCode::StaleVersion,
                    tr("Someone else changed this record while you were saving it. Reload it "
                       "and make your changes again."));
    }
    const QByteArray json = QJsonDocument(diff).toJson(QJsonDocument::Compact);
    if (auto audited = appendAudit(table.name, id, action, json, {}); !audited)
        return fail(audited.error());
    return RecordMeta{id, current->version + 1, now, m_actor.stored()};
}

Result<RecordMeta> RecordWriter::update(const TableSpec& table, const QString& id,
                                        int expectedVersion, const QVariantMap& changes)
{
    if (changes.contains(kDeletedAt)) {
        return fail(ErrorCode::Sql, tr("An internal error occurred while saving."),
                    u"update() may not change deleted_at; use softDelete() or restore()"_s);
    }
    return write(table, id, expectedVersion, changes, u"update"_s);
}

Result<RecordMeta> RecordWriter::softDelete(const TableSpec& table, const QString& id,
                                            int expectedVersion)
{
    return write(table, id, expectedVersion, {{kDeletedAt, stamp()}}, u"delete"_s);
}

Result<RecordMeta> RecordWriter::restore(const TableSpec& table, const QString& id,
                                         int expectedVersion)
{
    return write(table, id, expectedVersion, {{kDeletedAt, QVariant()}}, u"restore"_s);
}

} // namespace lp::storage
