// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Hand-made XLSX packages for the reader tests: ZIP files written entry by entry with minizip,
// so a test can hold exactly the XML (or the damage) it is about.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace lp::test {

struct ZipEntry {
    QByteArray name;
    QByteArray data;
    bool stored = false; // no compression
};

void writeZip(const QString& path, const QList<ZipEntry>& entries);

// <worksheet><sheetData>ROWS</sheetData></worksheet> in the spreadsheetml namespace.
QByteArray sheetXml(const QByteArray& rows);
// <sst> of the given <si> elements.
QByteArray sharedStringsXml(const QByteArray& items);
// <styleSheet> whose cellXfs use the given numFmtIds, with optional custom <numFmt>s.
QByteArray stylesXml(const QList<int>& formatIds, const QByteArray& customFormats = {});

// The parts of a one-sheet workbook ("Sheet1"); an empty shared-strings or styles part is left
// out, and the sheet's relationship target is `sheetTarget` as written in the .rels file.
QList<ZipEntry> workbookEntries(const QByteArray& sheet, const QByteArray& sharedStrings = {},
                                const QByteArray& styles = {},
                                const QByteArray& sheetTarget = "worksheets/sheet1.xml",
                                const QByteArray& workbookPr = {});

// Copies the ZIP `source` to `target`, with entry `name` claiming `declaredSize` uncompressed
// bytes in its headers (its data and checksum unchanged): a size-lying ZIP bomb.
void copyWithDeclaredSize(const QString& source, const QString& target, const QByteArray& name,
                          quint64 declaredSize);

} // namespace lp::test
