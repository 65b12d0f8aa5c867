// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QSqlDatabase>

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
    // Inside the caller's transaction.
    static Result<domain::Officer> insert(RecordWriter& writer, domain::Officer officer);

private:
    QSqlDatabase m_connection;
};

} // namespace lp::storage
