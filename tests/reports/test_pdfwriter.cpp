// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "core/reports/fontcheck.h"
#include "core/reports/pdfwriter.h"
#include "core/taskcontrol.h"
#include "tests/reports/reporttestsupport.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::reports;
using namespace lp::test;

namespace {
// A4 either way round: 595 x 842 points.
bool isLandscape(const QString& pdf, int page)
{
    const QStringList size = pdfPageSize(pdf, page).split(QStringLiteral(" x "));
    REQUIRE(size.size() == 2);
    const double width = size[0].toDouble();
    const double height = size[1].toDouble();
    REQUIRE(std::abs(std::max(width, height) - 842) < 1);
    REQUIRE(std::abs(std::min(width, height) - 595) < 1);
    return width > height;
}
} // namespace

TEST_CASE("PdfWriter: the text of every block comes back out of the PDF", "[pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("通报.pdf"));
    const Document document = everyBlockDocument();
    auto pages = PdfWriter::write(document, path);
    REQUIRE_OK(pages);
    CHECK(*pages == pdfPageCount(path));
    const QString text = squeezed(pdfText(path));
    for (const QString& expected :
         {QStringLiteral("陈仓区政法机关走访企业情况通报"), QStringLiteral("（2026年第3期）"),
          QStringLiteral("一、总体情况"), QStringLiteral("（一）主要做法"),
          QStringLiteral("1.落实首访责任制"), QStringLiteral("（1）问题清单逐个销号"),
          QStringLiteral("本月各政法单位共走访企业一百二十家，收集问题三十六个，已办结二十九个，满"
                         "意率百分之九十七。"),
          QStringLiteral("宝鸡某钛材料科技有限公司"),
          QStringLiteral("了解企业用工情况并讲解劳动合同法。"),
          QStringLiteral("某机械制造有限公司60"), QStringLiteral("2027-01-30"),
          QStringLiteral("填报单位（盖章）："), QStringLiteral("分页之后的段落。"),
          QStringLiteral("横向台账页眉")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
}

TEST_CASE("PdfWriter: all 3,755 level-1 GB 2312 characters extract unchanged, in both faces",
          "[pdf]")
{
    const QString characters = gb2312Level1();
    Document document;
    document.blocks.append(Paragraph{characters, Align::Left, false});
    document.blocks.append(PageBreak{});
    document.blocks.append(Heading{1, characters}); // headings use the sans face
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gb2312.pdf"));
    auto pages = PdfWriter::write(document, path);
    REQUIRE_OK(pages);
    const int pageCount = *pages;
    REQUIRE(pdfPageCount(path) == pageCount);
    // Each page's text once, without whitespace and without its page number "—N—".
    QStringList texts;
    for (int page = 1; page <= pageCount; ++page)
        texts.append(
            squeezed(pdfText(path, page)).remove(QRegularExpression(QStringLiteral("—\\d+—"))));
    const qsizetype headingPage = texts.indexOf(QRegularExpression(QStringLiteral("^一、.*")));
    REQUIRE(headingPage > 0);
    CHECK(texts.mid(0, headingPage).join(QString()) == characters);
    const QString heading = texts.mid(headingPage).join(QString());
    CHECK(heading == QStringLiteral("一、") + characters);
}

TEST_CASE("PdfWriter: every font is embedded and is one that extracts cleanly", "[pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fonts.pdf"));
    REQUIRE_OK(PdfWriter::write(everyBlockDocument(), path));
    const ToolRun fonts = runTool(QStringLiteral("pdffonts"), {path});
    REQUIRE(fonts.exitCode == 0);
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        INFO(line.toStdString());
        CHECK(line.contains(QStringLiteral(" yes "))); // the "emb" column
        CHECK_FALSE(line.contains(QStringLiteral("Noto")));
    }
    auto chosen = FontCheck::choose();
    REQUIRE_OK(chosen);
    for (const FontReport& report : FontCheck::verify(*chosen)) {
        INFO(report.family.toStdString());
        CHECK(report.checked);
        CHECK(report.extractsCleanly);
    }
}

