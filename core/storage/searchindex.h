// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Bulk writers (the demo, an import) write many rows in one transaction. Keeping a trigram
// index in step row by row costs more than building it once, so a BulkSearchIndex drops the
// index triggers of the tables it is given (enterprises, visits, problems: each has a
// <table>_fts index, visits and problems a <table>_chars index too, kept by <table>_fts_…
// triggers; problems its per-month counters too, kept by problems_count_… triggers) for its
// lifetime, inside the caller's transaction, and finish() rebuilds those indexes, counts the
// months again and puts the triggers back exactly as the schema defined them. If the
// transaction rolls back, the triggers come back with it.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "core/result.h"

namespace lp::storage {

class BulkSearchIndex final {
    Q_DECLARE_TR_FUNCTIONS(BulkSearchIndex)
public:
    // `connection` must be inside a Transaction.
    static Result<BulkSearchIndex> suspend(QSqlDatabase connection,
                                           const QStringList& tables = {QStringLiteral(
                                               "enterprises")});
    Result<void> finish();

private:
    struct Trigger {
        QString name;
        QString sql;
    };
    BulkSearchIndex(QSqlDatabase connection, QStringList tables, QList<Trigger> triggers)
        : m_connection(std::move(connection))
        , m_tables(std::move(tables))
        , m_triggers(std::move(triggers))
    {}

    QSqlDatabase m_connection;
    QStringList m_tables;
    QList<Trigger> m_triggers;
};

} // namespace lp::storage
