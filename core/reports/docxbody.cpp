// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/docxbody.h"

#include <algorithm>

#include "core/reports/docxstyles.h"
#include "core/reports/docxtables.h"
#include "core/reports/docxwriter.h"
#include "core/taskcontrol.h"

using namespace Qt::StringLiterals;

namespace lp::reports::docx {
namespace {

constexpr qsizetype ChunkChars = 256 * 1024; // XML handed to the ZIP entry at a time
const QString SignatureBlank = u"________________"_s;

QString attribute(const QString& name, int value)
{
    return u" w:"_s + name + u"=\""_s + QString::number(value) + u"\""_s;
}

// Header and footer sit 12 mm outside the text area: the page number's rule "一字线上距版心下
// 边缘 7 mm" plus about 5 mm for the number itself.
int marginBandTwips(double marginMm)
{
    return twips(std::max(marginMm - 12, 5.0));
}

QString sectionProperties(const PageSetup& setup, const SectionRefs& refs)
{
    QString xml = u"<w:sectPr>"_s;
    // Odd and even pages differ (settings.xml has w:evenAndOddHeaders): the header is the same
    // part for both, the page number moves sides.
    for (const char* type : {"default", "even"}) {
        const QString kind = QString::fromLatin1(type);
        if (!refs.headerId.isEmpty())
            xml += u"<w:headerReference w:type=\""_s + kind + u"\" r:id=\""_s + refs.headerId +
                   u"\"/>"_s;
        const QString& footer = kind == u"even"_s ? refs.evenFooterId : refs.footerId;
        if (!footer.isEmpty())
            xml += u"<w:footerReference w:type=\""_s + kind + u"\" r:id=\""_s + footer + u"\"/>"_s;
    }
    xml += u"<w:pgSz"_s + attribute(u"w"_s, pageWidthTwips(setup)) +
           attribute(u"h"_s, pageHeightTwips(setup));
    if (setup.orientation == Orientation::Landscape)
        xml += u" w:orient=\"landscape\""_s;
    xml += u"/><w:pgMar"_s + attribute(u"top"_s, twips(setup.marginTopMm)) +
           attribute(u"right"_s, twips(setup.marginRightMm)) +
           attribute(u"bottom"_s, twips(setup.marginBottomMm)) +
           attribute(u"left"_s, twips(setup.marginLeftMm)) +
           attribute(u"header"_s, marginBandTwips(setup.marginTopMm)) +
           attribute(u"footer"_s, marginBandTwips(setup.marginBottomMm)) +
           attribute(u"gutter"_s, 0) + u"/><w:cols w:space=\"425\"/></w:sectPr>"_s;
    return xml;
}

long long workUnits(const Document& document)
{
    long long units = document.blocks.size();
    for (const Block& block : document.blocks) {
        if (const auto* table = std::get_if<Table>(&block))
            units += table->rows.size();
    }
    return units;
}

class BodyWriter final {
public:
    BodyWriter(const Document& document, const PartPlan& plan, XmlOutput& out, TaskControl* control)
        : m_document(document)
        , m_plan(plan)
        , m_out(out)
        , m_control(control)
        , m_headingNumbers(headingNumbers(document))
        , m_total(workUnits(document))
    {}

    Result<void> write();

private:
    // One per kind of block, called through std::visit.
    Result<void> add(const Title& title);
    Result<void> add(const Heading& heading);
    Result<void> add(const Paragraph& paragraph);
    Result<void> add(const KeyValueForm& form);
    Result<void> add(const Table& table);
    Result<void> add(const SignatureBlock& block);
    Result<void> add(const PageBreak&);
    Result<void> add(const SectionBreak&);

    Result<void> step();
    [[nodiscard]] const PageSetup& setup() const { return m_plan.sections.at(m_section); }
    [[nodiscard]] const PageSetup& base() const { return m_document.setup; }
    [[nodiscard]] QString bodyRun() const { return runProps(setup().bodyPt, base().bodyPt); }
    [[nodiscard]] QString bodyLayout(bool indent) const
    {
        return lineSpacing(setup().bodyPt, base().bodyPt) + firstLineIndent(setup().bodyPt, indent);
    }

