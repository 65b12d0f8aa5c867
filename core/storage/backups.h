// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Backups of the whole database file and restores from them. A backup is a consistent snapshot
// taken while other programs may go on writing; a restore first validates the backup, then keeps
// a copy of the file it replaces beside it.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/result.h"

namespace lp {
class Clock;
struct TaskControl;
} // namespace lp

namespace lp::storage {

class Database;

struct BackupFacts {
    int schemaVersion = 0;
    qint64 size = 0;
};

struct RestoreOutcome {
    QString replacedCopy;  // the previous content, kept beside the database file
    int schemaVersion = 0; // of the restored content; reopen the Database to migrate it
};

class Backups final {
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    static Result<void> create(Database& database, const QString& target,
                               TaskControl* control = nullptr);
    // Checks that `file` is an undamaged LinkPoint database this program can read.
    static Result<BackupFacts> validate(const QString& file);
    static Result<RestoreOutcome> restore(Database& database, const QString& file);
    // For a database file that cannot be opened at all: moves it (and its -wal) aside as
    // <name>.unreadable-<time>.sqlite, then puts a checked copy of the backup in its place.
    // Returns where the unreadable file went (empty when there was none).
    static Result<QString> restoreOver(const QString& databasePath, const QString& file,
                                       const Clock& clock);
};

} // namespace lp::storage
