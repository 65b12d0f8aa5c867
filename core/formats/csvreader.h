// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reads a CSV file (RFC 4180: quoted fields may hold separators, doubled quotes and line
// breaks; lines end in CRLF, LF or CR) as text cells. The encoding is found, not asked: a byte
// order mark first (UTF-8, UTF-16LE, UTF-16BE), else UTF-8 when the bytes are valid UTF-8, else
// GB18030, which is what Excel and WPS on a Chinese Windows write. A first line with no comma
// but tabs or semicolons makes those the separator. Lenient where Excel is (text after a
// closing quote is kept), strict where data would be lost (an unterminated quote is an error
// naming the row where it opened). Sizes are limited to Excel's sheet, so no input can take
// unbounded memory.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/formats/table.h"
#include "core/result.h"

namespace lp::formats {

class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static constexpr qint64 kMaxFileBytes = qint64(200) * 1024 * 1024;
    static constexpr qint64 kMaxRows = 1'048'576;
    static constexpr qint64 kMaxColumns = 16'384;
    static constexpr qint64 kMaxCells = 10'000'000;

    static Result<SheetTable> read(const QString& path);
    // `name` is the file as messages show it; the table is named after its base name.
    static Result<SheetTable> parse(const QByteArray& bytes, const QString& name);
};

} // namespace lp::formats
