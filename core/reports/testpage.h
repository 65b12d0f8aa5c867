// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The printer test page (打印测试页): every block of the document model on one document — a
// two-page landscape ledger with a two-row header, then a portrait registration form with
// headings, paragraphs and signature lines — and a word on the fonts in use.
#pragma once

#include <QCoreApplication>
#include <QDate>

#include "core/reports/document.h"
#include "core/reports/documentexport.h"
#include "core/reports/fontcheck.h"

namespace lp::reports {

struct TestPageFacts {
    QDate date;
    QString districtName; // may be empty
    OutputFormat format = OutputFormat::Pdf;
    QList<FontReport> fonts; // for PDF: the faces used and whether they extract cleanly
};

class TestPage final {
    Q_DECLARE_TR_FUNCTIONS(TestPage)
public:
    static Document build(const TestPageFacts& facts);
    static constexpr int kLedgerRows = 16;
};

} // namespace lp::reports
