// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/reportbench.h"

#include <memory>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include "core/reports/docxwriter.h"
#include "core/reports/pdfwriter.h"
#include "core/reports/xlsxbookwriter.h"

using namespace Qt::StringLiterals;

namespace lp::bench {
namespace {

using reports::Align;
using reports::CellType;

std::shared_ptr<reports::Document> chineseTable(int rows)
{
    auto document = std::make_shared<reports::Document>();
    document->title = u"走访问题清单"_s;
    document->setup = reports::PageSetup::ledger();
    reports::Table table;
    table.caption = u"走访问题清单"_s;
    table.columns = {{u"序号"_s, 0.5, Align::Center, CellType::Number},
                     {u"问题编号"_s, 1.1, Align::Left, CellType::Text},
                     {u"企业名称"_s, 2.2, Align::Left, CellType::Text},
                     {u"问题类别"_s, 1, Align::Center, CellType::Text},
                     {u"问题描述"_s, 3, Align::Left, CellType::Text},
                     {u"责任单位"_s, 1.2, Align::Center, CellType::Text},
                     {u"办理时限"_s, 1.1, Align::Center, CellType::Date},
                     {u"状态"_s, 0.8, Align::Center, CellType::Text}};
    const QStringList enterprises{u"陈仓区某精密机械制造有限公司"_s, u"渭河某食品加工有限公司"_s,
                                  u"宝鸡某钛材料科技有限公司"_s};
    const QStringList categories{u"劳动用工"_s, u"合同履约"_s, u"知识产权"_s, u"治安环境"_s};
    for (int i = 0; i < rows; ++i) {
        table.rows.append({reports::TableCell{i + 1},
                           reports::TableCell{u"P2026-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'))},
                           reports::TableCell{enterprises[i % 3]},
                           reports::TableCell{categories[i % 4]},
                           reports::TableCell{u"企业反映职工欠薪纠纷，请求协助化解"_s},
                           reports::TableCell{u"区人民法院"_s},
                           reports::TableCell{QDate(2026, 1, 1).addDays(i % 365)},
                           reports::TableCell{u"办理中"_s}});
    }
    document->blocks.append(table);
    return document;
}

QString writeCsv(const reports::Document& document, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QTextStream out(&file);
    const auto& table = std::get<reports::Table>(document.blocks.first());
    QStringList header;
    for (const auto& column : table.columns)
        header.append(column.title);
    out << header.join(u',') << '\n';
    for (const auto& row : table.rows) {
        QStringList cells;
        for (const auto& cell : row)
            cells.append(reports::cellText(cell));
        out << cells.join(u',') << '\n';
    }
    return path;
}

// LibreOffice converting a CSV, as an office would without LinkPoint.
std::function<bool()> libreOffice(const QString& csv, const QString& format, const QString& scratch)
{
    const QString program = QStandardPaths::findExecutable(u"libreoffice"_s);
    if (program.isEmpty() || csv.isEmpty())
        return {};
    return [=] {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, scratch + u"/lo-home"_s);
        process.setProcessEnvironment(environment);
        process.start(program, {u"--headless"_s, u"--infilter=CSV:44,34,76,1"_s, u"--convert-to"_s,
                                format, u"--outdir"_s, scratch + u"/lo"_s, csv});
        return process.waitForFinished(300000) && process.exitCode() == 0;
    };
}

} // namespace

QList<Measure> reportMeasures(const QString& scratch)
{
    auto small = chineseTable(5000);
    auto large = chineseTable(40000);
    QList<Measure> measures;
    measures.append(
        {u"pdf_5000_rows_8_columns"_s, 2000, [small, scratch] {
             return std::function<bool()>([small, scratch] {
                 return reports::PdfWriter::write(*small, scratch + u"/t.pdf"_s).has_value();
             });
         }});
    measures.append(
        {u"docx_5000_rows_8_columns"_s, 1000, [small, scratch] {
             return std::function<bool()>([small, scratch] {
                 return reports::DocxWriter::write(*small, scratch + u"/t.docx"_s).has_value();
             });
         }});
    measures.append(
        {u"xlsx_40000_rows_8_columns"_s, 1200, [large, scratch] {
             return std::function<bool()>([large, scratch] {
                 return reports::XlsxBookWriter::write(*large, scratch + u"/t.xlsx"_s).has_value();
             });
         }});
    measures.append({u"libreoffice_csv_to_pdf_5000_rows"_s, 0,
                     [small, scratch] {
                         return libreOffice(writeCsv(*small, scratch + u"/small.csv"_s), u"pdf"_s,
                                            scratch);
                     },
                     true});
    measures.append({u"libreoffice_csv_to_xlsx_40000_rows"_s, 0,
                     [large, scratch] {
                         return libreOffice(writeCsv(*large, scratch + u"/large.csv"_s), u"xlsx"_s,
                                            scratch);
                     },
                     true});
    return measures;
}

} // namespace lp::bench
