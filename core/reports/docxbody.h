// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// word/document.xml: the blocks in order, each section ended by its w:sectPr (in an empty
// paragraph at a SectionBreak, at the end of w:body for the last). Cancellation is checked and
// progress reported after every block and every table row.
#pragma once

#include "core/reports/document.h"
#include "core/reports/docxparts.h"
#include "core/reports/docxxml.h"
#include "core/result.h"

namespace lp {
struct TaskControl;
}

namespace lp::reports::docx {

// The error of a write the user cancelled.
[[nodiscard]] Unexpected<Error> cancelledError();

Result<void> writeDocumentXml(const Document& document, const PartPlan& plan, XmlOutput& out,
                              TaskControl* control);

} // namespace lp::reports::docx
