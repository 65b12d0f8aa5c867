// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/docxxml.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace lp::reports::docx {
namespace {

constexpr double TwipsPerMm = 56.6929;
constexpr int A4ShortTwips = 11906;
constexpr int A4LongTwips = 16838;

// XML 1.0 Char, for UTF-16 units outside a surrogate pair.
bool isXmlChar(char16_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0xD800) ||
           (c >= 0xE000 && c <= 0xFFFD);
}

// The entity for a character markup reserves, or nothing.
QStringView entity(char16_t c)
{
    switch (c) {
    case u'&':
        return u"&amp;";
    case u'<':
        return u"&lt;";
    case u'>':
        return u"&gt;";
    case u'"':
        return u"&quot;";
    case u'\'':
        return u"&apos;";
    default:
        return {};
    }
}

QString textElement(QStringView piece)
{
    if (piece.isEmpty())
        return {};
    return u"<w:t xml:space=\"preserve\">"_s + escaped(piece) + u"</w:t>"_s;
}

} // namespace

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (const QStringView name = entity(c.unicode()); !name.isEmpty()) {
            out += name;
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
        } else {
            out += isXmlChar(c.unicode()) ? c : QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

int twips(double mm)
{
    return int(std::lround(mm * TwipsPerMm));
}

int halfPoints(double pt)
{
    return int(std::lround(pt * 2));
}

int lineTwips(double bodyPt)
{
    return int(std::lround(bodyPt * 20 * 28 / 16));
}

int pageWidthTwips(const PageSetup& setup)
{
    return setup.orientation == Orientation::Landscape ? A4LongTwips : A4ShortTwips;
}

int pageHeightTwips(const PageSetup& setup)
{
    return setup.orientation == Orientation::Landscape ? A4ShortTwips : A4LongTwips;
}

int textWidthTwips(const PageSetup& setup)
{
    return pageWidthTwips(setup) - twips(setup.marginLeftMm) - twips(setup.marginRightMm);
}

QString justification(Align align)
{
    switch (align) {
    case Align::Center:
        return u"<w:jc w:val=\"center\"/>"_s;
    case Align::Right:
        return u"<w:jc w:val=\"right\"/>"_s;
    case Align::Left:
        break;
    }
    return u"<w:jc w:val=\"left\"/>"_s;
}

QString lineSpacing(double pt, double stylePt)
{
    if (lineTwips(pt) == lineTwips(stylePt))
        return {};
    return u"<w:spacing w:line=\""_s + QString::number(lineTwips(pt)) +
           u"\" w:lineRule=\"exact\"/>"_s;
}

QString runProps(double pt, double stylePt, bool bold)
{
    QString props;
    if (bold)
        props += u"<w:b/><w:bCs/>"_s;
    if (halfPoints(pt) != halfPoints(stylePt)) {
        const QString size = QString::number(halfPoints(pt));
        props += u"<w:sz w:val=\""_s + size + u"\"/><w:szCs w:val=\""_s + size + u"\"/>"_s;
    }
    return props;
}

QString runs(QStringView text, const QString& rPr)
{
    if (text.isEmpty())
        return {};
    QString xml = u"<w:r>"_s;
    if (!rPr.isEmpty())
        xml += u"<w:rPr>"_s + rPr + u"</w:rPr>"_s;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c != u'\n' && c != u'\r' && c != u'\t')
            continue;
        xml += textElement(text.sliced(start, i - start));
        xml += c == u'\t' ? u"<w:tab/>"_s : u"<w:br/>"_s;
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    xml += textElement(text.sliced(start));
    return xml + u"</w:r>"_s;
}

QString paragraph(const QString& pPr, const QString& content)
{
    const QString props = pPr.isEmpty() ? QString() : u"<w:pPr>"_s + pPr + u"</w:pPr>"_s;
    return u"<w:p>"_s + props + content + u"</w:p>"_s;
}

QString firstLineIndent(double pt, bool indent)
{
    if (!indent)
        return u"<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"_s;
    return u"<w:ind w:firstLineChars=\"200\" w:firstLine=\""_s +
           QString::number(int(std::lround(pt * 2 * 20))) + u"\"/>"_s;
}

XmlOutput::XmlOutput(Sink sink)
    : m_sink(std::move(sink))
{}

Result<void> XmlOutput::flush(qsizetype atLeast)
{
    if (m_buffer.isEmpty() || m_buffer.size() < atLeast)
        return {};
    const QByteArray bytes = m_buffer.toUtf8();
    m_buffer.clear();
    return m_sink(bytes);
}

} // namespace lp::reports::docx
