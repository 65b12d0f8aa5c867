// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The DOCX writer, read back four ways: minizip + QXmlStreamReader (the parts and their
// markup), python-docx (what a program reading Word files sees), LibreOffice (converts it to a
// PDF whose text and page count poppler reads) and the file system (cancelled writes).
#include <atomic>
#include <thread>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include "core/reports/docxwriter.h"
#include "core/taskcontrol.h"
#include "tests/reports/reporttestsupport.h"
#include "tests/testsupport.h"

using namespace Qt::StringLiterals;
using namespace lp;
using namespace lp::reports;
using namespace lp::test;

namespace {

const QString Escaped = u"甲&乙<丙\x01丁"_s;
const QString FirstParagraph =
    u"今年以来，街道坚持和发展新时代“枫桥经验”，深入开展矛盾纠纷排查化解工作，"
    u"做到小事不出村、大事不出镇、矛盾不上交。"_s;

Table ledgerTable(int rows)
{
    Table table;
    table.caption = u"矛盾纠纷排查化解台账"_s;
    table.columns = {{u"序号"_s, 0.6, Align::Center, CellType::Number},
                     {u"姓名"_s, 1, Align::Left, CellType::Text},
                     {u"电话"_s, 1.4, Align::Left, CellType::Text},
                     {u"事项"_s, 3, Align::Left, CellType::Text},
                     {u"受理日期"_s, 1.2, Align::Center, CellType::Date}};
    // Two header rows: 序号, 事项 and 受理日期 span both, 当事人 spans 姓名 and 电话.
    table.header = {
        {{u"序号"_s, 1, 2}, {u"当事人"_s, 2, 1}, {u"事项"_s, 1, 2}, {u"受理日期"_s, 1, 2}},
        {{u"姓名"_s, 1, 1}, {u"电话"_s, 1, 1}}};
    for (int i = 1; i <= rows; ++i) {
        TableRow row{{i, 1, 1},
                     {u"当事人%1"_s.arg(i), 1, 1},
                     {u"1380000%1"_s.arg(i, 4, 10, QChar(u'0')), 1, 1}};
        if (i == 1)
            row.append({u"三户共用楼道堆物纠纷"_s, 1, 3}); // covers 事项 in rows 2 and 3
        else if (i > 3)
            row.append({u"物业服务费纠纷"_s, 1, 1});
        row.append({QDate(2026, 11, 1).addDays(i % 20), 1, 1});
        table.rows.append(row);
    }
    return table;
}

Document sampleDocument(int ledgerRows = 60)
{
    PageSetup ledger = PageSetup::ledger();
    ledger.headerText = u"矛盾纠纷排查化解台账（2026年11月）"_s;
    KeyValueForm form;
    form.fields = {{u"姓名"_s, u"张三"_s},
                   {u"性别"_s, u"男"_s},
                   {u"联系电话"_s, u"13800001234"_s},
                   {u"所属单位"_s, u"司法所"_s},
                   {u"问题描述"_s, u"第一行情况\n第二行情况"_s, true, 4}};
    Document document;
    document.title = u"矛盾纠纷排查化解工作报告"_s;
    document.blocks = {
        Title{u"矛盾纠纷排查化解工作报告"_s, u"（2026年11月）"_s},
        Heading{1, u"基本情况"_s},
        Paragraph{FirstParagraph.repeated(4)},
        Heading{2, u"排查情况"_s},
        Paragraph{u"共排查矛盾纠纷一百二十件，化解一百一十五件。"_s.repeated(6)},
        Heading{3, u"重点领域"_s},
        Heading{4, u"物业纠纷"_s},
        Paragraph{Escaped + u" \"引号\" '撇号'"_s},
        form,
        SignatureBlock{
            {{u"填报单位（盖章）"_s, {}}, {u"填表人"_s, {}}, {u"日期"_s, u"2026年11月22日"_s}}},
        PageBreak{},
        Paragraph{u"附：台账见下页。"_s, Align::Center, false},
        SectionBreak{ledger},
        ledgerTable(ledgerRows),
    };
    return document;
}

QByteArray zipEntry(const QString& zipPath, const char* name)
{
    unzFile zip = unzOpen64(QFile::encodeName(zipPath).constData());
    REQUIRE(zip != nullptr);
    QByteArray data;
    if (unzLocateFile(zip, name, 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[65536];
        int read = 0;
        while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            data.append(buffer, read);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return data;
}

QStringList zipEntries(const QString& zipPath)
{
    unzFile zip = unzOpen64(QFile::encodeName(zipPath).constData());
    REQUIRE(zip != nullptr);
    QStringList names;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        char name[512];
        unzGetCurrentFileInfo64(zip, nullptr, name, sizeof name, nullptr, 0, nullptr, 0);
        names.append(QString::fromUtf8(name));
    }
    unzClose(zip);
    return names;
}

// The parser's complaint, or empty for well-formed XML.
QString xmlError(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() : QString();
}

// For each table, the grid width each of its rows covers (sum of w:gridSpan), as
// "columns: row widths…" strings; every row of a well-formed table covers all its columns.
QStringList tableRowWidths(const QByteArray& xml)
{
    QStringList tables;
    QStringList widths;
    int gridColumns = 0;
    int rowWidth = 0;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        const QStringView name = reader.qualifiedName();
        if (reader.isStartElement() && name == u"w:tbl") {
            gridColumns = 0;
            widths.clear();
        } else if (reader.isStartElement() && name == u"w:gridCol") {
            ++gridColumns;
        } else if (reader.isStartElement() && name == u"w:tr") {
            rowWidth = 0;
        } else if (reader.isStartElement() && name == u"w:tc") {
            ++rowWidth;
        } else if (reader.isStartElement() && name == u"w:gridSpan") {
            rowWidth += reader.attributes().value(u"w:val"_s).toInt() - 1;
        } else if (reader.isEndElement() && name == u"w:tr") {
            widths.append(QString::number(rowWidth));
        } else if (reader.isEndElement() && name == u"w:tbl") {
            widths.removeDuplicates();
            tables.append(QString::number(gridColumns) + u": "_s + widths.join(u' '));
        }
    }
    return tables;
}

struct Written {
    QTemporaryDir dir;
    QString path;
};

std::unique_ptr<Written> writeSample()
{
    auto written = std::make_unique<Written>();
    REQUIRE(written->dir.isValid());
    written->path = written->dir.filePath(u"报告.docx"_s);
    REQUIRE_OK(DocxWriter::write(sampleDocument(), written->path));
    return written;
}

} // namespace

