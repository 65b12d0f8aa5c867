// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

using namespace Qt::StringLiterals;

namespace lp {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::NotSqlite:
        return QStringLiteral("not-sqlite");
    case ErrorCode::NotLinkPoint:
        return QStringLiteral("not-linkpoint");
    case ErrorCode::Truncated:
        return QStringLiteral("truncated");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::NewerSchema:
        return QStringLiteral("newer-schema");
    case ErrorCode::ReadOnly:
        return QStringLiteral("read-only");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::StaleVersion:
        return QStringLiteral("stale-version");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Sql:
        return QStringLiteral("sql");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString Error::toLogString() const
{
    QString text = errorCodeName(code) + u": "_s + message;
    if (!detail.isEmpty())
        text += u" ("_s + detail + u')';
    return text;
}

} // namespace lp
