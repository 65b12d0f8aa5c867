// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The one document model every report is built as and every writer (PDF, DOCX, XLSX, print
// preview) renders. Report builders turn records into a Document; writers never query the
// database. Page setup follows GB/T 9704-2012 (../shared/RESEARCH.md §3): A4, margins
// 37/35/28/26 mm, 3号 (16 pt) body text, 2号 (22 pt) title, page numbers "— N —".
#pragma once

#include <variant>

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace lp::reports {

enum class Orientation { Portrait, Landscape };
enum class Align { Left, Center, Right };

struct PageSetup {
    Orientation orientation = Orientation::Portrait;
    double marginTopMm = 37;
    double marginBottomMm = 35;
    double marginLeftMm = 28; // binding side
    double marginRightMm = 26;
    double bodyPt = 16;      // 3号
    double titlePt = 22;     // 2号
    QString headerText;      // running header on every page; empty for none
    bool pageNumbers = true; // "— N —" below the text area

    // Portrait GB/T 9704 layout for minutes, forms, agreements and booklets.
    static PageSetup official();
    // Landscape A4 for ledgers: narrower margins and 五号 (10.5 pt) type so wide tables fit.
    static PageSetup ledger();
};

struct Title {
    QString text;
    QString subtitle; // optional, printed below in body type
};

// Headings at the four official levels; writers number them 一、 （一） 1. （1） in order.
struct Heading {
    int level = 1; // 1..4
    QString text;
};

struct Paragraph {
    QString text;
    Align align = Align::Left;
    bool firstLineIndent = true; // two characters, as official documents indent
};

// A registration form (登记表): label cells and value cells, `pairsPerRow` pairs side by side;
// a field marked fullRow takes a whole row, and minLines makes room for handwriting.
struct FormField {
    QString label;
    QString value;
    bool fullRow = false;
    int minLines = 1;
};
struct KeyValueForm {
    int pairsPerRow = 2;
    QList<FormField> fields;
};

enum class CellType { Text, Number, Date };

struct TableColumn {
    QString title;
    double width = 1; // relative weight; writers scale to the text width
    Align align = Align::Left;
    CellType type = CellType::Text;
};

struct TableCell {
    QVariant value; // QString, double/int (Number) or QDate (Date); null for empty
    int colSpan = 1;
    int rowSpan = 1;
};
using TableRow = QList<TableCell>;

// A table whose header rows repeat on every page. With no header rows, one is made from the
// column titles. A cell covered by another's span is left out of its row.
struct Table {
    QString caption; // printed above; also the XLSX sheet name
    QList<TableColumn> columns;
    QList<TableRow> header;
    QList<TableRow> rows;
    double fontPt = 0; // 0: the page setup's body size
};

// The signature and seal lines at the end of a form: 填报单位（盖章）, 负责人, 填表人, 日期.
struct SignatureLine {
    QString label;
    QString value; // usually empty, for a hand signature
};
struct SignatureBlock {
    QList<SignatureLine> lines;
};

struct PageBreak {};

// Starts a new page with another page setup (a landscape ledger after a portrait form).
struct SectionBreak {
    PageSetup setup;
};

using Block = std::variant<Title, Heading, Paragraph, KeyValueForm, Table, SignatureBlock,
                           PageBreak, SectionBreak>;

struct Document {
    QString title; // document metadata; also the XLSX workbook title
    PageSetup setup = PageSetup::official();
    QList<Block> blocks;
};

// "一、", "（一）", "1.", "（1）" for the n-th (1-based) heading of a level.
[[nodiscard]] QString headingNumber(int level, int n);
// Numbers every Heading of the document in order (lower levels restart under a higher one).
[[nodiscard]] QList<QString> headingNumbers(const Document& document);
// The text a table header row shows for each column (the first header row or the titles).
[[nodiscard]] TableRow effectiveHeader(const Table& table, int headerRow);
[[nodiscard]] int headerRowCount(const Table& table);
// A cell's value as text: numbers without trailing zeros, dates as YYYY-MM-DD.
[[nodiscard]] QString cellText(const TableCell& cell);

} // namespace lp::reports