TEST_CASE("DocxWriter: the package holds every part and each part is well-formed XML", "[docx]")
{
    const auto written = writeSample();
    const QStringList entries = zipEntries(written->path);
    for (const char* part :
         {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
          "word/styles.xml", "word/settings.xml", "word/fontTable.xml",
          "word/_rels/document.xml.rels", "word/footer1.xml", "word/footer3.xml",
          "word/header1.xml", "word/header2.xml"}) {
        INFO(part);
        CHECK(entries.contains(QString::fromUtf8(part)));
    }
    for (const QString& entry : entries) {
        INFO(entry.toStdString());
        CHECK(xmlError(zipEntry(written->path, entry.toUtf8().constData())).isEmpty());
    }
    CHECK(QString::fromUtf8(zipEntry(written->path, "docProps/core.xml"))
              .contains(u"<dc:title>矛盾纠纷排查化解工作报告</dc:title>"_s));
}

TEST_CASE("DocxWriter: tables repeat their header rows, merge spans and never split rows", "[docx]")
{
    const auto written = writeSample();
    const QString xml = QString::fromUtf8(zipEntry(written->path, "word/document.xml"));
    CHECK(xml.count(u"<w:tblHeader/>"_s) == 2);
    CHECK(xml.count(u"<w:cantSplit/>"_s) == 62);
    CHECK(xml.contains(u"<w:gridSpan w:val=\"2\"/>"_s));
    CHECK(xml.count(u"<w:vMerge w:val=\"restart\"/>"_s) == 4);
    CHECK(xml.count(u"<w:vMerge/>"_s) == 5); // 3 in the second header row, 2 under 事项
    CHECK(xml.contains(u"<w:trHeight w:val=\"2240\" w:hRule=\"atLeast\"/>"_s)); // 4 lines
    CHECK(xml.contains(u"第一行情况</w:t><w:br/><w:t xml:space=\"preserve\">第二行情况"_s));
    // The form has four grid columns, the ledger five; every row covers all of them.
    CHECK(tableRowWidths(zipEntry(written->path, "word/document.xml")) ==
          QStringList{u"4: 4"_s, u"5: 5"_s});
}

