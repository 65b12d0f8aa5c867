// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/docxzip.h"

#include <QDir>
#include <QFile>

#include <minizip/zip.h>

#include "core/reports/docxwriter.h"

using namespace Qt::StringLiterals;

namespace lp::reports::docx {

ZipWriter::ZipWriter(QString path)
    : m_path(std::move(path))
{}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(m_zip, nullptr);
}

Result<void> ZipWriter::check(int status, const char* call) const
{
    if (status == ZIP_OK)
        return {};
    return fail(ErrorCode::Io,
                DocxWriter::tr("The Word file %1 could not be written.")
                    .arg(QDir::toNativeSeparators(m_path)),
                u"%1 returned %2 (entry %3)"_s.arg(QLatin1String(call))
                    .arg(status)
                    .arg(QString::fromUtf8(m_entry)));
}

Result<void> ZipWriter::open()
{
    m_zip = zipOpen64(QFile::encodeName(m_path).constData(), APPEND_STATUS_CREATE);
    return check(m_zip ? ZIP_OK : ZIP_ERRNO, "zipOpen64");
}

Result<void> ZipWriter::add(const char* name, const QByteArray& data)
{
    if (auto begun = beginEntry(name); !begun)
        return begun;
    if (auto written = write(data); !written)
        return written;
    return endEntry();
}

Result<void> ZipWriter::beginEntry(const char* name)
{
    m_entry = name;
    zip_fileinfo info{};
    info.tmz_date.tm_mday = 1; // 1980-01-01: the same bytes for the same document
    info.tmz_date.tm_year = 1980;
    return check(zipOpenNewFileInZip64(m_zip, name, &info, nullptr, 0, nullptr, 0, nullptr,
                                       Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0),
                 "zipOpenNewFileInZip64");
}

Result<void> ZipWriter::write(const QByteArray& data)
{
    return check(zipWriteInFileInZip(m_zip, data.constData(), unsigned(data.size())),
                 "zipWriteInFileInZip");
}

Result<void> ZipWriter::endEntry()
{
    return check(zipCloseFileInZip(m_zip), "zipCloseFileInZip");
}

Result<void> ZipWriter::close()
{
    const int status = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    m_entry.clear();
    return check(status, "zipClose");
}

} // namespace lp::reports::docx
