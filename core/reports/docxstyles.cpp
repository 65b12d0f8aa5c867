// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/docxstyles.h"

#include "core/reports/docxxml.h"

using namespace Qt::StringLiterals;

namespace lp::reports::docx {
namespace {

const QString LatinFace = u"Times New Roman"_s;
const QString BodyFace = u"仿宋_GB2312"_s;
const QString TitleFace = u"方正小标宋简体"_s;
const QString HeiFace = u"黑体"_s;
const QString KaiFace = u"楷体_GB2312"_s;
const QString SongFace = u"宋体"_s;

QString size(double pt)
{
    const QString value = QString::number(halfPoints(pt));
    return u"<w:sz w:val=\""_s + value + u"\"/><w:szCs w:val=\""_s + value + u"\"/>"_s;
}

QString spacing(int line, const QString& rule)
{
    return u"<w:spacing w:before=\"0\" w:after=\"0\" w:line=\""_s + QString::number(line) +
           u"\" w:lineRule=\""_s + rule + u"\"/>"_s;
}

QString single()
{
    return spacing(240, u"auto"_s);
}

QString jc(const QString& value)
{
    return u"<w:jc w:val=\""_s + value + u"\"/>"_s;
}

// A paragraph style based on Normal; `pPr` and `rPr` are element content in schema order.
QString paragraphStyle(QStringView id, const QString& name, const QString& pPr, const QString& rPr)
{
    const QString runProperties = rPr.isEmpty() ? QString() : u"<w:rPr>"_s + rPr + u"</w:rPr>"_s;
    return u"<w:style w:type=\"paragraph\" w:styleId=\""_s + id + u"\"><w:name w:val=\""_s + name +
           u"\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>"_s +
           pPr + u"</w:pPr>"_s + runProperties + u"</w:style>"_s;
}

QString defaults(const PageSetup& base)
{
    return u"<w:docDefaults><w:rPrDefault><w:rPr>"_s + fontsFor(BodyFace) + size(base.bodyPt) +
           u"<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr>"
           u"</w:rPrDefault><w:pPrDefault><w:pPr>"_s +
           single() + u"</w:pPr></w:pPrDefault></w:docDefaults>"_s;
}

// Body text: 3号 仿宋 at an exact 28 pt pitch, indented two characters, justified.
QString normalStyle(const PageSetup& base)
{
    return u"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
           u"<w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:widowControl/>"_s +
           spacing(lineTwips(base.bodyPt), u"exact"_s) + firstLineIndent(base.bodyPt, true) +
           jc(u"both"_s) + u"</w:pPr><w:rPr>"_s + fontsFor(BodyFace) + size(base.bodyPt) +
           u"</w:rPr></w:style>"_s;
}

QString headingStyle(int level)
{
    static const QString faces[] = {HeiFace, KaiFace, BodyFace, BodyFace};
    const QString outline =
        u"<w:keepNext/><w:outlineLvl w:val=\""_s + QString::number(level - 1) + u"\"/>"_s;
    const QString bold = level == 3 ? u"<w:b/><w:bCs/>"_s : QString();
    return paragraphStyle(style::heading(level), u"heading "_s + QString::number(level), outline,
                          fontsFor(faces[level - 1]) + bold);
}

QString blockStyles(const PageSetup& base)
{
    const QString unindented = firstLineIndent(base.bodyPt, false);
    const int line = lineTwips(base.bodyPt);
    return paragraphStyle(style::Title, u"Title"_s,
                          spacing(lineTwips(base.titlePt), u"exact"_s) + unindented +
                              jc(u"center"_s),
                          fontsFor(TitleFace) + size(base.titlePt)) +
           paragraphStyle(style::Subtitle, u"Subtitle"_s,
                          spacing(line, u"exact"_s) + unindented + jc(u"center"_s), {}) +
           paragraphStyle(style::TableText, u"Table Text"_s, single() + unindented + jc(u"left"_s),
                          {}) +
           paragraphStyle(style::TableCaption, u"Table Caption"_s,
                          u"<w:keepNext/>"_s + single() + unindented + jc(u"center"_s),
                          u"<w:b/><w:bCs/>"_s) +
           paragraphStyle(style::SignatureLine, u"Signature Line"_s,
                          spacing(line, u"exact"_s) + u"<w:ind w:rightChars=\"400\" w:right=\""_s +
                              QString::number(halfPoints(base.bodyPt) * 40) +
                              u"\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>"_s + jc(u"right"_s),
                          {});
}

QString pageStyles()
{
    const QString centred = single() + firstLineIndent(0, false) + jc(u"center"_s);
    return paragraphStyle(style::Header, u"header"_s, centred, size(10.5)) +
           paragraphStyle(style::Footer, u"footer"_s, centred,
                          u"<w:rFonts w:ascii=\"SimSun\" w:hAnsi=\"SimSun\" w:eastAsia=\""_s +
                              SongFace + u"\"/>"_s + size(14));
}

QString font(const QString& name, const QString& altName)
{
    const bool latin = altName.isEmpty();
    return u"<w:font w:name=\""_s + name + u"\">"_s +
           (latin ? QString() : u"<w:altName w:val=\""_s + altName + u"\"/>"_s) +
           (latin ? u"<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
                    u"<w:pitch w:val=\"variable\"/>"_s
                  : u"<w:charset w:val=\"86\"/><w:family w:val=\"modern\"/>"
                    u"<w:pitch w:val=\"fixed\"/>"_s) +
           u"</w:font>"_s;
}

} // namespace

namespace style {
QString heading(int level)
{
    return u"Heading"_s + QString::number(level);
}
} // namespace style

QString styleRef(QStringView id)
{
    return u"<w:pStyle w:val=\""_s + id + u"\"/>"_s;
}

QString fontsFor(const QString& eastAsia)
{
    return u"<w:rFonts w:ascii=\""_s + LatinFace + u"\" w:hAnsi=\""_s + LatinFace +
           u"\" w:cs=\""_s + LatinFace + u"\" w:eastAsia=\""_s + eastAsia + u"\"/>"_s;
}

QByteArray stylesXml(const PageSetup& base)
{
    QString headings;
    for (int level = 1; level <= 4; ++level)
        headings += headingStyle(level);
    const QString xml =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\""
        u"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"_s +
        defaults(base) + normalStyle(base) + headings + blockStyles(base) + pageStyles() +
        u"</w:styles>"_s;
    return xml.toUtf8();
}

QByteArray fontTableXml()
{
    const QString xml =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:w=\""
        u"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"_s +
        font(LatinFace, {}) + font(BodyFace, u"FangSong"_s) + font(TitleFace, u"SimSun"_s) +
        font(HeiFace, u"SimHei"_s) + font(KaiFace, u"KaiTi"_s) + font(SongFace, u"SimSun"_s) +
        u"</w:fonts>"_s;
    return xml.toUtf8();
}

} // namespace lp::reports::docx
