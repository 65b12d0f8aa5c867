// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reads one sheet of an Excel workbook (.xlsx, Office Open XML) as text cells, with minizip
// and QXmlStreamReader: no Debian package reads XLSX from C++. Cells read as Excel shows them
// (see xlsxvalues.h for numbers and dates). The file may be hostile: every size is limited, and
// anything wrong — not a ZIP, a missing or malformed part, a limit passed — is an Error whose
// message names the file and, where it applies, the sheet, row and column. Runs on any thread;
// a TaskControl's cancellation is checked before every row.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "core/formats/table.h"
#include "core/result.h"

namespace lp {
struct TaskControl;
}

namespace lp::formats {

// What a workbook may hold before reading stops with an error. The defaults are Excel's own
// sheet size and what a laptop holds comfortably; tests and the fuzzer pass smaller ones.
struct XlsxLimits {
    qint64 maxPartBytes = qint64(200) * 1024 * 1024; // one XML part, uncompressed
    qint64 maxRows = 1'048'576;                      // Excel's last row
    qint64 maxColumns = 16'384;                      // Excel's last column, XFD
    qint64 maxCells = 2'000'000;                     // filled cells in the sheet
    qint64 maxGridCells = 10'000'000; // cells kept, counting the empty ones before a value
    qint64 maxSharedStrings = 5'000'000;
};

class XlsxReader final {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    using Limits = XlsxLimits;

    // The sheet named `sheetName`, or the first worksheet when it is empty. An unknown name is
    // an error that lists the sheets there are.
    static Result<SheetTable> read(const QString& path, const QString& sheetName = {},
                                   const TaskControl* control = nullptr,
                                   const Limits& limits = Limits());
    // The names of the workbook's worksheets (chart sheets left out), in the workbook's order.
    static Result<QStringList> sheetNames(const QString& path, const Limits& limits = Limits());
};

} // namespace lp::formats
