// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The record tables and their data columns, defined once. Every record table also has the
// metadata columns of kMetaColumns (see resources/sql). Table and column names here are the
// only identifiers RecordWriter puts into SQL; values are always bound.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lp::storage {

struct TableSpec {
    QString name;
    QStringList columns; // data columns, without the metadata ones
    QString labelColumn; // the column that names a record in messages ("code" or "name")
};

namespace tables {
const TableSpec& units();
const TableSpec& officers();
const TableSpec& district();
const TableSpec& sections();
const TableSpec& parks();
const TableSpec& contactPoints();
const TableSpec& contactPointParks();
const TableSpec& contactPointMembers();
const TableSpec& enterprises();
const TableSpec& problemCategories();
const TableSpec& departments();
const TableSpec& visits();
const TableSpec& visitOfficers();
const TableSpec& problems();
const TableSpec& problemUnits();
const TableSpec& measures();
const TableSpec& feedback();
const TableSpec& transfers();
const TableSpec& supervisionOrders();
// Every record table, in the order check and backup report them.
QList<const TableSpec*> all();
// Not a record table (no metadata columns, not in all()): the imported years of the holiday
// table, named by the audit log's batch entries of their imports.
const TableSpec& calendarYears();
} // namespace tables

// What a user calls the records of a table ("units"), translated.
[[nodiscard]] QString tableDisplayName(const TableSpec& table);

// id, created_at, updated_at, created_by, updated_by, deleted_at, version, audit_batch_id
const QStringList& metaColumns();

} // namespace lp::storage
