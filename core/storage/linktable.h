// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Link tables (a contact point's parks, a visit's officers, a problem's partner units) are
// record tables of their own: each link is inserted, soft-deleted and audited like any record.
// A LinkTable names the table and its two columns; sync() brings the stored links of one owner
// in line with the wanted targets, in the caller's transaction.
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include "core/result.h"

namespace lp::storage {

class RecordWriter;
struct TableSpec;

struct LinkTable {
    const TableSpec& table;
    QString ownerColumn;  // contact_point_id, visit_id, …
    QString targetColumn; // park_id, officer_id, …

    Result<void> insert(RecordWriter& writer, const QString& ownerId, const QStringList& targets,
                        std::optional<qint64> batchId = std::nullopt) const;
    Result<void> sync(RecordWriter& writer, const QSqlDatabase& connection, const QString& ownerId,
                      const QStringList& wanted) const;
    // The live targets of the given owners, each list in the order of `orderBy` (an expression
    // over the link table `l`, e.g. "l.rowid"). Any number of owners: they are asked in chunks.
    [[nodiscard]] Result<QHash<QString, QStringList>>
    load(const QSqlDatabase& connection, const QStringList& ownerIds, const QString& orderBy) const;
};

} // namespace lp::storage