TEST_CASE("DocxWriter: sections carry their page setup, header and page-number footer", "[docx]")
{
    const auto written = writeSample();
    const QString xml = QString::fromUtf8(zipEntry(written->path, "word/document.xml"));
    CHECK(xml.count(u"<w:sectPr>"_s) == 2);
    CHECK(xml.contains(u"<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"_s));
    CHECK(xml.contains(u"<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"_s));
    CHECK(xml.contains(u"<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" "
                       u"w:left=\"1587\""_s));
    CHECK(xml.count(u"<w:footerReference w:type=\"default\" r:id=\"rId4\"/>"_s) == 2);
    CHECK(xml.count(u"<w:footerReference w:type=\"even\" r:id=\"rIdEvenFooter\"/>"_s) == 2);
    CHECK(xml.count(u"<w:headerReference w:type=\"even\""_s) == 2);
    CHECK(xml.indexOf(u"<w:sectPr>"_s, xml.indexOf(u"</w:tbl>"_s)) > 0); // the last one ends body
    const QString footer = QString::fromUtf8(zipEntry(written->path, "word/footer1.xml"));
    CHECK(footer.contains(u"<w:t xml:space=\"preserve\">— </w:t>"_s));
    CHECK(footer.contains(u"<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"_s));
    CHECK(footer.contains(u"<w:t xml:space=\"preserve\"> —</w:t>"_s));
    // GB/T 9704: odd page numbers at the right, even ones at the left, one character in.
    CHECK(footer.contains(u"<w:ind w:right=\"280\"/><w:jc w:val=\"right\"/>"_s));
    const QString even = QString::fromUtf8(zipEntry(written->path, "word/footer3.xml"));
    CHECK(even.contains(u"<w:ind w:left=\"280\"/><w:jc w:val=\"left\"/>"_s));
    CHECK(even.contains(u"<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"_s));
    CHECK(QString::fromUtf8(zipEntry(written->path, "word/settings.xml"))
              .contains(u"<w:evenAndOddHeaders/>"_s));
    // The first section has no running header, so it names an empty one rather than inherit.
    CHECK(QString::fromUtf8(zipEntry(written->path, "word/header1.xml")).contains(u"<w:p>"_s));
    CHECK(QString::fromUtf8(zipEntry(written->path, "word/header2.xml"))
              .contains(u"矛盾纠纷排查化解台账（2026年11月）"_s));
}

TEST_CASE("DocxWriter: text is escaped and characters XML cannot hold show as U+FFFD", "[docx]")
{
    const auto written = writeSample();
    const QString xml = QString::fromUtf8(zipEntry(written->path, "word/document.xml"));
    CHECK(xml.contains(u"甲&amp;乙&lt;丙\uFFFD丁 &quot;引号&quot; &apos;撇号&apos;"_s));
    CHECK_FALSE(xml.contains(QChar(1)));
    CHECK(xml.contains(u"一、基本情况"_s));
    CHECK(xml.contains(u"（一）排查情况"_s));
    CHECK(xml.contains(u"1.重点领域"_s));
    CHECK(xml.contains(u"（1）物业纠纷"_s));
    CHECK(xml.contains(u"填表人：________________"_s));
    CHECK(xml.contains(u"日期：2026年11月22日"_s));
}

