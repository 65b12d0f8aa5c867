// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/reports/document.h"
#include "core/result.h"

namespace lp {
struct TaskControl;
}

namespace lp::reports {

// Writes the ledgers of a Document as an Excel workbook through libxlsxwriter, atomically: one
// sheet per table (and per registration form), the header in row 1 — styled, frozen, with an
// autofilter and repeated on every printed page — dates as dates, numbers as numbers, the title
// in the sheet name and the printed page header, landscape A4. Large tables stream in
// constant-memory mode. Other blocks (headings, paragraphs) have no place in a ledger.
class XlsxBookWriter final {
    Q_DECLARE_TR_FUNCTIONS(XlsxBookWriter)
public:
    static Result<void> write(const Document& document, const QString& path,
                              TaskControl* control = nullptr);
    // A valid, unique Excel sheet name for `wanted` (at most 31 characters, none of []:*?/\).
    static QString sheetName(const QString& wanted, const QStringList& taken);
};

} // namespace lp::reports
