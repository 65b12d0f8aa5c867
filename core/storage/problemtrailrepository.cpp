// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/problemtrailrepository.h"

#include <QCoreApplication>

#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QString reading()
{
    return QCoreApplication::translate("lp::storage::ProblemTrailRepository",
                                       "reading what was done about a problem");
}

QVariantMap fields(const domain::Measure& m)
{
    return {{u"problem_id"_s, m.problemId},
            {u"taken_on"_s, storedDate(m.takenOn)},
            {u"content"_s, m.content},
            {u"officer_id"_s, nullIfEmpty(m.officerId)},
            {u"done_by"_s, nullIfEmpty(m.doneBy)}};
}

QVariantMap fields(const domain::Feedback& f)
{
    return {{u"problem_id"_s, f.problemId},
            {u"given_on"_s, storedDate(f.givenOn)},
            {u"manner"_s, domain::feedbackMannerCode(f.manner)},
            {u"content"_s, f.content},
            {u"satisfaction"_s, domain::satisfactionCode(f.satisfaction)},
            {u"officer_id"_s, nullIfEmpty(f.officerId)}};
}

QVariantMap fields(const domain::Transfer& t)
{
    return {{u"problem_id"_s, t.problemId},
            {u"department_id"_s, t.departmentId},
            {u"transferred_on"_s, storedDate(t.transferredOn)},
            {u"letter_year"_s, t.letter.year},
            {u"letter_seq"_s, t.letter.seq},
            {u"note"_s, nullIfEmpty(t.note)},
            {u"reply"_s, nullIfEmpty(t.reply)},
            {u"replied_on"_s, storedDate(t.repliedOn)}};
}

QVariantMap fields(const domain::SupervisionOrder& o)
{
    return {{u"problem_id"_s, o.problemId},
            {u"order_year"_s, o.number.year},
            {u"order_seq"_s, o.number.seq},
            {u"issued_on"_s, storedDate(o.issuedOn)},
            {u"time_limit"_s, storedDate(o.timeLimit)},
            {u"trigger"_s, domain::supervisionTriggerCode(o.trigger)},
            {u"unit_id"_s, o.unitId},
            {u"requirement"_s, o.requirement},
            {u"reply"_s, nullIfEmpty(o.reply)},
            {u"replied_on"_s, storedDate(o.repliedOn)}};
}

template <typename Record, typename Read>
Result<QList<Record>> selectAll(const QSqlDatabase& connection, const QString& sql,
                                const QString& problemId, Read read)
{
    auto query = runQuery(connection, sql, {problemId}, reading());
    if (!query)
        return fail(query.error());
    QList<Record> records;
    while (query->next())
        records.append(read(*query));
    return records;
}

template <typename Record>
Result<Record> written(Result<RecordMeta> meta, Record record)
{
    if (!meta)
        return fail(meta.error());
    record.id = meta->id;
    record.version = meta->version;
    return record;
}

} // namespace

Result<QList<domain::Measure>> ProblemTrailRepository::measures(const QString& problemId) const
{
    return selectAll<domain::Measure>(
        m_connection,
        u"SELECT id, problem_id, taken_on, content, officer_id, done_by, version FROM measures "
        "WHERE problem_id = ? AND deleted_at IS NULL ORDER BY taken_on, rowid"_s,
        problemId, [](const QSqlQuery& q) {
            return domain::Measure{q.value(0).toString(),      q.value(1).toString(),
                                   dateFromStored(q.value(2)), q.value(3).toString(),
                                   q.value(4).toString(),      q.value(5).toString(),
                                   q.value(6).toInt()};
        });
}

Result<QList<domain::Feedback>> ProblemTrailRepository::feedback(const QString& problemId) const
{
    return selectAll<domain::Feedback>(
        m_connection,
        u"SELECT id, problem_id, given_on, manner, content, satisfaction, officer_id, version "
        "FROM feedback WHERE problem_id = ? AND deleted_at IS NULL ORDER BY given_on, rowid"_s,
        problemId, [](const QSqlQuery& q) {
            domain::Feedback f;
            f.id = q.value(0).toString();
            f.problemId = q.value(1).toString();
            f.givenOn = dateFromStored(q.value(2));
            f.manner = domain::feedbackMannerFromCode(q.value(3).toString())
                           .value_or(domain::FeedbackManner::InPerson);
            f.content = q.value(4).toString();
            f.satisfaction = domain::satisfactionFromCode(q.value(5).toString())
                                 .value_or(domain::Satisfaction::Satisfied);
            f.officerId = q.value(6).toString();
            f.version = q.value(7).toInt();
            return f;
        });
}