TEST_CASE("DocxWriter: lone surrogates and non-characters become U+FFFD, tabs and line breaks "
          "become Word's",
          "[docx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.docx"_s);
    const QString text = u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xFFFE) + u"c"_s + QChar(0xDC00) +
                         u"\U00020000\td\r\ne\rf"_s;
    Document document;
    document.blocks = {Paragraph{text}};
    REQUIRE_OK(DocxWriter::write(document, path));
    const QString xml = QString::fromUtf8(zipEntry(path, "word/document.xml"));
    CHECK(xmlError(xml.toUtf8()).isEmpty());
    CHECK(xml.contains(u"a\uFFFDb\uFFFDc\uFFFD\U00020000</w:t><w:tab/><w:t xml:space=\"preserve\">d"
                       u"</w:t><w:br/><w:t xml:space=\"preserve\">e</w:t><w:br/>"
                       u"<w:t xml:space=\"preserve\">f</w:t>"_s));
}

TEST_CASE("DocxWriter: styles name the office faces, with Latin and substitute fonts", "[docx]")
{
    const auto written = writeSample();
    const QString styles = QString::fromUtf8(zipEntry(written->path, "word/styles.xml"));
    for (const QString& face :
         {u"仿宋_GB2312"_s, u"方正小标宋简体"_s, u"黑体"_s, u"楷体_GB2312"_s}) {
        INFO(face.toStdString());
        CHECK(styles.contains(u"w:eastAsia=\""_s + face + u'"'));
    }
    CHECK(styles.contains(u"w:ascii=\"Times New Roman\""_s));
    CHECK(styles.contains(u"<w:sz w:val=\"44\"/>"_s)); // 2号 title
    CHECK(styles.contains(u"<w:sz w:val=\"32\"/>"_s)); // 3号 body
    CHECK(styles.contains(u"w:line=\"560\" w:lineRule=\"exact\""_s));
    CHECK(styles.contains(u"w:firstLineChars=\"200\" w:firstLine=\"640\""_s));
    const QString fonts = QString::fromUtf8(zipEntry(written->path, "word/fontTable.xml"));
    CHECK(fonts.contains(u"<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"FangSong\"/>"_s));
    CHECK(fonts.contains(u"<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei\"/>"_s));
    CHECK(fonts.contains(u"<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"KaiTi\"/>"_s));
    CHECK(fonts.contains(u"<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"SimSun\"/>"_s));
}

TEST_CASE("DocxWriter: python-docx reads the tables, styles and paragraph texts", "[docx]")
{
    const auto written = writeSample();
    REQUIRE(QFile::exists(u"/usr/bin/python3"_s));
    const QString script = uR"(
import sys, docx
d = docx.Document(sys.argv[1])
print("tables", len(d.tables), [len(t.rows) for t in d.tables])
names = {s.name for s in d.styles}
for name in ["Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4"]:
    print("style", name, name in names)
for p in d.paragraphs:
    if p.text:
        print("paragraph", p.style.name, p.text)
print("cell", d.tables[1].cell(3, 1).text, d.tables[1].cell(3, 4).text)
print("sections", len(d.sections), int(d.sections[1].orientation))
)"_s;
    const ToolRun result = runPython(script, {written->path});
    INFO(result.out.toStdString() + result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(u"tables 2 [3, 62]"_s));
    for (const QString& style :
         {u"Normal"_s, u"Title"_s, u"Heading 1"_s, u"Heading 2"_s, u"Heading 3"_s, u"Heading 4"_s})
        CHECK(result.out.contains(u"style "_s + style + u" True"_s));
    CHECK(result.out.contains(u"paragraph Title 矛盾纠纷排查化解工作报告"_s));
    CHECK(result.out.contains(u"paragraph Subtitle （2026年11月）"_s));
    CHECK(result.out.contains(u"paragraph Heading 1 一、基本情况"_s));
    CHECK(result.out.contains(u"paragraph Heading 4 （1）物业纠纷"_s));
    CHECK(result.out.contains(u"paragraph Normal "_s + FirstParagraph));
    CHECK(result.out.contains(u"paragraph Normal 甲&乙<丙\uFFFD丁"_s));
    CHECK(result.out.contains(u"cell 当事人2 2026-11-03"_s));
    CHECK(result.out.contains(u"sections 2 1"_s)); // the second section is landscape
}

