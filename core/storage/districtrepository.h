// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QSqlDatabase>
#include <QString>

#include "core/result.h"

namespace lp::storage {

class RecordWriter;

struct DistrictRecord {
    QString id;
    QString name;
    int version = 0;
};

// The one district a database belongs to.
class DistrictRepository final {
public:
    explicit DistrictRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    [[nodiscard]] Result<std::optional<DistrictRecord>> current() const;
    static Result<DistrictRecord> insert(RecordWriter& writer, const QString& name);

private:
    QSqlDatabase m_connection;
};

} // namespace lp::storage
