// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imports/importreport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include "core/reports/document.h"
#include "core/reports/xlsxbookwriter.h"

using namespace Qt::StringLiterals;

namespace lp::imports {

QString ImportReport::pathFor(const QString& inputPath)
{
    const QFileInfo input(inputPath);
    return input.dir().filePath(input.completeBaseName() + u".errors.xlsx"_s);
}

Result<QString> ImportReport::write(const ImportPlan& plan, const QList<ImportProblem>& problems)
{
    QHash<int, const ImportRow*> rows;
    for (const ImportRow& row : plan.rows)
        rows.insert(row.sheetRow, &row);

    reports::Table table;
    table.caption = tr("Import problems");
    table.columns = {{tr("Row"), 1, reports::Align::Right, reports::CellType::Number},
                     {tr("Column"), 3},
                     {tr("Enterprise name"), 6},
                     {tr("Credit code"), 4},
                     {tr("Problem and how to fix it"), 12}};
    for (const ImportProblem& problem : problems) {
        const ImportRow* row = rows.value(problem.sheetRow);
        table.rows.append({{problem.sheetRow},
                           {problem.field},
                           {row ? row->record.name : QString()},
                           {row ? row->record.creditCode : QString()},
                           {problem.message}});
    }
    reports::Document document;
    document.title = tr("Problems importing %1").arg(QFileInfo(plan.path).fileName());
    document.setup = reports::PageSetup::ledger();
    document.blocks.append(table);
    const QString path = pathFor(plan.path);
    if (auto written = reports::XlsxBookWriter::write(document, path); !written)
        return fail(written.error());
    return path;
}

} // namespace lp::imports
