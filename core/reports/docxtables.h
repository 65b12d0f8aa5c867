// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Real Word tables (w:tbl) for KeyValueForm and Table blocks, scaled to the text width of the
// section. A Table's header rows repeat on every page (w:tblHeader), no row splits across
// pages (w:cantSplit), and spans become w:gridSpan and w:vMerge. The model leaves a cell
// covered by a rowSpan out of its row; the writer puts the vMerge continuation there itself.
#pragma once

#include <functional>

#include "core/reports/document.h"
#include "core/reports/docxxml.h"
#include "core/result.h"

namespace lp::reports::docx {

struct SectionContext {
    PageSetup setup; // the section the block is in
    double stylePt;  // the body size word/styles.xml was written for
};

// Called after each body row: checks cancellation, reports progress, flushes output.
using RowDone = std::function<Result<void>()>;

Result<void> writeTable(const Table& table, const SectionContext& section, XmlOutput& out,
                        const RowDone& rowDone);
[[nodiscard]] QString formXml(const KeyValueForm& form, const SectionContext& section);

} // namespace lp::reports::docx
