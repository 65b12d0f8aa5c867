// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/reports/reporttestsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace lp::test {

ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs,
                const QString& home)
{
    const QString path =
        program.startsWith(u'/') ? program : QStandardPaths::findExecutable(program);
    INFO("tool " << program.toStdString() << " must be installed (CI installs it)");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    if (!home.isEmpty())
        environment.insert(u"HOME"_s, home); // LibreOffice's profile goes there
    process.setProcessEnvironment(environment);
    process.start(path, arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(timeoutMs));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

ToolRun runPython(const QString& script, const QStringList& arguments)
{
    return runTool(u"/usr/bin/python3"_s, QStringList{u"-c"_s, script} + arguments, 120000);
}

QString pdfText(const QString& pdf, int page)
{
    QStringList arguments{u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    const ToolRun run = runTool(u"pdftotext"_s, arguments << pdf << u"-"_s);
    REQUIRE(run.exitCode == 0);
    return run.out;
}

int pdfPageCount(const QString& pdf)
{
    const ToolRun run = runTool(u"pdfinfo"_s, {pdf});
    REQUIRE(run.exitCode == 0);
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run.out);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString pdfPageSize(const QString& pdf, int page)
{
    const ToolRun run = runTool(
        u"pdfinfo"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf});
    const auto match =
        QRegularExpression(u"Page\\s+%1 size:\\s+([\\d.]+ x [\\d.]+)"_s.arg(page)).match(run.out);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

QList<QStringList> docxTableRows(const QString& docx, int table)
{
    const ToolRun run = runPython(u"import docx, sys\n"
                                  "d = docx.Document(sys.argv[1])\n"
                                  "for r in d.tables[int(sys.argv[2])].rows:\n"
                                  "    print('\\t'.join(c.text.replace('\\n', '\\\\n') "
                                  "for c in r.cells))\n"_s,
                                  {docx, QString::number(table)});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QList<QStringList> rows;
    for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts))
        rows.append(line.split(u'\t'));
    return rows;
}

QStringList docxParagraphs(const QString& docx)
{
    const ToolRun run = runPython(u"import docx, sys\n"
                                  "for p in docx.Document(sys.argv[1]).paragraphs:\n"
                                  "    print(p.text)\n"_s,
                                  {docx});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out.split(u'\n');
}

QList<QStringList> xlsxRows(const QString& xlsx)
{
    const ToolRun run = runPython(u"import openpyxl, sys\n"
                                  "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                                  "def text(v):\n"
                                  "    if v is None: return ''\n"
                                  "    if hasattr(v, 'strftime'): return v.strftime('%Y-%m-%d')\n"
                                  "    return str(v).replace('\\n', '\\\\n')\n"
                                  "for row in ws.iter_rows(values_only=True):\n"
                                  "    print('\\t'.join(text(v) for v in row))\n"_s,
                                  {xlsx});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QList<QStringList> rows;
    for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts))
        rows.append(line.split(u'\t'));
    return rows;
}

QString squeezed(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

QString gb2312Level1()
{
    QByteArray bytes;
    for (int row = 0xB0; row <= 0xD7; ++row) {
        const int lastCell = row == 0xD7 ? 0xF9 : 0xFE;
        for (int cell = 0xA1; cell <= lastCell; ++cell)
            bytes.append(char(row)).append(char(cell));
    }
    QStringDecoder decoder("GB18030");
    REQUIRE(decoder.isValid());
    const QString text = decoder(bytes);
    REQUIRE(text.size() == 3755);
    return text;
}

reports::Document everyBlockDocument()
{
    using namespace reports;
    Document document;
    document.title = u"测试文档"_s;
    document.blocks.append(Title{u"陈仓区政法机关走访企业情况通报"_s, u"（2026年第3期）"_s});
    document.blocks.append(Heading{1, u"总体情况"_s});
    document.blocks.append(Paragraph{
        u"本月各政法单位共走访企业一百二十家，收集问题三十六个，已办结二十九个，满意率百分之九十七。"_s});
    document.blocks.append(Heading{2, u"主要做法"_s});
    document.blocks.append(Heading{3, u"落实首访责任制"_s});
    document.blocks.append(Heading{4, u"问题清单逐个销号"_s});
    document.blocks.append(Paragraph{u"对移交区直部门的问题，走访单位持续督办直至解决。"_s});
    document.blocks.append(
        KeyValueForm{2,
                     {{u"企业名称"_s, u"宝鸡某钛材料科技有限公司"_s},
                      {u"走访日期"_s, u"2026-11-20"_s},
                      {u"走访内容"_s, u"了解企业用工情况并讲解劳动合同法。"_s, true, 3}}});
    Table table;
    table.caption = u"走访问题清单"_s;
    table.columns = {{u"序号"_s, 0.6, Align::Center, CellType::Number},
                     {u"企业"_s, 2, Align::Left, CellType::Text},
                     {u"类别"_s, 1, Align::Center, CellType::Text},
                     {u"描述"_s, 3, Align::Left, CellType::Text},
                     {u"时限"_s, 1.2, Align::Center, CellType::Date}};
    table.header = {{TableCell{u"序号"_s, 1, 2}, TableCell{u"企业"_s, 1, 2},
                     TableCell{u"问题"_s, 2, 1}, TableCell{u"时限"_s, 1, 2}},
                    {TableCell{u"类别"_s}, TableCell{u"描述"_s}}};
    for (int i = 1; i <= 60; ++i) {
        table.rows.append({TableCell{i}, TableCell{u"某机械制造有限公司%1"_s.arg(i)},
                           TableCell{u"劳动用工"_s}, TableCell{u"拖欠工资问题第%1项"_s.arg(i)},
                           TableCell{QDate(2026, 12, 1).addDays(i)}});
    }
    document.blocks.append(table);
    document.blocks.append(SignatureBlock{{{u"填报单位（盖章）"_s, {}},
                                           {u"负责人"_s, {}},
                                           {u"填表人"_s, u"王磊"_s},
                                           {u"日期"_s, u"2026年11月22日"_s}}});
    document.blocks.append(PageBreak{});
    document.blocks.append(Paragraph{u"分页之后的段落。"_s});
    PageSetup landscape = PageSetup::ledger();
    landscape.headerText = u"横向台账页眉"_s;
    document.blocks.append(SectionBreak{landscape});
    document.blocks.append(Paragraph{u"横向节中的段落，含特殊字符 & < > 以及控制字符\x01。"_s});
    return document;
}

} // namespace lp::test
