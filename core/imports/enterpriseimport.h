// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Importing an enterprise roster (CSV or XLSX) is all-or-nothing in two steps. prepare() reads
// the file and works out, row by row, what would be inserted or updated (a credit code already
// stored updates that record) and what is wrong, writing nothing. commit() writes a plan with
// no problems under its options in one transaction — the search index rebuilt once, one batch
// audit entry for the new records — or nothing at all.
#pragma once

#include <QCoreApplication>

#include "core/actor.h"
#include "core/imports/importplan.h"
#include "core/result.h"

namespace lp {
struct TaskControl;
}
namespace lp::storage {
class Database;
}

namespace lp::imports {

struct ImportOutcome {
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList createdParks;
    QStringList createdPoints;
};

class EnterpriseImport final {
    Q_DECLARE_TR_FUNCTIONS(EnterpriseImport)
public:
    // Reads the file's first sheet, or `sheet`, and checks every row against the database.
    static Result<ImportPlan> prepare(storage::Database& database, const QString& path,
                                      const QString& sheet = {}, TaskControl* control = nullptr);

    // What blocks the plan under the options, in row order.
    [[nodiscard]] static QList<ImportProblem> problems(const ImportPlan& plan,
                                                       const ImportOptions& options);
    // "Row 3, 统一社会信用代码: …"
    [[nodiscard]] static QString describe(const ImportProblem& problem);

    // Writes the plan; fails without writing when problems() is not empty (the message lists
    // the first ones) or the user cancels.
    static Result<ImportOutcome> commit(storage::Database& database, const Actor& actor,
                                        const ImportPlan& plan, const ImportOptions& options,
                                        TaskControl* control = nullptr);
};

} // namespace lp::imports
