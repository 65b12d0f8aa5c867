// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/statementtrace.h"

#include <sqlite3.h>

#include "core/storage/sqliteutil.h"

using namespace Qt::StringLiterals;

namespace lp::storage {

StatementTrace::StatementTrace(const QSqlDatabase& connection)
    : m_handle(nativeHandle(connection))
{
    if (m_handle)
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_PROFILE, &StatementTrace::record, this);
}

StatementTrace::~StatementTrace()
{
    if (m_handle)
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
}

QStringList StatementTrace::reads() const
{
    QStringList sql;
    for (const TracedStatement& statement : m_statements) {
        const QString text = statement.sql.trimmed();
        if (text.startsWith(u"SELECT"_s, Qt::CaseInsensitive) ||
            text.startsWith(u"WITH"_s, Qt::CaseInsensitive))
            sql.append(text);
    }
    return sql;
}

int StatementTrace::record(unsigned type, void* self, void* statement, void* nanoseconds)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    auto* trace = static_cast<StatementTrace*>(self);
    char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    const QString sql = expanded
                            ? QString::fromUtf8(expanded)
                            : QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt*>(statement)));
    sqlite3_free(expanded);
    trace->m_statements.append({sql, qint64(*static_cast<sqlite3_int64*>(nanoseconds))});
    return 0;
}

} // namespace lp::storage
