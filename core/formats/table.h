// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the import readers return: one sheet as text, exactly as a spreadsheet shows its cells.
// rows[0] is spreadsheet row 1 (usually the header) and rows[r][c] is the cell in row r + 1,
// column c + 1, so messages can name rows and columns as a user sees them. Empty cells before a
// value are empty strings; rows may be shorter than others (missing cells are empty); empty rows
// inside the table stay (as empty lists), empty rows at its end are dropped.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lp::formats {

struct SheetTable {
    QString sheetName;       // the workbook's sheet name; a CSV file's base name
    QList<QStringList> rows; // rows[0] is spreadsheet row 1
    QString encoding;        // the text encoding a CSV file was read in ("UTF-8", "GB18030",
                             // "UTF-16LE", "UTF-16BE"); empty for a workbook
};

} // namespace lp::formats
