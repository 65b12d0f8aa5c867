// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The one entry point for importing a table from a file: picks the reader by the file's
// extension (.xlsx, .csv, .txt) and explains what to do with anything else.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "core/formats/table.h"
#include "core/result.h"

namespace lp {
struct TaskControl;
}

namespace lp::formats {

class TableReader final {
    Q_DECLARE_TR_FUNCTIONS(TableReader)
public:
    // The extensions readTable accepts, lowercase without the dot, for file dialogs.
    static QStringList acceptedSuffixes();
    // `sheet` and `control` apply to workbooks; a CSV file is one table, read at once.
    static Result<SheetTable> readTable(const QString& path, const QString& sheet = {},
                                        const TaskControl* control = nullptr);
};

} // namespace lp::formats
