// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/docxwriter.h"

#include "core/atomicwrite.h"
#include "core/reports/docxbody.h"
#include "core/reports/docxparts.h"
#include "core/reports/docxxml.h"
#include "core/reports/docxzip.h"
#include "core/taskcontrol.h"

namespace lp::reports {
namespace {

// The package into `file`: the small parts first, then word/document.xml streamed block by
// block into its ZIP entry.
Result<void> writePackage(const Document& document, const QString& file, TaskControl* control)
{
    const docx::PartPlan plan = docx::planParts(document);
    docx::ZipWriter zip(file);
    if (auto opened = zip.open(); !opened)
        return opened;
    for (const docx::Part& part : docx::packageParts(document, plan)) {
        if (auto added = zip.add(part.name.constData(), part.xml); !added)
            return added;
    }
    if (auto begun = zip.beginEntry("word/document.xml"); !begun)
        return begun;
    docx::XmlOutput out([&zip](const QByteArray& bytes) { return zip.write(bytes); });
    if (auto body = docx::writeDocumentXml(document, plan, out, control); !body)
        return body;
    if (auto ended = zip.endEntry(); !ended)
        return ended;
    return zip.close();
}

} // namespace

Result<void> DocxWriter::write(const Document& document, const QString& path, TaskControl* control)
{
    if (control && control->cancelled)
        return docx::cancelledError();
    return writeFileAtomically(
        path, [&](const QString& temporary) { return writePackage(document, temporary, control); });
}

} // namespace lp::reports
