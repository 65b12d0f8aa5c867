// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The problems found on the demo's visits and what followed them. Each problem's life is drawn
// whole first — triage, measures, result, feedback (不满意 sends it round once more), closing,
// the transfer and a supervision order — in the order ProblemFlow allows, and then cut at
// `today`: what happened by then is written, and the status is where the life had got to. So
// old problems are closed and recent ones open, and an open one past its deadline is overdue.
//
// Problem numbers are counted in memory per year of found_on (the visits come in date order,
// so the numbers follow the dates). Transfers and supervision orders are kept until finish(),
// which sorts them by date and numbers them per year. Everything goes under one batch entry
// per table, in the caller's transaction.
#pragma once

#include <vector>

#include <QHash>
#include <QSqlDatabase>

#include "core/demo/demoworld.h"
#include "core/domain/problem.h"
#include "core/domain/visit.h"
#include "core/result.h"

namespace lp::storage {
class RecordWriter;
}

namespace lp::demo {

class DemoDays;
class DemoRandom;
struct DemoSummary;
namespace visitwords {
struct Category;
}

class DemoProblems final {
public:
    DemoProblems(storage::RecordWriter& writer, QSqlDatabase connection, DemoRandom& random,
                 const DemoWorld& world, const DemoDays& days, const QDate& today, QString closedBy,
                 DemoSummary& summary);
    Q_DISABLE_COPY_MOVE(DemoProblems)

    // Reads the categories and departments and writes the batch entries.
    Result<void> begin();
    // One problem found on `visit` (saved already) of the unit world.units[unit].
    Result<void> add(const domain::Visit& visit, int unit);
    // Writes the transfers and the supervision orders, numbered per year in date order.
    Result<void> finish();

private:
    struct Category {
        domain::ProblemCategory category;
        const visitwords::Category* words = nullptr;
        QStringList departmentIds;
    };
    struct Round {
        QList<QDate> measures;
        QDate result;
        QDate feedback;
        domain::Satisfaction satisfaction = domain::Satisfaction::Satisfied;
    };
    struct Life {
        QDate start; // triaged, or transferred
        QList<Round> rounds;
        QDate closed;
    };

    Life life(const QDate& found, const QDate& deadline, domain::Triage triage);
    domain::Satisfaction satisfaction(bool allowUnsatisfied);
    QList<QDate> measureDays(const QDate& from, const QDate& to, int count);
    QString officerSection(const QString& officerId, int unit);
    Result<void> measures(const domain::Problem& problem, const Category& category,
                          const QList<QDate>& days, const QString& departmentId,
                          const QStringList& visitOfficers);
    Result<void> feedback(const domain::Problem& problem, const Round& round);
    void supervise(const domain::Problem& problem, const Life& life);

    storage::RecordWriter& m_writer;
    QSqlDatabase m_connection;
    DemoRandom& m_random;
    const DemoWorld& m_world;
    const DemoDays& m_days;
    QDate m_today;
    QString m_closedBy;
    DemoSummary& m_summary;

    QList<Category> m_categories;
    std::vector<int> m_categoryWeights;
    QHash<QString, QString> m_departmentNames; // by id
    QHash<QString, QString> m_sections;        // officer id -> section id
    QHash<int, int> m_problemSeq;              // per year
    std::vector<domain::Transfer> m_transfers;
    std::vector<domain::SupervisionOrder> m_orders;
    qint64 m_problemBatch = 0;
    qint64 m_unitBatch = 0;
    qint64 m_measureBatch = 0;
    qint64 m_feedbackBatch = 0;
};

} // namespace lp::demo
