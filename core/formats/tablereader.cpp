// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/tablereader.h"

#include <QDir>
#include <QFileInfo>

#include "core/formats/csvreader.h"
#include "core/formats/xlsxreader.h"

using namespace Qt::StringLiterals;

namespace lp::formats {

QStringList TableReader::acceptedSuffixes()
{
    return {u"xlsx"_s, u"csv"_s, u"txt"_s};
}

Result<SheetTable> TableReader::readTable(const QString& path, const QString& sheet,
                                          const TaskControl* control)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx"_s)
        return XlsxReader::read(path, sheet, control);
    if (suffix == u"csv"_s || suffix == u"txt"_s)
        return CsvReader::read(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (suffix == u"xls"_s) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is an old Excel 97-2003 workbook (.xls), which LinkPoint does not "
                       "read. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) or "
                       "as CSV, and import that file.")
                        .arg(shown),
                    suffix);
    }
    return fail(ErrorCode::InvalidInput,
                tr("LinkPoint cannot import %1: it imports Excel workbooks (.xlsx) and CSV or "
                   "tab-separated text files (.csv, .txt).")
                    .arg(shown),
                suffix);
}

} // namespace lp::formats
