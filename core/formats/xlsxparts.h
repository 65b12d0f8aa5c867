// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The workbook-wide parts of an XLSX file that a sheet needs: the sheet list (workbook.xml),
// the number format of every cell style (styles.xml) and the shared strings
// (sharedStrings.xml). Rich text runs are joined; phonetic runs (<rPh>) are left out.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/formats/xlsxvalues.h"
#include "core/result.h"

class QXmlStreamReader;

namespace lp::formats::xlsx {

class XlsxPackage;

struct WorkbookSheet {
    QString name;
    QString relationshipId;
};

struct Workbook {
    QList<WorkbookSheet> sheets; // in the workbook's order
    bool date1904 = false;
};

// The number format of each cell style, by the index a cell's s="" names.
struct CellStyles {
    QList<NumberFormat> formats;

    [[nodiscard]] NumberFormat format(qsizetype styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < formats.size() ? formats[styleIndex]
                                                              : NumberFormat{};
    }
};

class XlsxParts final {
    Q_DECLARE_TR_FUNCTIONS(XlsxParts)
public:
    static Result<Workbook> readWorkbook(XlsxPackage& package, const QString& part);
    static Result<CellStyles> readStyles(XlsxPackage& package, const QString& part);
    static Result<QStringList> readSharedStrings(XlsxPackage& package, const QString& part,
                                                 qsizetype maxStrings);
    // The text of an <si> or <is> element the reader stands on, up to its end element.
    static QString readRichText(QXmlStreamReader& xml);
};

} // namespace lp::formats::xlsx
