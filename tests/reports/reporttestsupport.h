// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reading reports back as a person's tools do: poppler's pdftotext/pdfinfo/pdffonts, Debian's
// /usr/bin/python3 with python3-docx and python3-openpyxl, LibreOffice. A missing tool fails the
// test (CI installs them all); nothing is skipped.
#pragma once

#include <QString>
#include <QStringList>

#include "core/reports/document.h"

namespace lp::test {

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program found on PATH (or an absolute path), failing the test if it is missing.
ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs = 60000,
                const QString& home = {});
// Runs a Python script with /usr/bin/python3 (Debian's, which sees python3-docx/openpyxl).
ToolRun runPython(const QString& script, const QStringList& arguments);

QString pdfText(const QString& pdf, int page = 0); // page 0: all pages
int pdfPageCount(const QString& pdf);
QString pdfPageSize(const QString& pdf, int page);
// The rows of every table of a Word file as python-docx reads them (a merged cell repeats in
// each row and column it covers); line breaks inside a cell come back as "\n".
QList<QStringList> docxTableRows(const QString& docx, int table = 0);
QStringList docxParagraphs(const QString& docx);
// The rows of the first sheet of a workbook as openpyxl reads them, the header first; dates as
// YYYY-MM-DD, empty cells as "".
QList<QStringList> xlsxRows(const QString& xlsx);
// Text with every kind of whitespace removed, to compare extracted text with its source.
QString squeezed(const QString& text);

// The 3,755 level-1 characters of GB 2312 (rows 0xB0–0xD7, cells 0xA1–0xFE, row 0xD7 ending
// at 0xF9), decoded from GB18030.
QString gb2312Level1();

// A document using every block: title, four heading levels, paragraphs, a registration form,
// a table with a two-row header and spans, signatures, a page break and a landscape section.
reports::Document everyBlockDocument();

} // namespace lp::test
