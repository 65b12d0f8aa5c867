// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/xlsxreader.h"

#include <QLocale>

#include "core/formats/xlsxpackage.h"
#include "core/formats/xlsxparts.h"
#include "core/formats/xlsxsheet.h"

using namespace Qt::StringLiterals;

namespace lp::formats {
namespace {

using xlsx::Relationship;
using xlsx::XlsxPackage;

// The workbook, its relationships and its worksheets, as the package describes them.
struct Contents {
    QString workbookPart;
    xlsx::Workbook workbook;
    QList<Relationship> relationships;
    QList<xlsx::WorkbookSheet> worksheets; // chart and dialog sheets left out

    [[nodiscard]] Relationship relationship(const QString& id) const
    {
        for (const Relationship& candidate : relationships) {
            if (candidate.id == id)
                return candidate;
        }
        return {};
    }

    // A workbook-level part by its relationship type, else where Excel puts it.
    [[nodiscard]] QString partOfType(const XlsxPackage& package, const QString& type,
                                     const QString& conventional) const
    {
        for (const Relationship& candidate : relationships) {
            if (candidate.type == type && package.contains(candidate.target))
                return candidate.target;
        }
        return package.contains(conventional) ? conventional : QString();
    }
};

Result<Contents> readContents(XlsxPackage& package)
{
    Contents contents;
    auto workbookPart = package.workbookPart();
    if (!workbookPart)
        return fail(std::move(workbookPart).error());
    contents.workbookPart = *workbookPart;
    auto workbook = xlsx::XlsxParts::readWorkbook(package, contents.workbookPart);
    if (!workbook)
        return fail(std::move(workbook).error());
    contents.workbook = std::move(*workbook);
    auto relationships = package.relationships(contents.workbookPart);
    if (!relationships)
        return fail(std::move(relationships).error());
    contents.relationships = std::move(*relationships);
    for (const xlsx::WorkbookSheet& sheet : std::as_const(contents.workbook.sheets)) {
        // A sheet without a relationship is kept: reading it then says what is missing.
        const Relationship relationship = contents.relationship(sheet.relationshipId);
        if (relationship.type.isEmpty() || relationship.type == u"worksheet"_s)
            contents.worksheets.append(sheet);
    }
    return contents;
}

QStringList namesOf(const QList<xlsx::WorkbookSheet>& sheets)
{
    QStringList names;
    for (const xlsx::WorkbookSheet& sheet : sheets)
        names.append(sheet.name);
    return names;
}

// The sheet names a message lists: the first few, each cut to a readable length.
QString listed(const QList<xlsx::WorkbookSheet>& sheets)
{
    constexpr qsizetype kListed = 20;
    QStringList names;
    for (qsizetype i = 0; i < sheets.size() && i < kListed; ++i)
        names.append(u'"' + XlsxPackage::elided(sheets[i].name) + u'"');
    if (sheets.size() > kListed)
        names.append(u"…"_s);
    return QLocale().createSeparatedList(names);
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString& path, const Limits& limits)
{
    XlsxPackage package(path, limits.maxPartBytes);
    if (auto opened = package.open(); !opened)
        return fail(std::move(opened).error());
    auto contents = readContents(package);
    if (!contents)
        return fail(std::move(contents).error());
    return namesOf(contents->worksheets);
}

Result<SheetTable> XlsxReader::read(const QString& path, const QString& sheetName,
                                    const TaskControl* control, const Limits& limits)
{
    XlsxPackage package(path, limits.maxPartBytes);
    if (auto opened = package.open(); !opened)
        return fail(std::move(opened).error());
    auto contents = readContents(package);
    if (!contents)
        return fail(std::move(contents).error());
    const QList<xlsx::WorkbookSheet>& worksheets = contents->worksheets;
    if (worksheets.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 has no worksheet to import.").arg(package.displayPath()));
    }

    const xlsx::WorkbookSheet* chosen = sheetName.isEmpty() ? &worksheets.first() : nullptr;
    for (Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (qsizetype i = 0; !chosen && i < worksheets.size(); ++i) {
            if (worksheets[i].name.compare(sheetName, sensitivity) == 0)
                chosen = &worksheets[i];
        }
    }
    if (!chosen) {
        return fail(
            ErrorCode::NotFound,
            tr("%1 has no sheet named \"%2\". Its sheets are: %3.")
                .arg(package.displayPath(), XlsxPackage::elided(sheetName), listed(worksheets)));
    }

    const QString sheetPart = contents->relationship(chosen->relationshipId).target;
    if (sheetPart.isEmpty() || !package.contains(sheetPart)) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is damaged: the part that holds sheet \"%2\" is missing. Open it in "
                       "Excel or WPS and save it again.")
                        .arg(package.displayPath(), XlsxPackage::elided(chosen->name)),
                    u"relationship %1 → %2"_s.arg(chosen->relationshipId, sheetPart));
    }

    xlsx::CellStyles styles;
    if (const QString part = contents->partOfType(package, u"styles"_s, u"xl/styles.xml"_s);
        !part.isEmpty()) {
        auto read = xlsx::XlsxParts::readStyles(package, part);
        if (!read)
            return fail(std::move(read).error());
        styles = std::move(*read);
    }
    QStringList sharedStrings;
    if (const QString part =
            contents->partOfType(package, u"sharedStrings"_s, u"xl/sharedStrings.xml"_s);
        !part.isEmpty()) {
        auto read = xlsx::XlsxParts::readSharedStrings(package, part, limits.maxSharedStrings);
        if (!read)
            return fail(std::move(read).error());
        sharedStrings = std::move(*read);
    }

    const xlsx::SheetInput input{chosen->name, sharedStrings, styles, contents->workbook.date1904,
                                 limits,       control};
    return xlsx::XlsxSheet::read(package, sheetPart, input);
}

} // namespace lp::formats
