// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/pdfwriter.h"

#include <QPdfWriter>

#include "core/atomicwrite.h"
#include "core/reports/fontcheck.h"
#include "core/reports/pdflayout.h"

using namespace Qt::StringLiterals;

namespace lp::reports {

Result<int> PdfWriter::write(const Document& document, const QString& path, TaskControl* control)
{
    auto fonts = FontCheck::choose();
    if (!fonts)
        return fail(fonts.error());
    int pages = 0;
    auto written = writeFileAtomically(path, [&](const QString& temporary) -> Result<void> {
        QPdfWriter writer(temporary);
        writer.setResolution(600);
        writer.setTitle(document.title);
        writer.setCreator(u"LinkPoint"_s);
        PageRenderer renderer(writer, *fonts, control);
        auto rendered = renderer.render(document);
        if (!rendered)
            return fail(rendered.error());
        pages = *rendered;
        return {};
    });
    if (!written)
        return fail(written.error());
    return pages;
}

} // namespace lp::reports