    const Document& m_document;
    const PartPlan& m_plan;
    XmlOutput& m_out;
    TaskControl* m_control;
    QList<QString> m_headingNumbers;
    qsizetype m_heading = 0;
    qsizetype m_section = 0;
    long long m_done = 0;
    long long m_total = 0;
};

Result<void> BodyWriter::write()
{
    m_out << u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
             u"xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
             u"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
             u"<w:body>"_s;
    for (const Block& block : m_document.blocks) {
        auto added = std::visit([this](const auto& item) { return add(item); }, block);
        if (!added)
            return added;
        if (auto stepped = step(); !stepped)
            return stepped;
    }
    m_out << sectionProperties(setup(), m_plan.refs.at(m_section)) + u"</w:body></w:document>"_s;
    return m_out.flush();
}

Result<void> BodyWriter::step()
{
    ++m_done;
    if (m_control) {
        if (m_control->cancelled)
            return cancelledError();
        m_control->report(m_done, m_total);
    }
    return m_out.flush(ChunkChars);
}

// The title in 2号 小标宋, centred; the subtitle in body type; then an empty line.
Result<void> BodyWriter::add(const Title& title)
{
    m_out << paragraph(styleRef(style::Title) + lineSpacing(setup().titlePt, base().titlePt),
                       runs(title.text, runProps(setup().titlePt, base().titlePt)));
    const QString spacing = lineSpacing(setup().bodyPt, base().bodyPt);
    if (!title.subtitle.isEmpty())
        m_out << paragraph(styleRef(style::Subtitle) + spacing, runs(title.subtitle, bodyRun()));
    m_out << paragraph(spacing, {});
    return {};
}

Result<void> BodyWriter::add(const Heading& heading)
{
    const int level = std::clamp(heading.level, 1, 4);
    const QString number = m_headingNumbers.value(m_heading++);
    m_out << paragraph(styleRef(style::heading(level)) + bodyLayout(true),
                       runs(QString(number + heading.text), bodyRun()));
    return {};
}

// Body text is justified (GB/T 9704 fills every line); centre and right are kept as given.
Result<void> BodyWriter::add(const Paragraph& paragraphBlock)
{
    const QString jc = paragraphBlock.align == Align::Left ? u"<w:jc w:val=\"both\"/>"_s
                                                           : justification(paragraphBlock.align);
    m_out << paragraph(bodyLayout(paragraphBlock.firstLineIndent) + jc,
                       runs(paragraphBlock.text, bodyRun()));
    return {};
}

Result<void> BodyWriter::add(const KeyValueForm& form)
{
    m_out << formXml(form, {setup(), base().bodyPt});
    return {};
}

Result<void> BodyWriter::add(const Table& table)
{
    return writeTable(table, {setup(), base().bodyPt}, m_out, [this] { return step(); });
}

// "label：________" lines, right-aligned four characters in, a line and a half apart so there is
// room to sign.
Result<void> BodyWriter::add(const SignatureBlock& block)
{
    const QString spacing = u"<w:spacing w:line=\""_s +
                            QString::number(lineTwips(setup().bodyPt) * 3 / 2) +
                            u"\" w:lineRule=\"exact\"/>"_s;
    for (const SignatureLine& line : block.lines) {
        const bool hasColon = line.label.endsWith(u'：') || line.label.endsWith(u':');
        const QString text = line.label + (hasColon ? QString() : u"："_s) +
                             (line.value.isEmpty() ? SignatureBlank : line.value);
        m_out << paragraph(styleRef(style::SignatureLine) + spacing, runs(text, bodyRun()));
    }
    return {};
}

Result<void> BodyWriter::add(const PageBreak&)
{
    m_out << u"<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"_s;
    return {};
}

Result<void> BodyWriter::add(const SectionBreak&)
{
    m_out << paragraph(sectionProperties(setup(), m_plan.refs.at(m_section)), {});
    ++m_section;
    return {};
}

} // namespace

Unexpected<Error> cancelledError()
{
    return fail(ErrorCode::Cancelled, DocxWriter::tr("Writing the Word file was cancelled."));
}

Result<void> writeDocumentXml(const Document& document, const PartPlan& plan, XmlOutput& out,
                              TaskControl* control)
{
    return BodyWriter(document, plan, out, control).write();
}

} // namespace lp::reports::docx
