// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/xlsxbookwriter.h"
#include "core/taskcontrol.h"
#include "tests/reports/reporttestsupport.h"
#include "tests/testsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace lp;
using namespace lp::reports;
using namespace lp::test;

namespace {

// Prints what openpyxl sees: sheet facts, then one line per cell: row, column, type, value.
const QString kDump = QStringLiteral(R"(
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
for ws in book.worksheets:
    print("SHEET", ws.title)
    print("FREEZE", ws.freeze_panes)
    print("FILTER", ws.auto_filter.ref)
    print("TITLES", ws.print_title_rows)
    print("ORIENT", ws.page_setup.orientation, ws.page_setup.paperSize)
    print("HEADER", ws.oddHeader.center.text)
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                print("CELL", c.row, c.column, type(c.value).__name__, c.value)
)");

Document ledger(int rows)
{
    Document document;
    document.title = QStringLiteral("走访问题清单");
    Table table;
    table.caption = QStringLiteral("2026年走访问题清单");
    table.columns = {{QStringLiteral("序号"), 0.5, Align::Center, CellType::Number},
                     {QStringLiteral("企业名称"), 2, Align::Left, CellType::Text},
                     {QStringLiteral("办理时限"), 1, Align::Center, CellType::Date},
                     {QStringLiteral("金额（万元）"), 1, Align::Right, CellType::Number}};
    for (int i = 1; i <= rows; ++i) {
        table.rows.append({TableCell{i}, TableCell{QStringLiteral("宝鸡某公司%1").arg(i)},
                           TableCell{QDate(2026, 12, 1).addDays(i)}, TableCell{i * 1.25}});
    }
    document.blocks.append(Title{QStringLiteral("不会出现在表格中的标题"), {}});
    document.blocks.append(table);
    return document;
}

} // namespace

TEST_CASE("XlsxBookWriter: openpyxl reads every cell back with its type", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("清单.xlsx"));
    REQUIRE_OK(XlsxBookWriter::write(ledger(30), path));
    const ToolRun dump = runPython(kDump, {path});
    INFO(dump.err.toStdString());
    REQUIRE(dump.exitCode == 0);
    const QStringList lines = dump.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.contains(QStringLiteral("SHEET 2026年走访问题清单")));
    CHECK(lines.contains(QStringLiteral("FREEZE A2")));
    CHECK(lines.contains(QStringLiteral("FILTER A1:D31")));
    CHECK(lines.contains(QStringLiteral("TITLES $1:$1")));
    CHECK(lines.contains(QStringLiteral("ORIENT landscape 9")));
    CHECK(lines.contains(QStringLiteral("HEADER 走访问题清单")));
    CHECK(lines.contains(QStringLiteral("CELL 1 1 str 序号")));
    CHECK(lines.contains(QStringLiteral("CELL 1 4 str 金额（万元）")));
    CHECK(lines.contains(QStringLiteral("CELL 2 1 int 1")));
    CHECK(lines.contains(QStringLiteral("CELL 2 2 str 宝鸡某公司1")));
    CHECK(lines.contains(QStringLiteral("CELL 2 3 datetime 2026-12-02 00:00:00")));
    CHECK(lines.contains(QStringLiteral("CELL 31 4 float 37.5")));
    CHECK_FALSE(dump.out.contains(QStringLiteral("不会出现在表格中的标题")));
    // 4 columns × (1 header + 30 rows)
    CHECK(lines.filter(QStringLiteral("CELL ")).size() == 4 * 31);
}

TEST_CASE("XlsxBookWriter: sheet names are made valid and unique", "[xlsx]")
{
    CHECK(XlsxBookWriter::sheetName(QStringLiteral("问题/清单[2026]"), {}) ==
          QStringLiteral("问题_清单_2026_"));
    CHECK(XlsxBookWriter::sheetName(QStringLiteral("清单"), {QStringLiteral("清单")}) ==
          QStringLiteral("清单 (2)"));
    CHECK(XlsxBookWriter::sheetName(QString(40, QLatin1Char('x')), {}).size() == 31);
    CHECK(XlsxBookWriter::sheetName(QStringLiteral("'quoted'"), {}) == QStringLiteral("quoted"));
}

TEST_CASE("XlsxBookWriter: a document without tables, or a cancelled export, writes nothing",
          "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.xlsx"));
    Document prose;
    prose.title = QStringLiteral("会议纪要");
    prose.blocks.append(Paragraph{QStringLiteral("只有文字。")});
    auto refused = XlsxBookWriter::write(prose, path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("会议纪要")));

    TaskControl control;
    control.cancelled = true;
    auto cancelled = XlsxBookWriter::write(ledger(10), path, &control);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
