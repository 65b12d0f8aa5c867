// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/searchindex.h"

#include <algorithm>

#include <QSqlQuery>

#include "core/storage/queryutil.h"
#include "core/storage/sqliteutil.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

Result<void> exec(QSqlDatabase& connection, const QString& sql, const QString& doing)
{
    QSqlQuery query(connection);
    if (!query.exec(sql))
        return fail(SqliteErrors::fromQt(query.lastError(), connection, doing));
    return {};
}

} // namespace

Result<BulkSearchIndex> BulkSearchIndex::suspend(QSqlDatabase connection, const QStringList& tables)
{
    QList<Trigger> triggers;
    for (const QString& table : tables) {
        auto query = runQuery(
            connection,
            u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
            "tbl_name = ? AND (name LIKE ? OR name LIKE ?) ORDER BY name"_s,
            QVariantList{table, QString(table + u"_fts_%"_s), QString(table + u"_count_%"_s)},
            tr("preparing the search index"));
        if (!query)
            return fail(query.error());
        while (query->next())
            triggers.append(Trigger{query->value(0).toString(), query->value(1).toString()});
        query->finish();
    }
    for (const Trigger& trigger : triggers) {
        if (auto dropped = exec(connection, u"DROP TRIGGER %1"_s.arg(trigger.name),
                                tr("preparing the search index"));
            !dropped)
            return fail(dropped.error());
    }
    return BulkSearchIndex(std::move(connection), tables, std::move(triggers));
}

Result<void> BulkSearchIndex::finish()
{
    for (const QString& table : std::as_const(m_tables)) {
        auto indexes =
            runQuery(m_connection,
                     u"SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
                     "(?, ?) ORDER BY name DESC"_s,
                     QVariantList{QString(table + u"_fts"_s), QString(table + u"_chars"_s)},
                     tr("building the search index"));
        if (!indexes)
            return fail(indexes.error());
        QStringList names;
        while (indexes->next())
            names.append(indexes->value(0).toString());
        indexes->finish();
        for (const QString& index : std::as_const(names)) {
            if (auto rebuilt =
                    exec(m_connection, u"INSERT INTO %1 (%1) VALUES ('rebuild')"_s.arg(index),
                         tr("building the search index"));
                !rebuilt)
                return rebuilt;
        }
    }
    // Counters whose triggers were suspended are counted again: the problems' months (schema 8).
    const bool monthsSuspended =
        std::any_of(m_triggers.cbegin(), m_triggers.cend(), [](const Trigger& trigger) {
            return trigger.name.startsWith(u"problems_count_"_s);
        });
    if (monthsSuspended) {
        for (const QString& sql : {u"DELETE FROM problem_months"_s,
                                   u"INSERT INTO problem_months (month, found, closed) SELECT "
                                   "month, found, closed FROM problem_months_counted"_s}) {
            if (auto done = exec(m_connection, sql, tr("counting the problems per month")); !done)
                return done;
        }
    }
    for (const Trigger& trigger : std::as_const(m_triggers)) {
        if (auto created = exec(m_connection, trigger.sql, tr("building the search index"));
            !created)
            return created;
    }
    m_triggers.clear();
    return {};
}

} // namespace lp::storage
