// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/result.h"

namespace lp::storage {

class Database;

struct CheckFinding {
    QString name; // what was checked, for a user
    bool passed = false;
    QString summary; // one line: "ok" or what is wrong
    QStringList details;
};

// The health check behind `linkpoint-cli check`: SQLite's integrity and foreign-key checks, the
// schema version, and an audit trail behind every record.
class DatabaseCheck final {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)
public:
    static Result<QList<CheckFinding>> run(Database& database);
};

} // namespace lp::storage
