// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Records the statements one connection runs while the trace lives: their SQL with the bound
// values written in, and the time each took. linkpoint-bench runs the same SQL in the sqlite3
// shell to show the program's overhead; the query-plan test reads the plans of what the pages
// actually run.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace lp::storage {

struct TracedStatement {
    QString sql;
    qint64 nanoseconds = 0;
};

class StatementTrace final {
public:
    // Replaces any trace already on the connection until this one is destroyed.
    explicit StatementTrace(const QSqlDatabase& connection);
    ~StatementTrace();
    Q_DISABLE_COPY_MOVE(StatementTrace)

    [[nodiscard]] const QList<TracedStatement>& statements() const { return m_statements; }
    // The statements that read (SELECT or WITH), in the order they ran.
    [[nodiscard]] QStringList reads() const;

private:
    static int record(unsigned type, void* self, void* statement, void* nanoseconds);

    sqlite3* m_handle;
    QList<TracedStatement> m_statements;
};

} // namespace lp::storage
