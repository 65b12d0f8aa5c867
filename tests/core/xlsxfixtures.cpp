// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/xlsxfixtures.h"

#include <QFile>

#include <catch2/catch.hpp>
#include <minizip/unzip.h>
#include <minizip/zip.h>

namespace lp::test {
namespace {

constexpr char kMain[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRelationships[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

} // namespace

void writeZip(const QString& path, const QList<ZipEntry>& entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip);
    for (const ZipEntry& entry : entries) {
        zip_fileinfo info{};
        REQUIRE(zipOpenNewFileInZip64(zip, entry.name.constData(), &info, nullptr, 0, nullptr, 0,
                                      nullptr, entry.stored ? 0 : Z_DEFLATED, Z_DEFAULT_COMPRESSION,
                                      0) == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(zip, entry.data.constData(), unsigned(entry.data.size())) ==
                ZIP_OK);
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
}

QByteArray sheetXml(const QByteArray& rows)
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                      "\n<worksheet xmlns=\"") +
           kMain + "\" xmlns:r=\"" + kRelationships + "\"><sheetData>" + rows +
           "</sheetData></worksheet>";
}

QByteArray sharedStringsXml(const QByteArray& items)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"") + kMain + "\">" +
           items + "</sst>";
}

QByteArray stylesXml(const QList<int>& formatIds, const QByteArray& customFormats)
{
    QByteArray xfs;
    for (const int id : formatIds)
        xfs += "<xf numFmtId=\"" + QByteArray::number(id) + "\" fontId=\"0\"/>";
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet xmlns=\"") + kMain +
           "\"><numFmts>" + customFormats +
           "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>" + xfs +
           "</cellXfs></styleSheet>";
}

QList<ZipEntry> workbookEntries(const QByteArray& sheet, const QByteArray& sharedStrings,
                                const QByteArray& styles, const QByteArray& sheetTarget,
                                const QByteArray& workbookPr)
{
    const QByteArray relsHead =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    const QByteArray type = QByteArray(kRelationships) + '/';
    QByteArray workbookRels = relsHead + "<Relationship Id=\"rId1\" Type=\"" + type +
                              "worksheet\" Target=\"" + sheetTarget + "\"/>";
    QList<ZipEntry> entries{
        {"[Content_Types].xml",
         "<?xml version=\"1.0\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels", relsHead + "<Relationship Id=\"rId1\" Type=\"" + type +
                            "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", QByteArray("<?xml version=\"1.0\"?>\n<workbook xmlns=\"") + kMain +
                                "\" xmlns:r=\"" + kRelationships + "\">" + workbookPr +
                                "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" "
                                "r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/worksheets/sheet1.xml", sheet},
    };
    if (!sharedStrings.isEmpty()) {
        workbookRels += "<Relationship Id=\"rId2\" Type=\"" + type +
                        "sharedStrings\" Target=\"sharedStrings.xml\"/>";
        entries.append({"xl/sharedStrings.xml", sharedStrings});
    }
    if (!styles.isEmpty()) {
        workbookRels +=
            "<Relationship Id=\"rId3\" Type=\"" + type + "styles\" Target=\"styles.xml\"/>";
        entries.append({"xl/styles.xml", styles});
    }
    entries.append({"xl/_rels/workbook.xml.rels", workbookRels + "</Relationships>"});
    return entries;
}

void copyWithDeclaredSize(const QString& source, const QString& target, const QByteArray& name,
                          quint64 declaredSize)
{
    unzFile in = unzOpen64(QFile::encodeName(source).constData());
    REQUIRE(in);
    zipFile out = zipOpen64(QFile::encodeName(target).constData(), APPEND_STATUS_CREATE);
    REQUIRE(out);
    for (int status = unzGoToFirstFile(in); status == UNZ_OK; status = unzGoToNextFile(in)) {
        unz_file_info64 info{};
        char entryName[512] = {};
        REQUIRE(unzGetCurrentFileInfo64(in, &info, entryName, sizeof entryName, nullptr, 0, nullptr,
                                        0) == UNZ_OK);
        int method = 0;
        int level = 0;
        REQUIRE(unzOpenCurrentFile2(in, &method, &level, 1) == UNZ_OK); // raw: still compressed
        QByteArray raw;
        char buffer[16384];
        int read = 0;
        while ((read = unzReadCurrentFile(in, buffer, sizeof buffer)) > 0)
            raw.append(buffer, read);
        REQUIRE(read == 0);
        unzCloseCurrentFile(in);
        zip_fileinfo fileInfo{};
        REQUIRE(zipOpenNewFileInZip2_64(out, entryName, &fileInfo, nullptr, 0, nullptr, 0, nullptr,
                                        method, level, 1, 0) == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(out, raw.constData(), unsigned(raw.size())) == ZIP_OK);
        const quint64 size = name == entryName ? declaredSize : info.uncompressed_size;
        REQUIRE(zipCloseFileInZipRaw64(out, size, info.crc) == ZIP_OK);
    }
    unzClose(in);
    REQUIRE(zipClose(out, nullptr) == ZIP_OK);
}

} // namespace lp::test
