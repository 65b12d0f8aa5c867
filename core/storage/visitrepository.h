// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Visits with their officers (the visit_officers link table), in the caller's transaction.
#pragma once

#include <optional>

#include <QSqlDatabase>

#include "core/domain/visit.h"
#include "core/result.h"

namespace lp::storage {

class RecordWriter;
struct LinkTable;

class VisitRepository final {
public:
    explicit VisitRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    [[nodiscard]] Result<std::optional<domain::Visit>> findById(const QString& id) const;

    // With a batch id the visit and its officer links are written under the two batch entries
    // (one per table, as the audit log keeps them); without, each gets its own entry.
    static Result<domain::Visit> insert(RecordWriter& writer, domain::Visit visit,
                                        std::optional<qint64> visitBatch = std::nullopt,
                                        std::optional<qint64> officerBatch = std::nullopt);
    Result<domain::Visit> update(RecordWriter& writer, domain::Visit visit) const;

    static const LinkTable& officerLinks();

private:
    Result<QList<domain::Visit>> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_connection;
};

} // namespace lp::storage
