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

class SectionRepository final {
public:
    explicit SectionRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    // Sections not in the recycle bin, by unit then sort order; of one unit when unitId is given.
    [[nodiscard]] Result<QList<domain::Section>> list(const QString& unitId = {}) const;
    [[nodiscard]] Result<std::optional<domain::Section>> findById(const QString& id) const;
    [[nodiscard]] Result<std::optional<domain::Section>> findByCode(const QString& unitId,
                                                                    const QString& code) const;

    // Inside the caller's transaction.
    static Result<domain::Section> insert(RecordWriter& writer, domain::Section section,
                                          std::optional<qint64> batchId = std::nullopt);
    static Result<domain::Section> update(RecordWriter& writer, domain::Section section);

private:
    Result<QList<domain::Section>> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_connection;
};

} // namespace lp::storage
