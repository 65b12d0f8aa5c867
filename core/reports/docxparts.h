// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The parts of a DOCX package other than word/document.xml, and the plan that ties them to the
// document's sections. A section without its own header or footer reference inherits the
// previous section's, so once any section has a running header every section names one (an
// empty part where it has no text), and the same for page numbers.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/reports/document.h"

namespace lp::reports::docx {

struct SectionRefs {
    QString headerId;     // relationship ids in word/_rels/document.xml.rels; empty for none
    QString footerId;     // odd pages (and every page where odd and even are alike)
    QString evenFooterId; // even pages: GB/T 9704 puts their number on the left
};

struct PartPlan {
    QList<PageSetup> sections;  // the document's setup, then one per SectionBreak
    QList<SectionRefs> refs;    // one per section
    QList<QString> headerTexts; // word/header1.xml, header2.xml, ...
    bool emptyFooter = false;   // word/footer2.xml, for sections without page numbers
};

struct Part {
    QByteArray name; // path in the package
    QByteArray xml;
};

[[nodiscard]] PartPlan planParts(const Document& document);
// Every part but word/document.xml.
[[nodiscard]] QList<Part> packageParts(const Document& document, const PartPlan& plan);

} // namespace lp::reports::docx
