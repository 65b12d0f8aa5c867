// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The reads behind the visit reports: a unit's visits of a period with their officers and
// problems (走访日志), and the rows of the three lists of a period — problems by the day they
// were found, measures by the day they were taken, feedback by the day it was given — for one
// visiting unit or all. Each list is one query with the enterprise joined (plus one for the
// link tables), ordered by date, over the date indexes of schema 4; rows in the recycle bin
// never appear, nor the measures and feedback of a problem in it. Names of units, sections,
// officers and categories stay ids: the reports look them up in memory.
#pragma once

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include "core/domain/problem.h"
#include "core/domain/visit.h"
#include "core/result.h"
#include "core/storage/ledgerfilters.h"

namespace lp::storage {

struct VisitLogEntry {
    domain::Visit visit;
    QString enterpriseName;
    QList<domain::Problem> problems; // in number order, with their partner units
};

struct ProblemListRow {
    domain::Problem problem; // with its partner units
    QString enterpriseName;
};

// A measure or a feedback with the problem it belongs to.
struct ProblemContext {
    QString number;
    QString description;
    QString unitId; // the visiting unit
    QString enterpriseName;
    domain::ProblemStatus status = domain::ProblemStatus::Registered;
};
struct MeasureListRow {
    domain::Measure measure;
    ProblemContext problem;
};
struct FeedbackListRow {
    domain::Feedback feedback;
    ProblemContext problem;
};

// A category as the statistics name it: the live ones and those in the recycle bin.
struct CategoryName {
    QString id;
    QString name;
    bool deleted = false;
};

class VisitLedgerQuery final {
public:
    explicit VisitLedgerQuery(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    // The visits of `unitId` in [from, to], by date, each with its officers and problems.
    [[nodiscard]] Result<QList<VisitLogEntry>> visitLog(const QString& unitId, const QDate& from,
                                                        const QDate& to) const;
    // `unitId` empty: every visiting unit. [from, to] inclusive.
    [[nodiscard]] Result<QList<ProblemListRow>> problems(const QDate& from, const QDate& to,
                                                         const QString& unitId = {}) const;
    [[nodiscard]] Result<QList<MeasureListRow>> measures(const QDate& from, const QDate& to,
                                                         const QString& unitId = {}) const;
    [[nodiscard]] Result<QList<FeedbackListRow>> feedback(const QDate& from, const QDate& to,
                                                          const QString& unitId = {}) const;
    // The same lists for the problems a ledger filter matches (problemfiltersql.h): the
    // problems, and the measures and feedback of those problems, by date.
    [[nodiscard]] Result<QList<ProblemListRow>> problems(const ProblemFilter& filter) const;
    [[nodiscard]] Result<QList<MeasureListRow>> measures(const ProblemFilter& filter) const;
    [[nodiscard]] Result<QList<FeedbackListRow>> feedback(const ProblemFilter& filter) const;
    // Every category in sort order, the deleted ones included (old problems may use them).
    [[nodiscard]] Result<QList<CategoryName>> categoryNames() const;

private:
    Result<QList<ProblemListRow>> problemRows(const QString& filter,
                                              const QVariantList& values) const;
    Result<QList<MeasureListRow>> measureRows(const QString& filter,
                                              const QVariantList& values) const;
    Result<QList<FeedbackListRow>> feedbackRows(const QString& filter,
                                                const QVariantList& values) const;
    Result<QHash<QString, QStringList>> partnerUnits(const QString& filter,
                                                     const QVariantList& values) const;
    Result<QList<domain::Problem>> readProblems(const QString& filter, const QVariantList& values,
                                                QHash<QString, QString>* enterpriseNames) const;

    QSqlDatabase m_connection;
};

} // namespace lp::storage
