// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The error report of a refused import: every problem with its row, column and what to do,
// as an XLSX workbook saved beside the input ("roster.errors.xlsx"), so the person fixing the
// file can work down the list.
#pragma once

#include <QCoreApplication>

#include "core/imports/importplan.h"
#include "core/result.h"

namespace lp::imports {

class ImportReport final {
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
public:
    // Where the report for `inputPath` goes.
    [[nodiscard]] static QString pathFor(const QString& inputPath);
    // Writes the report atomically; returns its path.
    static Result<QString> write(const ImportPlan& plan, const QList<ImportProblem>& problems);
};

} // namespace lp::imports
