// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What follows a problem once it is found: the measures taken, the feedback to the enterprise,
// the transfer to a department and the supervision orders. Transfer letters and supervision
// orders are numbered per year; a record saved without a number gets the next one.
#pragma once

#include <optional>

#include <QSqlDatabase>

#include "core/domain/problem.h"
#include "core/result.h"

namespace lp::storage {

class RecordWriter;

class ProblemTrailRepository final {
public:
    explicit ProblemTrailRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    // Each list in date order, for one problem.
    [[nodiscard]] Result<QList<domain::Measure>> measures(const QString& problemId) const;
    [[nodiscard]] Result<QList<domain::Feedback>> feedback(const QString& problemId) const;
    [[nodiscard]] Result<QList<domain::Transfer>> transfers(const QString& problemId) const;
    [[nodiscard]] Result<QList<domain::SupervisionOrder>> orders(const QString& problemId) const;
    [[nodiscard]] Result<int> nextLetterSeq(int year) const;
    [[nodiscard]] Result<int> nextOrderSeq(int year) const;

    static Result<domain::Measure> insert(RecordWriter& writer, domain::Measure measure,
                                          std::optional<qint64> batch = std::nullopt);
    static Result<domain::Feedback> insert(RecordWriter& writer, domain::Feedback feedback,
                                           std::optional<qint64> batch = std::nullopt);
    // Without a letter number, the next of the year of transferredOn.
    Result<domain::Transfer> insert(RecordWriter& writer, domain::Transfer transfer,
                                    std::optional<qint64> batch = std::nullopt) const;
    Result<domain::SupervisionOrder> insert(RecordWriter& writer, domain::SupervisionOrder order,
                                            std::optional<qint64> batch = std::nullopt) const;
    static Result<domain::Transfer> update(RecordWriter& writer, domain::Transfer transfer);
    static Result<domain::SupervisionOrder> update(RecordWriter& writer,
                                                   domain::SupervisionOrder order);

private:
    Result<int> nextSeq(const QString& table, const QString& yearColumn, const QString& seqColumn,
                        int year) const;

    QSqlDatabase m_connection;
};

} // namespace lp::storage