Result<QList<domain::Transfer>> ProblemTrailRepository::transfers(const QString& problemId) const
{
    return selectAll<domain::Transfer>(
        m_connection,
        u"SELECT id, problem_id, department_id, transferred_on, letter_year, letter_seq, note, "
        "reply, replied_on, version FROM transfers WHERE problem_id = ? AND deleted_at IS NULL "
        "ORDER BY transferred_on, rowid"_s,
        problemId, [](const QSqlQuery& q) {
            domain::Transfer t;
            t.id = q.value(0).toString();
            t.problemId = q.value(1).toString();
            t.departmentId = q.value(2).toString();
            t.transferredOn = dateFromStored(q.value(3));
            t.letter = {q.value(4).toInt(), q.value(5).toInt()};
            t.note = q.value(6).toString();
            t.reply = q.value(7).toString();
            t.repliedOn = dateFromStored(q.value(8));
            t.version = q.value(9).toInt();
            return t;
        });
}

Result<QList<domain::SupervisionOrder>>
ProblemTrailRepository::orders(const QString& problemId) const
{
    return selectAll<domain::SupervisionOrder>(
        m_connection,
        u"SELECT id, problem_id, order_year, order_seq, issued_on, time_limit, trigger, unit_id, "
        "requirement, reply, replied_on, version FROM supervision_orders WHERE problem_id = ? "
        "AND deleted_at IS NULL ORDER BY issued_on, rowid"_s,
        problemId, [](const QSqlQuery& q) {
            domain::SupervisionOrder o;
            o.id = q.value(0).toString();
            o.problemId = q.value(1).toString();
            o.number = {q.value(2).toInt(), q.value(3).toInt()};
            o.issuedOn = dateFromStored(q.value(4));
            o.timeLimit = dateFromStored(q.value(5));
            o.trigger = domain::supervisionTriggerFromCode(q.value(6).toString())
                            .value_or(domain::SupervisionTrigger::OnDemand);
            o.unitId = q.value(7).toString();
            o.requirement = q.value(8).toString();
            o.reply = q.value(9).toString();
            o.repliedOn = dateFromStored(q.value(10));
            o.version = q.value(11).toInt();
            return o;
        });
}

Result<int> ProblemTrailRepository::nextSeq(const QString& table, const QString& yearColumn,
                                            const QString& seqColumn, int year) const
{
    // Numbers are never reused, so records in the recycle bin keep theirs.
    auto last = queryValue(
        m_connection, u"SELECT max(%1) FROM %2 WHERE %3 = ?"_s.arg(seqColumn, table, yearColumn),
        {year}, reading());
    if (!last)
        return fail(last.error());
    return last->toInt() + 1;
}

Result<int> ProblemTrailRepository::nextLetterSeq(int year) const
{
    return nextSeq(u"transfers"_s, u"letter_year"_s, u"letter_seq"_s, year);
}

Result<int> ProblemTrailRepository::nextOrderSeq(int year) const
{
    return nextSeq(u"supervision_orders"_s, u"order_year"_s, u"order_seq"_s, year);
}

Result<domain::Measure> ProblemTrailRepository::insert(RecordWriter& writer,
                                                       domain::Measure measure,
                                                       std::optional<qint64> batch)
{
    return written(writer.insert(tables::measures(), fields(measure), batch), measure);
}

Result<domain::Feedback> ProblemTrailRepository::insert(RecordWriter& writer,
                                                        domain::Feedback feedback,
                                                        std::optional<qint64> batch)
{
    return written(writer.insert(tables::feedback(), fields(feedback), batch), feedback);
}

Result<domain::Transfer> ProblemTrailRepository::insert(RecordWriter& writer,
                                                        domain::Transfer transfer,
                                                        std::optional<qint64> batch) const
{
    if (!transfer.letter.isValid()) {
        const int year = transfer.transferredOn.year();
        auto seq = nextLetterSeq(year);
        if (!seq)
            return fail(seq.error());
        transfer.letter = {year, *seq};
    }
    return written(writer.insert(tables::transfers(), fields(transfer), batch), transfer);
}

Result<domain::SupervisionOrder> ProblemTrailRepository::insert(RecordWriter& writer,
                                                                domain::SupervisionOrder order,
                                                                std::optional<qint64> batch) const
{
    if (!order.number.isValid()) {
        const int year = order.issuedOn.year();
        auto seq = nextOrderSeq(year);
        if (!seq)
            return fail(seq.error());
        order.number = {year, *seq};
    }
    return written(writer.insert(tables::supervisionOrders(), fields(order), batch), order);
}

Result<domain::Transfer> ProblemTrailRepository::update(RecordWriter& writer,
                                                        domain::Transfer transfer)
{
    auto meta = writer.update(tables::transfers(), transfer.id, transfer.version, fields(transfer));
    return written(std::move(meta), transfer);
}

Result<domain::SupervisionOrder> ProblemTrailRepository::update(RecordWriter& writer,
                                                                domain::SupervisionOrder order)
{
    auto meta = writer.update(tables::supervisionOrders(), order.id, order.version, fields(order));
    return written(std::move(meta), order);
}

} // namespace lp::storage
