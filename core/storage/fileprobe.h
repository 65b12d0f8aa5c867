// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// FileProbe looks at a database file before SQLite opens it, reading only: whether it exists,
// whether it is an SQLite file at all, whether it is shorter than its header says, and whether
// the file and its folder may be written. Nothing here writes.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/result.h"

namespace lp::storage {

struct FileFacts {
    bool exists = false;
    qint64 size = 0;
    bool fileWritable = false;
    bool folderWritable = false;
    bool walMode = false;        // header bytes 18-19 say WAL
    bool walFilePresent = false; // a "-wal" file lies beside it
};

class FileProbe final {
    Q_DECLARE_TR_FUNCTIONS(FileProbe)
public:
    // Fails with NotSqlite or Truncated; a missing or empty file is not an error.
    static Result<FileFacts> inspect(const QString& path);
};

} // namespace lp::storage
