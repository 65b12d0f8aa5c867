// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/xlsxparts.h"

#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#include "core/formats/xlsxpackage.h"

using namespace Qt::StringLiterals;

namespace lp::formats::xlsx {
namespace {

bool isTrue(QStringView value)
{
    return value == u"1"_s || value.compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

// The r:id of a <sheet>: an attribute "id" in the relationships namespace, whichever prefix
// (and whichever of the transitional or strict namespaces) the file uses.
QString relationshipIdOf(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.name() == u"id"_s && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

} // namespace

Result<Workbook> XlsxParts::readWorkbook(XlsxPackage& package, const QString& part)
{
    Workbook workbook;
    auto parsed = package.parse(part, [&](QXmlStreamReader& xml, const PartDevice&) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr"_s) {
                workbook.date1904 = isTrue(xml.attributes().value(u"date1904"_s));
            } else if (xml.name() == u"sheet"_s) {
                if (workbook.sheets.size() >= XlsxPackage::kMaxEntries)
                    return Result<void>(fail(package.tooManyEntries(part)));
                workbook.sheets.append({xml.attributes().value(u"name"_s).toString(),
                                        relationshipIdOf(xml.attributes())});
            }
        }
        return Result<void>();
    });
    if (!parsed)
        return fail(std::move(parsed).error());
    return workbook;
}

Result<CellStyles> XlsxParts::readStyles(XlsxPackage& package, const QString& part)
{
    QHash<int, NumberFormat> custom;
    QList<int> styleFormatIds;
    auto parsed = package.parse(part, [&](QXmlStreamReader& xml, const PartDevice&) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (custom.size() + styleFormatIds.size() >= XlsxPackage::kMaxEntries)
                return Result<void>(fail(package.tooManyEntries(part)));
            if (xml.name() == u"numFmt"_s) {
                const auto attributes = xml.attributes();
                custom.insert(attributes.value(u"numFmtId"_s).toInt(),
                              classifyFormatCode(attributes.value(u"formatCode"_s)));
            } else if (xml.name() == u"cellXfs"_s) {
                while (xml.readNextStartElement()) {
                    if (styleFormatIds.size() >= XlsxPackage::kMaxEntries)
                        return Result<void>(fail(package.tooManyEntries(part)));
                    if (xml.name() == u"xf"_s)
                        styleFormatIds.append(xml.attributes().value(u"numFmtId"_s).toInt());
                    xml.skipCurrentElement();
                }
            }
        }
        return Result<void>();
    });
    if (!parsed)
        return fail(std::move(parsed).error());
    CellStyles styles;
    styles.formats.reserve(styleFormatIds.size());
    for (const int id : std::as_const(styleFormatIds))
        styles.formats.append(custom.contains(id) ? custom.value(id) : builtInFormat(id));
    return styles;
}

Result<QStringList> XlsxParts::readSharedStrings(XlsxPackage& package, const QString& part,
                                                 qsizetype maxStrings)
{
    QStringList strings;
    auto parsed = package.parse(part, [&](QXmlStreamReader& xml, const PartDevice&) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"si"_s)
                continue;
            if (strings.size() >= maxStrings) {
                return Result<void>(fail(
                    ErrorCode::InvalidInput,
                    tr("%1 is too large to import: it holds more than %2 different texts. Split "
                       "the workbook or save the sheet as CSV.")
                        .arg(package.displayPath(), QLocale().toString(qlonglong(maxStrings))),
                    part));
            }
            strings.append(readRichText(xml));
        }
        return Result<void>();
    });
    if (!parsed)
        return fail(std::move(parsed).error());
    return strings;
}

QString XlsxParts::readRichText(QXmlStreamReader& xml)
{
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t"_s)
                text += xml.readElementText(QXmlStreamReader::SkipChildElements);
            else if (xml.name() == u"rPh"_s)
                xml.skipCurrentElement(); // phonetic guide (furigana), not the cell's text
            else
                ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break;
            --depth;
        }
    }
    return decodeEscapes(text);
}

} // namespace lp::formats::xlsx
