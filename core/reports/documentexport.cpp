// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/documentexport.h"

#include "core/reports/docxwriter.h"
#include "core/reports/pdfwriter.h"
#include "core/reports/xlsxbookwriter.h"

using namespace Qt::StringLiterals;

namespace lp::reports {

std::optional<OutputFormat> outputFormatFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == u"pdf"_s)
        return OutputFormat::Pdf;
    if (lower == u"docx"_s)
        return OutputFormat::Docx;
    if (lower == u"xlsx"_s)
        return OutputFormat::Xlsx;
    return std::nullopt;
}

Result<void> writeDocument(const Document& document, OutputFormat format, const QString& path,
                           TaskControl* control)
{
    switch (format) {
    case OutputFormat::Docx:
        return DocxWriter::write(document, path, control);
    case OutputFormat::Xlsx:
        return XlsxBookWriter::write(document, path, control);
    case OutputFormat::Pdf:
        break;
    }
    auto pages = PdfWriter::write(document, path, control);
    return pages ? Result<void>() : Result<void>(fail(pages.error()));
}

} // namespace lp::reports
