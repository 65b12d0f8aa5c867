// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What an import of an enterprise roster would do, row by row, before anything is written: the
// preview shows it, the error report lists its problems, and commit() writes it.
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/domain/enterprise.h"

namespace lp::imports {

struct ImportIssue {
    QString field;   // the column's header as the file names it; empty for the whole row
    QString message; // translated, without the row number
};

struct ImportRow {
    enum class Action { Insert, Update, Unchanged };
    int sheetRow = 0;          // as a spreadsheet numbers it: the header is row 1
    domain::Enterprise record; // as it would be saved (id and version set for an update)
    Action action = Action::Insert;
    QString missingPark;            // a park the row names that does not exist yet
    QString missingPoint;           // likewise a contact point
    bool nonConformingCode = false; // a real-looking code failing its check characters
    QList<ImportIssue> issues;      // what must be corrected in the file
};

struct ImportOptions {
    bool createMissing = false;       // create the parks and contact points rows name
    QMap<int, QString> acceptedCodes; // sheet row → reason, for non-conforming codes
};

struct ImportPlan {
    QString path;
    QString sheetName;
    QString encoding; // of a CSV file
    QStringList ignoredColumns;
    QList<ImportRow> rows;
    QStringList missingParks; // in order of first mention
    QStringList missingPoints;

    [[nodiscard]] int count(ImportRow::Action action) const
    {
        int n = 0;
        for (const ImportRow& row : rows)
            n += row.action == action ? 1 : 0;
        return n;
    }
};

// One problem that blocks an import, for the message and the error report.
struct ImportProblem {
    int sheetRow = 0;
    QString field;
    QString message;
};

} // namespace lp::imports
