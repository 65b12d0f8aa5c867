// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A small problem ledger for the ledger's tests: eight problems of four units, two
// enterprises, several categories, statuses, triages and deadlines around kLedgerToday (the
// test clock's day), one of them in the recycle bin, with a few measures and feedback. Each
// problem is also described here, so tests count what a filter should show without SQL.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "tests/core/problemfixtures.h"

namespace lp::test {

inline const QDate kLedgerToday(2026, 11, 22);

struct LedgerProblem {
    QString id;
    QString number;
    QString unit;     // code: fy, jcy, gaj, sfj
    QString category; // code
    QString description;
    QString request;
    QString enterpriseName;
    bool flagged = false; // of the flagged enterprise
    QDate foundOn;
    QDate deadline;
    QString status; // code
    QString triage; // code
    bool deleted = false;
    int measures = 0;
    int feedback = 0;
};

struct LedgerWorld {
    ProblemWorld base;
    QList<LedgerProblem> problems;
};

LedgerWorld createLedgerWorld(storage::Database& db);

} // namespace lp::test
