// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lp {

// Stable codes: tests and logs match on them, users read the message.
enum class ErrorCode {
    InvalidInput, // a value a user typed or a file row is wrong
    NotFound,     // the record, file or officer does not exist
    NotSqlite,    // the file is not an SQLite database at all
    NotLinkPoint, // an SQLite database, but not one LinkPoint made
    Truncated,    // shorter than its own header says
    Corrupt,      // SQLite reports a malformed image
    NewerSchema,  // written by a newer LinkPoint; never touched
    ReadOnly,     // the file or its folder cannot be written
    Busy,         // another program holds the write lock past the busy timeout
    StaleVersion, // someone else saved the record first
    Conflict,     // a unique code or number is already taken
    Io,           // the operating system refused a file operation
    Sql,          // an unexpected database error (a bug or a broken file)
    Cancelled,
};

// Error is what every failing core call returns: a code for programs, a translated message a
// user can act on, and detail for the log (SQL text, native error codes, paths).
struct Error {
    ErrorCode code = ErrorCode::Sql;
    QString message;
    QString detail;

    [[nodiscard]] QString toLogString() const;
};

[[nodiscard]] QString errorCodeName(ErrorCode code);

} // namespace lp
