// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Visit records for report tests: on top of the organisation fixture, visits of three units
// over February to April 2026 with their problems, measures, feedback, transfers and
// supervision orders, drawn from a seeded generator, and a few of each in the recycle bin. The
// fixture returns what it inserted so tests can count on their own, without the reports' SQL.
#pragma once

#include <QHash>
#include <QList>

#include "core/domain/enterprise.h"
#include "core/domain/officer.h"
#include "core/domain/problem.h"
#include "core/domain/unit.h"
#include "core/domain/visit.h"
#include "tests/core/orgfixtures.h"

namespace lp::test {

struct VisitFixture {
    OrgFixture org;
    QHash<QString, domain::Unit> units;                 // by code: zfw, fy, jcy, gaj, sfj
    QHash<QString, domain::Enterprise> enterprises;     // by id
    QHash<QString, domain::Officer> officers;           // by id
    QHash<QString, domain::ProblemCategory> categories; // by id
    QHash<QString, domain::Department> departments;     // by id
    // The live records, in the order they were inserted.
    QList<domain::Visit> visits;
    QList<domain::Problem> problems;
    QList<domain::Measure> measures;
    QList<domain::Feedback> feedback;
    QList<domain::Transfer> transfers;
    QList<domain::SupervisionOrder> orders;
    // Records in the recycle bin: no report may show or count them.
    QList<domain::Visit> deletedVisits;
    QList<domain::Problem> deletedProblems;
    QList<domain::Measure> deletedMeasures;
    QList<domain::Feedback> deletedFeedback;

    [[nodiscard]] const domain::Problem* problem(const QString& id) const;
};

// `visitsPerUnitMonth` visits per visiting unit (fy, jcy, gaj) and month (2026-02 to 2026-04).
VisitFixture createVisits(storage::Database& db, int visitsPerUnitMonth = 12, unsigned seed = 7);

} // namespace lp::test
