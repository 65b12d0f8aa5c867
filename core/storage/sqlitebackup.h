// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Page-level copies with SQLite's online backup API. A copy reads one consistent snapshot of
// the source (other connections may keep writing in WAL mode) and is written atomically: into a
// temporary file beside the target, checked, then renamed over it.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/result.h"

struct sqlite3;

namespace lp {
struct TaskControl;
}

namespace lp::storage {

class SqliteBackup final {
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)
public:
    // Copies the main database of `source` into a new standalone file at `target`. With a
    // TaskControl it copies in steps, reporting pages done and stopping when cancelled (the
    // target is then left as it was).
    static Result<void> copyToFile(sqlite3* source, const QString& sourcePath,
                                   const QString& target, int busyTimeoutMs,
                                   TaskControl* control = nullptr);
    // Replaces the content of `target` (a live connection) with that of `source`, in one write
    // transaction of `target`'s; other connections see either the old or the new content.
    static Result<void> copyInto(sqlite3* source, sqlite3* target, const QString& targetPath,
                                 int busyTimeoutMs);
    // PRAGMA quick_check of an open handle; an error names the first problem found.
    static Result<void> quickCheck(sqlite3* db, const QString& path, int busyTimeoutMs);
};

} // namespace lp::storage