TEST_CASE("PdfWriter: a long table repeats its header and page number on every page", "[pdf]")
{
    Document document;
    document.setup = PageSetup::ledger();
    Table table;
    table.columns = {
        {QStringLiteral("序号")}, {QStringLiteral("企业名称")}, {QStringLiteral("责任单位")}};
    for (int i = 1; i <= 200; ++i) {
        table.rows.append({TableCell{i}, TableCell{QStringLiteral("企业%1").arg(i)},
                           TableCell{QStringLiteral("区人民法院")}});
    }
    document.blocks.append(table);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.pdf"));
    auto pages = PdfWriter::write(document, path);
    REQUIRE_OK(pages);
    REQUIRE(*pages > 2);
    CHECK(pdfPageCount(path) == *pages);
    CHECK(isLandscape(path, 1));
    int lastRow = 0;
    for (int page = 1; page <= *pages; ++page) {
        const QString text = squeezed(pdfText(path, page));
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("序号企业名称责任单位")));
        CHECK(text.contains(QStringLiteral("—%1—").arg(page)));
        // Rows continue where the previous page stopped, none lost or repeated.
        const auto first = QRegularExpression(QStringLiteral("企业(\\d+)")).match(text);
        REQUIRE(first.hasMatch());
        CHECK(first.captured(1).toInt() == lastRow + 1);
        const auto all = QRegularExpression(QStringLiteral("企业(\\d+)")).globalMatch(text);
        auto iterator = all;
        while (iterator.hasNext())
            lastRow = iterator.next().captured(1).toInt();
    }
    CHECK(lastRow == 200);
}

TEST_CASE("PdfWriter: page and section breaks start new pages in their orientation", "[pdf]")
{
    Document document;
    document.blocks.append(Paragraph{QStringLiteral("第一页")});
    document.blocks.append(PageBreak{});
    document.blocks.append(Paragraph{QStringLiteral("第二页")});
    document.blocks.append(SectionBreak{PageSetup::ledger()});
    document.blocks.append(Paragraph{QStringLiteral("第三页横向")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("breaks.pdf"));
    auto pages = PdfWriter::write(document, path);
    REQUIRE_OK(pages);
    CHECK(*pages == 3);
    CHECK_FALSE(isLandscape(path, 2));
    CHECK(isLandscape(path, 3));
    CHECK(squeezed(pdfText(path, 3)).startsWith(QStringLiteral("第三页横向")));
    CHECK(squeezed(pdfText(path, 2)).contains(QStringLiteral("—2—")));
}

TEST_CASE("PdfWriter: a cancelled export leaves nothing behind and keeps the old file", "[pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.pdf"));
    writeBytes(path, "old");
    TaskControl control;
    control.cancelled = true;
    auto written = PdfWriter::write(everyBlockDocument(), path, &control);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == ErrorCode::Cancelled);
    CHECK(readBytes(path) == QByteArray("old"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("ledger.pdf")});
}

TEST_CASE("FontCheck: without a Chinese face that extracts cleanly it refuses, naming packages",
          "[pdf]")
{
    auto none =
        FontCheck::choose({QStringLiteral("No Such Song")}, {QStringLiteral("No Such Hei")});
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("fonts-arphic-uming")));
    CHECK(none.error().message.contains(QStringLiteral("fonts-wqy-microhei")));
    // One role missing borrows the other's face rather than failing.
    auto serifOnly =
        FontCheck::choose({QStringLiteral("AR PL UMing CN")}, {QStringLiteral("No Such Hei")});
    REQUIRE_OK(serifOnly);
    CHECK(serifOnly->sans == QStringLiteral("AR PL UMing CN"));
    auto chosen = FontCheck::choose();
    REQUIRE_OK(chosen);
    CHECK_FALSE(chosen->serif.contains(QStringLiteral("Noto")));
    CHECK_FALSE(chosen->sans.contains(QStringLiteral("Noto")));
}
