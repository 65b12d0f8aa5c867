// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The enterprise roster (企业名录): the enterprises of a filter as the list shows them, as a
// landscape ledger. Its column headers are the ones the roster import reads, so an exported
// roster imports back unchanged.
#pragma once

#include <QCoreApplication>
#include <QDate>

#include "core/reports/document.h"
#include "core/result.h"
#include "core/storage/enterprisequery.h"

namespace lp {
struct TaskControl;
}
namespace lp::storage {
class Database;
}

namespace lp::reports {

struct RosterFacts {
    QString districtName;
    QDate date;
    QString filterDescription; // "所属园区：…" or empty for every enterprise
};

class EnterpriseRoster final {
    Q_DECLARE_TR_FUNCTIONS(EnterpriseRoster)
public:
    static Document build(const RosterFacts& facts, const QList<storage::EnterpriseRow>& rows);
    // Reads every row of the filter (in its sort order) and builds the roster.
    static Result<Document> load(storage::Database& database,
                                 const storage::EnterpriseFilter& filter, const RosterFacts& facts,
                                 TaskControl* control = nullptr);
};

} // namespace lp::reports
