// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Small helpers the repositories share for reading: run a prepared SELECT with bound values and
// turn SQLite's error into a user's message; store empty text as NULL.
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include "core/result.h"

namespace lp::storage {

// The query after exec(), positioned before its first row. `doing` completes "while …".
[[nodiscard]] Result<QSqlQuery> runQuery(const QSqlDatabase& connection, const QString& sql,
                                         const QVariantList& values, const QString& doing);

// One value of the first row, or a null QVariant when there is no row.
[[nodiscard]] Result<QVariant> queryValue(const QSqlDatabase& connection, const QString& sql,
                                          const QVariantList& values, const QString& doing);

// Empty text is stored as NULL, so "not given" has one representation.
[[nodiscard]] inline QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
[[nodiscard]] QVariant storedDate(const QDate& date);
[[nodiscard]] QDate dateFromStored(const QVariant& value);

} // namespace lp::storage
