// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The three lists every unit keeps of its visits (DOMAIN.md, work system 2), for a period
// [from, to] and one visiting unit or all, as landscape ledgers (XLSX: the header in row 1,
// the rows below, no totals):
// - 走访问题清单: the problems found, by the day found;
// - 解决措施清单: the measures taken on them, by the day taken;
// - 回复反馈清单: the feedback given to the enterprises, by the day given.
#pragma once

#include <QCoreApplication>
#include <QDate>

#include "core/reports/document.h"
#include "core/result.h"
#include "core/storage/ledgerfilters.h"
#include "core/storage/visitledgerquery.h"

namespace lp {
struct TaskControl;
}
namespace lp::storage {
class Database;
}

namespace lp::reports {

class VisitNames;

enum class ProblemListKind { Problems, Measures, Feedback };

struct ProblemListFacts {
    QString districtName;
    QString unitId; // empty: every visiting unit (the list then names the unit on each row)
    QDate from;     // either end may be open (invalid) in a filtered list
    QDate to;
};

class ProblemLists final {
    Q_DECLARE_TR_FUNCTIONS(ProblemLists)
public:
    static Document problems(const ProblemListFacts& facts,
                             const QList<storage::ProblemListRow>& rows, const VisitNames& names);
    static Document measures(const ProblemListFacts& facts,
                             const QList<storage::MeasureListRow>& rows, const VisitNames& names);
    static Document feedback(const ProblemListFacts& facts,
                             const QList<storage::FeedbackListRow>& rows, const VisitNames& names);
    static Result<Document> load(storage::Database& database, ProblemListKind kind,
                                 const ProblemListFacts& facts);
    // The list of the problems `filter` matches, as the ledger shows them: the problems, or
    // the measures or feedback of those problems. `facts` names the unit and the period in the
    // heading; `control` (optional) is checked between the reads for a cancel.
    static Result<Document> load(storage::Database& database, ProblemListKind kind,
                                 const ProblemListFacts& facts,
                                 const storage::ProblemFilter& filter,
                                 TaskControl* control = nullptr);
    // The facts of a filtered list: its unit and its period are the filter's.
    static ProblemListFacts factsOf(const QString& districtName,
                                    const storage::ProblemFilter& filter);
    static QString title(ProblemListKind kind);
};

} // namespace lp::reports
