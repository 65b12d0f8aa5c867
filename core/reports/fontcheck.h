// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The fonts PDFs are printed in. Only faces whose text comes back out of a PDF unchanged are
// candidates: AR PL UMing (serif body) and WenQuanYi (sans headings). Noto CJK is left out on
// purpose — Qt maps some of its glyphs to Kangxi radicals (用 → ⽤), so search and copy break.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/result.h"

namespace lp::reports {

struct PdfFonts {
    QString serif; // body text, titles
    QString sans;  // headings, table headers
};

struct FontReport {
    QString role; // "body" / "headings"
    QString family;
    bool checked = false; // pdftotext was available to check
    bool extractsCleanly = false;
};

class FontCheck final {
    Q_DECLARE_TR_FUNCTIONS(FontCheck)
public:
    // The first installed candidate for each role; fails, naming the Debian package to
    // install, when a role has none (never prints tofu).
    static Result<PdfFonts> choose();
    // The same from given candidate lists (tests use faces that are not installed).
    static Result<PdfFonts> choose(const QStringList& serif, const QStringList& sans);
    // Writes a PDF of common characters in each chosen face and reads it back with pdftotext.
    static QList<FontReport> verify(const PdfFonts& fonts);
    // The characters the verification prints: common words of LinkPoint's documents.
    static QString sampleText();
};

} // namespace lp::reports
