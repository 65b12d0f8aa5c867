// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every step in the life of a problem goes through here: starting it (own unit or cross-unit),
// transferring it, measures, supervision orders, the result, feedback, closing and reopening.
// Each step reloads the problem in its transaction, refuses a stale copy (someone else moved it
// on) and an illegal move (ProblemFlow says why), checks its input field by field, writes the
// problem's new state and the step's own record with their audit entries, and announces both.
#pragma once

#include <QCoreApplication>

#include "core/actor.h"
#include "core/domain/problem.h"
#include "core/domain/problemflow.h"
#include "core/result.h"

namespace lp::storage {
class Database;
class RecordWriter;
class Transaction;
struct TableSpec;
} // namespace lp::storage

namespace lp::services {

class ChangeHub;

struct StartHandling {
    domain::Triage triage = domain::Triage::OwnUnit; // OwnUnit or CrossUnit
    QStringList partnerUnitIds;                      // CrossUnit: at least one other unit
    QString responsibleUnitId;                       // empty: the visiting unit
    QString responsibleSectionId;
    QString responsibleOfficerId;
};

class ProblemService final {
    Q_DECLARE_TR_FUNCTIONS(ProblemService)
public:
    ProblemService(storage::Database& database, Actor actor, ChangeHub* changes = nullptr)
        : m_database(database)
        , m_actor(std::move(actor))
        , m_changes(changes)
    {}

    // `problem` is the copy the caller acts on: its id and version. Each returns the problem as
    // it is after the step.
    Result<domain::Problem> start(const domain::Problem& problem, const StartHandling& how);
    // Records the transfer (its letter gets the next number of its year when it has none).
    Result<domain::Problem> transfer(const domain::Problem& problem, domain::Transfer transfer);
    Result<domain::Problem> addMeasure(const domain::Problem& problem, domain::Measure measure);
    Result<domain::Problem> issueSupervision(const domain::Problem& problem,
                                             domain::SupervisionOrder order);
    Result<domain::Problem> recordResult(const domain::Problem& problem, const QString& result,
                                         const QDate& on);
    // 不满意 sends the problem back to be handled again.
    Result<domain::Problem> recordFeedback(const domain::Problem& problem,
                                           domain::Feedback feedback);
    Result<domain::Problem> close(const domain::Problem& problem, const QDate& on);
    Result<domain::Problem> reopen(const domain::Problem& problem);
    // The description, request, category, deadline and who is responsible; not the status.
    Result<domain::Problem> edit(const domain::Problem& changed);
    // A department's reply to a transfer letter, a reply to a supervision order.
    Result<domain::Transfer> recordTransferReply(domain::Transfer transfer);
    Result<domain::SupervisionOrder> recordOrderReply(domain::SupervisionOrder order);

private:
    // Runs one step: loads the current problem, checks the version and `action`, lets `step`
    // write, commits and announces `tables` (the problem's table is always announced).
    template <typename Step>
    Result<domain::Problem> apply(const domain::Problem& problem, domain::ProblemAction action,
                                  Step&& step, const QStringList& tables);
    // Writes a reply already checked (to a transfer letter or a supervision order).
    template <typename Record>
    Result<Record> writeReply(const Record& record, const storage::TableSpec& table);
    Result<void> checkDate(const QDate& date, const QString& field, const QDate& notBefore,
                           const QString& notBeforeWhat) const;

    storage::Database& m_database;
    Actor m_actor;
    ChangeHub* m_changes;
};

} // namespace lp::services
