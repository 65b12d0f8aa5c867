// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/linktable.h"

#include <QCoreApplication>

#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QString reading(const TableSpec& table)
{
    return QCoreApplication::translate("lp::storage::LinkTable", "reading the %1")
        .arg(tableDisplayName(table));
}

} // namespace

Result<void> LinkTable::insert(RecordWriter& writer, const QString& ownerId,
                               const QStringList& targets, std::optional<qint64> batchId) const
{
    for (const QString& target : targets) {
        auto meta = writer.insert(table, {{ownerColumn, ownerId}, {targetColumn, target}}, batchId);
        if (!meta)
            return fail(meta.error());
    }
    return {};
}

Result<void> LinkTable::sync(RecordWriter& writer, const QSqlDatabase& connection,
                             const QString& ownerId, const QStringList& wanted) const
{
    auto query =
        runQuery(connection,
                 u"SELECT id, %1, version FROM %2 WHERE %3 = ? AND deleted_at IS NULL"_s.arg(
                     targetColumn, table.name, ownerColumn),
                 {ownerId}, reading(table));
    if (!query)
        return fail(query.error());
    QStringList present;
    QList<std::pair<QString, int>> unwanted;
    while (query->next()) {
        const QString target = query->value(1).toString();
        if (wanted.contains(target))
            present.append(target);
        else
            unwanted.append({query->value(0).toString(), query->value(2).toInt()});
    }
    query->finish();
    for (const auto& [id, version] : unwanted) {
        if (auto removed = writer.softDelete(table, id, version); !removed)
            return fail(removed.error());
    }
    QStringList added;
    for (const QString& target : wanted) {
        if (!present.contains(target) && !added.contains(target))
            added.append(target);
    }
    return insert(writer, ownerId, added);
}

Result<QHash<QString, QStringList>> LinkTable::load(const QSqlDatabase& connection,
                                                    const QStringList& ownerIds,
                                                    const QString& orderBy) const
{
    constexpr qsizetype kChunk = 500; // well under SQLite's limit of bound values
    QHash<QString, QStringList> links;
    for (qsizetype first = 0; first < ownerIds.size(); first += kChunk) {
        const QStringList chunk = ownerIds.mid(first, kChunk);
        QVariantList values;
        for (const QString& id : chunk)
            values.append(id);
        const QString marks = QStringList(chunk.size(), u"?"_s).join(u',');
        auto query = runQuery(
            connection,
            u"SELECT l.%1, l.%2 FROM %3 l WHERE l.deleted_at IS NULL AND l.%1 "
            "IN (%4) ORDER BY %5"_s.arg(ownerColumn, targetColumn, table.name, marks, orderBy),
            values, reading(table));
        if (!query)
            return fail(query.error());
        while (query->next())
            links[query->value(0).toString()].append(query->value(1).toString());
    }
    return links;
}

} // namespace lp::storage
