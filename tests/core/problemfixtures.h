// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A world to walk problems through: the organisation of orgfixtures, two enterprises (one
// flagged 纠纷多), the default categories and departments, and helpers that save a visit with
// problems through VisitService.
#pragma once

#include <QDate>
#include <QMap>
#include <QString>

#include "core/domain/problem.h"
#include "core/domain/visit.h"
#include "tests/core/orgfixtures.h"

namespace lp::storage {
class Database;
}

namespace lp::test {

struct ProblemWorld {
    OrgFixture org;
    QMap<QString, QString> units;       // code → id
    QMap<QString, QString> categories;  // code → id
    QMap<QString, QString> departments; // code → id
    QString enterpriseId;               // 西安锦业科技有限公司, not flagged
    QString flaggedId;                  // 西安秦川机械有限公司, 纠纷多
};
ProblemWorld createProblemWorld(storage::Database& db);

// A visit of the court by officer wang to `enterpriseId` on `date`.
domain::Visit makeVisit(const ProblemWorld& world, const QDate& date,
                        const QString& enterpriseId = {});
// A problem of category `category` with a description.
domain::Problem makeProblem(const ProblemWorld& world, const QString& category,
                            const QString& description);
// Saves a visit with the problems through VisitService and returns the saved problems.
QList<domain::Problem> saveVisit(storage::Database& db, const domain::Visit& visit,
                                 const QList<domain::Problem>& problems);

} // namespace lp::test
