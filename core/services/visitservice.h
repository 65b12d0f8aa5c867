// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A visit is entered with the problems found on it (走访 with its 问题清单 rows), and saved as
// one: the visit, its officers, and each problem — numbered, given its category's default
// deadline when none was typed, and started at once when it was triaged to the visiting unit or
// across units (first-visit responsibility). A problem to be transferred stays registered until
// its transfer is recorded with the department and the letter.
#pragma once

#include <QCoreApplication>

#include "core/actor.h"
#include "core/domain/problem.h"
#include "core/domain/visit.h"
#include "core/domain/workcalendar.h"
#include "core/result.h"
#include "core/services/fieldissue.h"

namespace lp::storage {
class Database;
}

namespace lp::services {

class ChangeHub;

struct VisitDraft {
    domain::Visit visit;
    QList<domain::Problem> problems; // new ones without an id; the visit's fields fill theirs
};

class VisitService final {
    Q_DECLARE_TR_FUNCTIONS(VisitService)
public:
    VisitService(storage::Database& database, Actor actor, ChangeHub* changes = nullptr)
        : m_database(database)
        , m_actor(std::move(actor))
        , m_changes(changes)
    {}

    [[nodiscard]] static VisitDraft normalized(VisitDraft draft);
    // Every problem of the draft at once. Fields are the visit's columns ("visit_date",
    // "officers", …) and "problem.N.column" for the N-th problem (from 0).
    [[nodiscard]] Result<FieldIssues> check(const VisitDraft& draft) const;
    // Fails with the first issue; the caller keeps what was typed. Returns the saved draft with
    // ids, numbers, deadlines and versions filled in.
    Result<VisitDraft> save(VisitDraft draft);
    // A visit with its problems, while none of them has more than its registration (no
    // measure, transfer, result or feedback): into the recycle bin, together.
    Result<void> remove(const domain::Visit& visit);

    // The deadline a problem of `categoryId` found on `foundOn` gets by default: the category's
    // time limit, counted as the file counts deadlines (calendar or working days) over the
    // holiday table.
    [[nodiscard]] Result<QDate> defaultDeadline(const QString& categoryId,
                                                const QDate& foundOn) const;
    [[nodiscard]] static QString problemField(qsizetype index, const QString& column);

private:
    struct DeadlineRule {
        domain::WorkCalendar calendar;
        domain::DeadlineCounting counting = domain::DeadlineCounting::CalendarDays;
    };
    [[nodiscard]] Result<DeadlineRule> deadlineRule() const;
    [[nodiscard]] Result<QDate> defaultDeadline(const DeadlineRule& rule, const QString& categoryId,
                                                const QDate& foundOn) const;
    void checkVisit(const domain::Visit& visit, FieldIssues& issues) const;
    Result<void> checkProblem(const VisitDraft& draft, qsizetype index, FieldIssues& issues) const;

    storage::Database& m_database;
    Actor m_actor;
    ChangeHub* m_changes;
};

} // namespace lp::services
