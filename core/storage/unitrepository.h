// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QSqlDatabase>
#include <QVariantMap>

#include "core/domain/unit.h"
#include "core/result.h"

namespace lp::storage {

class RecordWriter;

class UnitRepository final {
public:
    explicit UnitRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    [[nodiscard]] Result<QList<domain::Unit>> listActive() const;
    [[nodiscard]] Result<std::optional<domain::Unit>> findByCode(const QString& code) const;
    [[nodiscard]] Result<std::optional<domain::Unit>> findById(const QString& id) const;
    // Inside the caller's transaction.
    static Result<domain::Unit> insert(RecordWriter& writer, domain::Unit unit);
    static Result<domain::Unit> update(RecordWriter& writer, domain::Unit unit);
    [[nodiscard]] static QVariantMap fields(const domain::Unit& unit);

private:
    QSqlDatabase m_connection;
};

} // namespace lp::storage
