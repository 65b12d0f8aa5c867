// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The visit log (走访日志) of one unit for one month, as a landscape ledger: every visit with its
// date, enterprise, officers, reason, the person met and what was done, and beside it the
// problems found with their handling (triage, who answers for it, status). A visit's cells span
// its problems' rows, so a visit never breaks across pages. Signature lines close the log.
#pragma once

#include <QCoreApplication>
#include <QDate>

#include "core/reports/document.h"
#include "core/result.h"
#include "core/storage/visitledgerquery.h"

namespace lp::storage {
class Database;
}

namespace lp::reports {

class VisitNames;

struct VisitLogFacts {
    QString districtName;
    QString unitName;
    QDate month; // any day of the month
};

class VisitLog final {
    Q_DECLARE_TR_FUNCTIONS(VisitLog)
public:
    static Document build(const VisitLogFacts& facts, const QList<storage::VisitLogEntry>& entries,
                          const VisitNames& names);
    // The visits of the unit `unitId` in the month of `month`.
    static Result<Document> load(storage::Database& database, const QString& unitId,
                                 const QDate& month, const QString& districtName);
};

} // namespace lp::reports
