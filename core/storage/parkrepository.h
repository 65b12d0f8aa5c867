// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

#include "core/domain/organisation.h"
#include "core/result.h"

namespace lp::storage {

class RecordWriter;

class ParkRepository final {
public:
    explicit ParkRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    // Parks not in the recycle bin, ordered by code.
    [[nodiscard]] Result<QList<domain::Park>> list() const;
    [[nodiscard]] Result<std::optional<domain::Park>> findById(const QString& id) const;
    [[nodiscard]] Result<std::optional<domain::Park>> findByCode(const QString& code) const;

    // Inside the caller's transaction.
    static Result<domain::Park> insert(RecordWriter& writer, domain::Park park,
                                       std::optional<qint64> batchId = std::nullopt);
    static Result<domain::Park> update(RecordWriter& writer, domain::Park park);

private:
    Result<QList<domain::Park>> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_connection;
};

} // namespace lp::storage
