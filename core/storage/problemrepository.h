// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Problems with their partner units (the problem_units link table), in the caller's
// transaction. A problem saved without a number gets the next one of its year.
#pragma once

#include <optional>

#include <QSqlDatabase>

#include "core/domain/problem.h"
#include "core/result.h"

namespace lp::storage {

class RecordWriter;
struct LinkTable;

class ProblemRepository final {
public:
    explicit ProblemRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    [[nodiscard]] Result<std::optional<domain::Problem>> findById(const QString& id) const;
    [[nodiscard]] Result<std::optional<domain::Problem>> findByNumber(const QString& number) const;
    // A number (P2026-000123) or a record id, as the command line takes either.
    [[nodiscard]] Result<std::optional<domain::Problem>> find(const QString& numberOrId) const;
    [[nodiscard]] Result<QList<domain::Problem>> listForVisit(const QString& visitId) const;
    // The next free sequence number of `year` (1 for the first problem of the year).
    [[nodiscard]] Result<int> nextSeq(int year) const;

    static Result<domain::Problem> insert(RecordWriter& writer, const QSqlDatabase& connection,
                                          domain::Problem problem,
                                          std::optional<qint64> problemBatch = std::nullopt,
                                          std::optional<qint64> unitBatch = std::nullopt);
    // Writes every field of `problem` (the audit log keeps the ones that changed).
    Result<domain::Problem> update(RecordWriter& writer, domain::Problem problem) const;

    static const LinkTable& partnerLinks();

private:
    Result<QList<domain::Problem>> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_connection;
};

} // namespace lp::storage
