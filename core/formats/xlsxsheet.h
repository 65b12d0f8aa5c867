// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reads one worksheet part into a SheetTable. Cells land where their reference ("B3") puts
// them, so omitted empty cells and rows leave gaps; a cell or row without a reference follows
// the previous one. Every limit is checked before memory is spent on it.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "core/formats/table.h"
#include "core/result.h"

namespace lp {
struct TaskControl;
}

namespace lp::formats {
struct XlsxLimits;
}

namespace lp::formats::xlsx {

class XlsxPackage;
struct CellStyles;

struct SheetInput {
    QString sheetName;
    const QStringList& sharedStrings;
    const CellStyles& styles;
    bool date1904 = false;
    const XlsxLimits& limits;
    const TaskControl* control = nullptr;
};

class XlsxSheet final {
    Q_DECLARE_TR_FUNCTIONS(XlsxSheet)
public:
    static Result<SheetTable> read(XlsxPackage& package, const QString& part,
                                   const SheetInput& input);
    // "B3" → row 3, column 2; false unless letters then digits. Huge numbers saturate, so a
    // reference past the limits is reported as such rather than as malformed.
    static bool parseCellReference(QStringView reference, qint64& row, qint64& column);
};

} // namespace lp::formats::xlsx
