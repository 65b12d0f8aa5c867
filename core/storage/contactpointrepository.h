// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Contact points with their two link tables (parks served, member officers). Saving a point
// brings its links in line with the record: links no longer wanted are soft-deleted and new
// ones inserted, each audited, in the caller's transaction.
#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>

#include "core/domain/organisation.h"
#include "core/result.h"

namespace lp::storage {

class RecordWriter;
struct TableSpec;

class ContactPointRepository final {
public:
    explicit ContactPointRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    // Points not in the recycle bin, ordered by code, with their parks and members.
    [[nodiscard]] Result<QList<domain::ContactPoint>> list() const;
    [[nodiscard]] Result<std::optional<domain::ContactPoint>> findById(const QString& id) const;
    [[nodiscard]] Result<std::optional<domain::ContactPoint>> findByCode(const QString& code) const;
    // How many enterprises not in the recycle bin the point serves.
    [[nodiscard]] Result<int> enterpriseCount(const QString& pointId) const;

    // Inside the caller's transaction.
    static Result<domain::ContactPoint> insert(RecordWriter& writer, domain::ContactPoint point,
                                               std::optional<qint64> batchId = std::nullopt);
    Result<domain::ContactPoint> update(RecordWriter& writer, domain::ContactPoint point) const;

private:
    Result<QList<domain::ContactPoint>> select(const QString& where,
                                               const QVariantList& values) const;
    Result<void> loadLinks(QList<domain::ContactPoint>& points) const;

    QSqlDatabase m_connection;
};

} // namespace lp::storage