TEST_CASE("DocxWriter: LibreOffice converts the file to a PDF of several pages with its text",
          "[docx]")
{
    const auto written = writeSample();
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const ToolRun converted = runTool(u"libreoffice"_s,
                                      {u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s,
                                       written->dir.path(), written->path},
                                      120000, home.path());
    INFO(converted.out.toStdString() + converted.err.toStdString());
    REQUIRE(converted.exitCode == 0);
    const QString pdf = written->dir.filePath(u"报告.pdf"_s);
    REQUIRE(QFile::exists(pdf));

    // pdftotext puts spaces between Chinese and Latin text and breaks lines: compare without.
    const QString flat = squeezed(pdfText(pdf));
    INFO(flat.toStdString());
    CHECK(flat.contains(u"矛盾纠纷排查化解工作报告"_s));
    CHECK(flat.contains(u"一、基本情况"_s));
    CHECK(flat.contains(u"今年以来，街道坚持和发展新时代"_s));
    CHECK(flat.contains(u"（1）物业纠纷"_s));
    CHECK(flat.contains(u"问题描述"_s));
    CHECK(flat.contains(u"当事人60"_s));
    CHECK(flat.contains(u"矛盾纠纷排查化解台账（2026年11月）"_s)); // the ledger's running header
    CHECK(flat.contains(u"—1—"_s));

    CHECK(pdfPageCount(pdf) > 1);
}

TEST_CASE("DocxWriter: a cancelled write leaves no file and keeps an existing target", "[docx]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"台账.docx"_s);
    TaskControl control;
    control.cancelled = true;
    auto result = DocxWriter::write(sampleDocument(), target, &control);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Cancelled);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    writeBytes(target, "an earlier report");
    result = DocxWriter::write(sampleDocument(), target, &control);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Cancelled);
    CHECK(readBytes(target) == QByteArray("an earlier report"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"台账.docx"_s});
}

TEST_CASE("DocxWriter: a write cancelled half-way removes its temporary file", "[docx]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"台账.docx"_s);
    writeBytes(target, "an earlier report");
    const Document document = sampleDocument(200000);
    TaskControl control;
    std::atomic<bool> finished{false};
    Result<void> result;
    std::thread writer([&] {
        result = DocxWriter::write(document, target, &control);
        finished = true;
    });
    while (control.done < 100 && !finished)
        std::this_thread::yield();
    const long long doneWhenCancelled = control.done;
    control.cancelled = true;
    writer.join();
    REQUIRE(doneWhenCancelled < control.total);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Cancelled);
    CHECK(control.done < control.total);
    CHECK(readBytes(target) == QByteArray("an earlier report"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"台账.docx"_s});
}

TEST_CASE("DocxWriter: progress counts every block and table row", "[docx]")
{
    QTemporaryDir dir;
    TaskControl control;
    REQUIRE_OK(DocxWriter::write(sampleDocument(), dir.filePath(u"a.docx"_s), &control));
    CHECK(control.total == 14 + 60);
    CHECK(control.done == control.total);
}

TEST_CASE("DocxWriter: a missing folder is an Io error", "[docx]")
{
    QTemporaryDir dir;
    auto result = DocxWriter::write(sampleDocument(), dir.filePath(u"missing/a.docx"_s));
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Io);
}
