// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>
#include <QVariantMap>

#include "core/domain/officer.h"
#include "core/result.h"

namespace lp::storage {

class RecordWriter;

class OfficerRepository final {
public:
    explicit OfficerRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    [[nodiscard]] Result<std::optional<domain::Officer>> findByCode(const QString& code) const;
    [[nodiscard]] Result<std::optional<domain::Officer>> findById(const QString& id) const;
    // Active, not deleted officers ordered by name.
    [[nodiscard]] Result<QList<domain::Officer>> listActive() const;
    // Every officer not in the recycle bin, active or not, ordered by name.
    [[nodiscard]] Result<QList<domain::Officer>> listAll() const;
    // Inside the caller's transaction.
    static Result<domain::Officer> insert(RecordWriter& writer, domain::Officer officer,
                                          std::optional<qint64> batchId = std::nullopt);
    static Result<domain::Officer> update(RecordWriter& writer, domain::Officer officer);
    [[nodiscard]] static QVariantMap fields(const domain::Officer& officer);

private:
    Result<QList<domain::Officer>> select(const QString& where, const QVariantList& values) const;
    Result<std::optional<domain::Officer>> selectOne(const QString& where,
                                                     const QVariant& value) const;

    QSqlDatabase m_connection;
};

} // namespace lp::storage
