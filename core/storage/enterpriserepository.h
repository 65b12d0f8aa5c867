// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Enterprises: single records for the form, and counted, sorted windows of a filtered list for
// the page and the roster. Search uses the trigram index for words of three characters or
// more and LIKE for shorter ones (the trigram tokenizer cannot match them).
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

#include "core/domain/enterprise.h"
#include "core/result.h"
#include "core/storage/enterprisequery.h"

namespace lp::storage {

class RecordWriter;

class EnterpriseRepository final {
public:
    explicit EnterpriseRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    [[nodiscard]] Result<int> count(const EnterpriseFilter& filter) const;
    [[nodiscard]] Result<QList<EnterpriseRow>> rows(const EnterpriseFilter& filter, int offset,
                                                    int limit) const;
    // The position of a record in the filtered, sorted list, or -1 when it is not in it.
    [[nodiscard]] Result<int> indexOf(const EnterpriseFilter& filter, const QString& id) const;

    [[nodiscard]] Result<std::optional<domain::Enterprise>> findById(const QString& id) const;
    // Among the records not in the recycle bin.
    [[nodiscard]] Result<std::optional<domain::Enterprise>>
    findByCreditCode(const QString& code) const;

    // Every record not in the recycle bin, by credit code (for imports).
    [[nodiscard]] Result<QHash<QString, domain::Enterprise>> liveByCreditCode() const;

    // Inside the caller's transaction.
    static Result<domain::Enterprise> insert(RecordWriter& writer, domain::Enterprise enterprise,
                                             std::optional<qint64> batchId = std::nullopt);
    static Result<domain::Enterprise> update(RecordWriter& writer, domain::Enterprise enterprise);
    [[nodiscard]] static QVariantMap fields(const domain::Enterprise& enterprise);

private:
    Result<std::optional<domain::Enterprise>> selectOne(const QString& where,
                                                        const QVariant& value) const;

    QSqlDatabase m_connection;
};

} // namespace lp::storage
