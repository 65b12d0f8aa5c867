// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for XlsxReader. An input that starts like a ZIP file is read as the whole
// workbook, so mutations reach the archive layer. Any other input is split at NUL bytes into a
// sheet, shared strings and styles, which are packed (stored, uncompressed) into a workbook
// first, so mutations reach the XML parsers directly rather than dying in deflate or CRC checks.
// Each process writes its inputs to one temporary file, removed at exit.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QList>

#include <minizip/zip.h>

#include "core/formats/xlsxreader.h"

using namespace Qt::StringLiterals;
using lp::formats::XlsxLimits;
using lp::formats::XlsxReader;

namespace {

const QString& workbookPath()
{
    static const QString path = [] {
        QString chosen = QDir::temp().filePath(
            u"linkpoint-fuzz-%1.xlsx"_s.arg(QCoreApplication::applicationPid()));
        static QByteArray encoded = QFile::encodeName(chosen);
        std::atexit([] { std::remove(encoded.constData()); });
        return chosen;
    }();
    return path;
}

bool writeRaw(const QByteArray& bytes)
{
    QFile file(workbookPath());
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

bool writePacked(const QByteArray& input)
{
    const QList<QByteArray> parts = input.split('\0');
    const QByteArray relationships = "http://schemas.openxmlformats.org/officeDocument/2006/"
                                     "relationships";
    const QByteArray relsHead = "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                                "package/2006/relationships\">";
    QList<std::pair<const char*, QByteArray>> entries{
        {"_rels/.rels", relsHead + "<Relationship Id=\"r1\" Type=\"" + relationships +
                            "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml",
         "<workbook xmlns:r=\"" + relationships +
             "\"><workbookPr/><sheets><sheet name=\"S\" r:id=\"r1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         relsHead + "<Relationship Id=\"r1\" Type=\"" + relationships +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"r2\" Type=\"" +
             relationships +
             "/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship "
             "Id=\"r3\" Type=\"" +
             relationships +
             "/styles\" Target=\"/xl/styles.xml\"/>"
             "</Relationships>"},
        {"xl/worksheets/sheet1.xml", parts.value(0)},
    };
    if (parts.size() > 1)
        entries.append({"xl/sharedStrings.xml", parts.value(1)});
    if (parts.size() > 2)
        entries.append({"xl/styles.xml", parts.value(2)});

    zipFile zip = zipOpen64(QFile::encodeName(workbookPath()).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto& [name, data] : entries) {
        zip_fileinfo info{};
        ok = ok &&
             zipOpenNewFileInZip64(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, 0, 0, 0) ==
                 ZIP_OK &&
             zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK &&
             zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const bool written = input.startsWith("PK") ? writeRaw(input) : writePacked(input);
    if (!written)
        std::abort(); // the harness itself failed: nothing was tested

    XlsxLimits limits;
    limits.maxPartBytes = 4 * 1024 * 1024LL;
    limits.maxRows = 10'000;
    limits.maxColumns = 1'000;
    limits.maxCells = 100'000;
    limits.maxGridCells = 200'000;
    limits.maxSharedStrings = 100'000;
    const auto table = XlsxReader::read(workbookPath(), {}, nullptr, limits);
    if (!table) {
        if (table.error().message.isEmpty())
            std::abort(); // every refusal explains itself
        return 0;
    }
    if (table->rows.size() > limits.maxRows)
        std::abort();
    for (const QStringList& row : table->rows) {
        if (row.size() > limits.maxColumns)
            std::abort();
    }
    (void)XlsxReader::sheetNames(workbookPath(), limits);
    return 0;
}
