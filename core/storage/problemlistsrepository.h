// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The configurable lists problems are sorted and sent by: categories (with their default time
// limit) and the district departments problems are transferred to.
#pragma once

#include <optional>

#include <QSqlDatabase>

#include "core/domain/visit.h"
#include "core/result.h"

namespace lp::storage {

class RecordWriter;

class ProblemListsRepository final {
public:
    explicit ProblemListsRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    // Not in the recycle bin, in their sort order (inactive ones included).
    [[nodiscard]] Result<QList<domain::ProblemCategory>> categories() const;
    [[nodiscard]] Result<QList<domain::Department>> departments() const;
    [[nodiscard]] Result<std::optional<domain::ProblemCategory>>
    categoryById(const QString& id) const;
    [[nodiscard]] Result<std::optional<domain::Department>> departmentById(const QString& id) const;

    static Result<domain::ProblemCategory> insert(RecordWriter& writer,
                                                  domain::ProblemCategory category);
    static Result<domain::ProblemCategory> update(RecordWriter& writer,
                                                  domain::ProblemCategory category);
    static Result<domain::Department> insert(RecordWriter& writer, domain::Department department);
    static Result<domain::Department> update(RecordWriter& writer, domain::Department department);

private:
    Result<QList<domain::ProblemCategory>> selectCategories(const QString& where,
                                                            const QVariantList& values) const;
    Result<QList<domain::Department>> selectDepartments(const QString& where,
                                                        const QVariantList& values) const;

    QSqlDatabase m_connection;
};

} // namespace lp::storage
