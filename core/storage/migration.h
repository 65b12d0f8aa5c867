// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Schema migrations: numbered SQL files resources/sql/NNNN_name.sql, forward only. The file's
// PRAGMA user_version is the number of the last migration applied. Each migration runs in its
// own transaction together with the user_version bump, so a failure leaves the previous version.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/result.h"

struct sqlite3;

namespace lp::storage {

// 'LKPT': marks a file as LinkPoint's (PRAGMA application_id), set by the first migration.
inline constexpr int kApplicationId = 0x4C4B5054;

struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

class Migrations final {
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    // The migrations built into the program, checked to be numbered 1, 2, 3 … without gaps.
    static const QList<Migration>& bundled();
    static int latestVersion(const QList<Migration>& migrations);

    // Loads NNNN_name.sql files from a folder (":/sql" for the bundled ones).
    static Result<QList<Migration>> load(const QString& folder);

    // Applies every migration newer than `fromVersion`, each in its own transaction.
    static Result<void> apply(sqlite3* db, const QString& path, int fromVersion,
                              const QList<Migration>& migrations, int busyTimeoutMs);
};

} // namespace lp::storage
