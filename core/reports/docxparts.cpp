// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/docxparts.h"

#include <algorithm>

#include "core/reports/docxstyles.h"
#include "core/reports/docxxml.h"

using namespace Qt::StringLiterals;

namespace lp::reports::docx {
namespace {

const QString XmlDeclaration = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"_s;
const QString WordNamespaces =
    u" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    u" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""_s;
const QString RelationshipType = u"http://schemas.openxmlformats.org/officeDocument/2006/"
                                 u"relationships/"_s;
const QString WordContentType = u"application/vnd.openxmlformats-officedocument."
                                u"wordprocessingml."_s;

constexpr int FirstHeaderId = 6; // rId1..rId5: styles, settings, fonts, footer1, footer2
const QString EvenFooterId = u"rIdEvenFooter"_s; // word/footer3.xml

QString relationshipId(int n)
{
    return u"rId"_s + QString::number(n);
}

QString headerName(qsizetype index)
{
    return u"header"_s + QString::number(index + 1) + u".xml"_s;
}

QString relationship(const QString& id, const QString& type, const QString& target)
{
    return u"<Relationship Id=\""_s + id + u"\" Type=\""_s + type + u"\" Target=\""_s + target +
           u"\"/>"_s;
}

QByteArray relationships(const QString& items)
{
    return (XmlDeclaration +
            u"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
            u"relationships\">"_s +
            items + u"</Relationships>"_s)
        .toUtf8();
}

QByteArray packageRels()
{
    return relationships(
        relationship(u"rId1"_s, RelationshipType + u"officeDocument"_s, u"word/document.xml"_s) +
        relationship(u"rId2"_s,
                     u"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                     u"core-properties"_s,
                     u"docProps/core.xml"_s));
}

QByteArray documentRels(const PartPlan& plan)
{
    QString items = relationship(u"rId1"_s, RelationshipType + u"styles"_s, u"styles.xml"_s) +
                    relationship(u"rId2"_s, RelationshipType + u"settings"_s, u"settings.xml"_s) +
                    relationship(u"rId3"_s, RelationshipType + u"fontTable"_s, u"fontTable.xml"_s) +
                    relationship(u"rId4"_s, RelationshipType + u"footer"_s, u"footer1.xml"_s) +
                    relationship(EvenFooterId, RelationshipType + u"footer"_s, u"footer3.xml"_s);
    if (plan.emptyFooter)
        items += relationship(u"rId5"_s, RelationshipType + u"footer"_s, u"footer2.xml"_s);
    for (qsizetype i = 0; i < plan.headerTexts.size(); ++i) {
        items += relationship(relationshipId(FirstHeaderId + int(i)),
                              RelationshipType + u"header"_s, headerName(i));
    }
    return relationships(items);
}

QString contentTypeOf(const QByteArray& name)
{
    if (name.startsWith("docProps/core"))
        return u"application/vnd.openxmlformats-package.core-properties+xml"_s;
    for (const char* kind : {"header", "footer", "styles", "settings", "fontTable"}) {
        if (name.startsWith(QByteArray("word/").append(kind)))
            return WordContentType + QLatin1String(kind) + u"+xml"_s;
    }
    return {};
}

// word/document.xml is written separately, after these parts.
QByteArray contentTypes(const QList<Part>& parts)
{
    QString overrides = u"<Override PartName=\"/word/document.xml\" ContentType=\""_s +
                        WordContentType + u"document.main+xml\"/>"_s;
    for (const Part& part : parts) {
        const QString type = contentTypeOf(part.name);
        if (!type.isEmpty()) {
            overrides += u"<Override PartName=\"/"_s + QString::fromUtf8(part.name) +
                         u"\" ContentType=\""_s + type + u"\"/>"_s;
        }
    }
    return (XmlDeclaration +
            u"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            u"<Default Extension=\"rels\" ContentType=\"application/"
            u"vnd.openxmlformats-package.relationships+xml\"/>"
            u"<Default Extension=\"xml\" ContentType=\"application/xml\"/>"_s +
            overrides + u"</Types>"_s)
        .toUtf8();
}

QByteArray settingsXml()
{
    return (XmlDeclaration + u"<w:settings"_s + WordNamespaces +
            u"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/>"
            u"<w:evenAndOddHeaders/>"
            u"<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
            u"<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
            u"w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            u"<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>"_s)
        .toUtf8();
}

QByteArray coreXml(const QString& title)
{
    return (XmlDeclaration +
            u"<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
            u"metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            u"<dc:title>"_s +
            escaped(title) + u"</dc:title></cp:coreProperties>"_s)
        .toUtf8();
}

QByteArray headerFooter(const QString& root, const QString& paragraphXml)
{
    return (XmlDeclaration + u"<w:"_s + root + WordNamespaces + u">"_s + paragraphXml + u"</w:"_s +
            root + u">"_s)
        .toUtf8();
}

// "— N —" in 4号 宋体, N a PAGE field (the Footer style carries font and size).
// GB/T 9704 §7.5: "— N —" in 4号, odd pages at the right and even pages at the left, each one
// character (14 pt = 280 twips) in from the edge of the text area.
QString pageNumberParagraph(bool odd)
{
    const QString field = u"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                          u"<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                          u"<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                          u"<w:r><w:t>1</w:t></w:r>"
                          u"<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"_s;
    const QString placement = odd ? u"<w:ind w:right=\"280\"/><w:jc w:val=\"right\"/>"_s
                                  : u"<w:ind w:left=\"280\"/><w:jc w:val=\"left\"/>"_s;
    return paragraph(styleRef(style::Footer) + placement, runs(u"— ") + field + runs(u" —"));
}

} // namespace

PartPlan planParts(const Document& document)
{
    PartPlan plan;
    plan.sections.append(document.setup);
    for (const Block& block : document.blocks) {
        if (const auto* sectionBreak = std::get_if<SectionBreak>(&block))
            plan.sections.append(sectionBreak->setup);
    }
    const bool anyHeader = std::any_of(plan.sections.cbegin(), plan.sections.cend(),
                                       [](const PageSetup& s) { return !s.headerText.isEmpty(); });
    for (const PageSetup& setup : std::as_const(plan.sections)) {
        SectionRefs refs;
        if (anyHeader) {
            qsizetype index = plan.headerTexts.indexOf(setup.headerText);
            if (index < 0) {
                index = plan.headerTexts.size();
                plan.headerTexts.append(setup.headerText);
            }
            refs.headerId = relationshipId(FirstHeaderId + int(index));
        }
        refs.footerId = setup.pageNumbers ? u"rId4"_s : u"rId5"_s;
        refs.evenFooterId = setup.pageNumbers ? EvenFooterId : u"rId5"_s;
        plan.emptyFooter = plan.emptyFooter || !setup.pageNumbers;
        plan.refs.append(refs);
    }
    return plan;
}

QList<Part> packageParts(const Document& document, const PartPlan& plan)
{
    QList<Part> parts{
        {"_rels/.rels", packageRels()},
        {"docProps/core.xml", coreXml(document.title)},
        {"word/_rels/document.xml.rels", documentRels(plan)},
        {"word/styles.xml", stylesXml(document.setup)},
        {"word/settings.xml", settingsXml()},
        {"word/fontTable.xml", fontTableXml()},
        {"word/footer1.xml", headerFooter(u"ftr"_s, pageNumberParagraph(true))},
        {"word/footer3.xml", headerFooter(u"ftr"_s, pageNumberParagraph(false))},
    };
    const QString emptyFooter = paragraph(styleRef(style::Footer), {});
    if (plan.emptyFooter)
        parts.append({"word/footer2.xml", headerFooter(u"ftr"_s, emptyFooter)});
    for (qsizetype i = 0; i < plan.headerTexts.size(); ++i) {
        const QString text = paragraph(styleRef(style::Header), runs(plan.headerTexts.at(i)));
        parts.append({"word/" + headerName(i).toUtf8(), headerFooter(u"hdr"_s, text)});
    }
    parts.prepend({"[Content_Types].xml", contentTypes(parts)});
    return parts;
}

} // namespace lp::reports::docx
