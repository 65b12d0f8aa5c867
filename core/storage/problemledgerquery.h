// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The problem ledger (问题台账) as windows of rows: the count of a filter, a page of its rows in
// a sort, and where a problem stands in it. Rows are read in two steps — the sequence numbers
// of the page through the indexes the filter and the sort allow, then those rows with their
// names — and a page beyond the middle is read from the far end in the reverse order, so the
// last page of 400,000 problems costs about what the first does.
#pragma once

#include <optional>

#include <QDate>
#include <QSqlDatabase>

#include "core/domain/problem.h"
#include "core/result.h"
#include "core/storage/ledgerfilters.h"

namespace lp::storage {

enum class LedgerColumn {
    Number,
    FoundOn,
    Unit,
    Enterprise,
    Category,
    Description,
    Triage,
    Responsible,
    Deadline,
    Status,
    ClosedOn,
};
inline constexpr int kLedgerColumnCount = 11;

// The order of the ledger; ties go by the day found and the number, newest first.
struct LedgerSort {
    LedgerColumn column = LedgerColumn::FoundOn;
    bool ascending = false;
};

struct ProblemLedgerRow {
    QString id;
    int version = 0;
    QString number;
    QDate foundOn;
    QString unitId;
    QString unitShortName; // the name when the unit has no short name
    QString enterpriseId;
    QString enterpriseName;
    QString categoryName;
    QString description;
    std::optional<domain::Triage> triage;
    QString responsible; // the department of a transferred problem, else unit and section
    QDate deadline;
    domain::ProblemStatus status = domain::ProblemStatus::Registered;
    QDate closedOn;
};

class ProblemLedgerQuery final {
public:
    explicit ProblemLedgerQuery(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    [[nodiscard]] Result<int> count(const ProblemFilter& filter) const;
    // Rows [offset, offset + limit) in `sort`. `total`, when the caller knows the count, lets
    // a page past the middle be read from the end, and a search with many matches walk the
    // date index instead of sorting them (search::kWalkListFrom).
    [[nodiscard]] Result<QList<ProblemLedgerRow>> rows(const ProblemFilter& filter, LedgerSort sort,
                                                       int offset, int limit, int total = -1) const;
    // The row of problem `id` in `sort`, or -1 when the filter leaves it out.
    [[nodiscard]] Result<int> indexOf(const ProblemFilter& filter, LedgerSort sort,
                                      const QString& id) const;

private:
    // `total`: the filter's count, which chooses between walking an index and sorting.
    Result<QList<qint64>> pageKeys(const ProblemFilter& filter, LedgerSort sort, bool reversed,
                                   int offset, int limit, int total) const;
    Result<QList<ProblemLedgerRow>> rowsOf(const QList<qint64>& keys) const;

    QSqlDatabase m_connection;
};

} // namespace lp::storage
