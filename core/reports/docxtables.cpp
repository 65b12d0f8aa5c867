// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/docxtables.h"

#include <algorithm>
#include <numeric>

#include "core/reports/docxstyles.h"

using namespace Qt::StringLiterals;

namespace lp::reports::docx {
namespace {

const QString LabelFill = u"EDEDED"_s;    // form labels and table headers: light grey
constexpr int CellPadding = 2 * 108 + 64; // Word's default cell margins and some slack
constexpr qsizetype LongestFittingLabel = 8;

enum class Merge { None, Restart, Continue };

struct CellSpec {
    int width = 0; // twips
    int gridSpan = 1;
    Merge merge = Merge::None;
    QString fill = {};    // shading colour, empty for none
    bool centred = true;  // vertically
    QString content = {}; // the cell's paragraphs; at least one
};

// Weights scaled to `total` twips; the last column takes the rounding remainder.
QList<int> scaledWidths(const QList<double>& weights, int total)
{
    QList<double> positive;
    for (double weight : weights)
        positive.append(weight > 0 ? weight : 1);
    const double sum = std::accumulate(positive.cbegin(), positive.cend(), 0.0);
    QList<int> widths;
    for (double weight : std::as_const(positive))
        widths.append(int(total * weight / sum));
    if (!widths.isEmpty())
        widths.last() += total - std::accumulate(widths.cbegin(), widths.cend(), 0);
    return widths;
}

int spanWidth(const QList<int>& widths, int first, int span)
{
    return std::accumulate(widths.cbegin() + first, widths.cbegin() + first + span, 0);
}

QString border(const QString& side)
{
    return u"<w:"_s + side + u" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"_s;
}

QString tableStart(const QList<int>& widths)
{
    QString grid;
    for (int width : widths)
        grid += u"<w:gridCol w:w=\""_s + QString::number(width) + u"\"/>"_s;
    return u"<w:tbl><w:tblPr><w:tblW w:w=\""_s +
           QString::number(spanWidth(widths, 0, int(widths.size()))) +
           u"\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>"_s + border(u"top"_s) +
           border(u"left"_s) + border(u"bottom"_s) + border(u"right"_s) + border(u"insideH"_s) +
           border(u"insideV"_s) +
           u"</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
           u"<w:tblGrid>"_s +
           grid + u"</w:tblGrid>"_s;
}

// Ends a table and separates it from whatever follows (Word joins adjacent tables).
QString tableEnd()
{
    return u"</w:tbl>"_s + paragraph(styleRef(style::TableText), {});
}

QString cellXml(const CellSpec& cell)
{
    QString props = u"<w:tcW w:w=\""_s + QString::number(cell.width) + u"\" w:type=\"dxa\"/>"_s;
    if (cell.gridSpan > 1)
        props += u"<w:gridSpan w:val=\""_s + QString::number(cell.gridSpan) + u"\"/>"_s;
    if (cell.merge == Merge::Restart)
        props += u"<w:vMerge w:val=\"restart\"/>"_s;
    else if (cell.merge == Merge::Continue)
        props += u"<w:vMerge/>"_s;
    if (!cell.fill.isEmpty())
        props += u"<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\""_s + cell.fill + u"\"/>"_s;
    if (cell.centred)
        props += u"<w:vAlign w:val=\"center\"/>"_s;
    return u"<w:tc><w:tcPr>"_s + props + u"</w:tcPr>"_s + cell.content + u"</w:tc>"_s;
}

QString cellParagraph(const QString& text, Align align, const QString& rPr)
{
    return paragraph(styleRef(style::TableText) + justification(align), runs(text, rPr));
}

QString rowXml(const QString& trPr, const QString& cells)
{
    return u"<w:tr><w:trPr>"_s + trPr + u"</w:trPr>"_s + cells + u"</w:tr>"_s;
}

// Lays a table's rows onto its grid, remembering which cells rowSpans cover below.
class TableGrid final {
public:
    TableGrid(const Table& table, const QList<int>& widths, const QString& rPr)
        : m_table(table)
        , m_widths(widths)
        , m_rPr(rPr)
        , m_covered(widths.size())
    {}

    QString row(const TableRow& cells, bool header);

private:
    struct Cover {
        int rows = 0; // rows still covered below the merged cell
        int span = 1;
    };

    const Table& m_table;
    const QList<int>& m_widths;
    QString m_rPr;
    QList<Cover> m_covered;
};

QString TableGrid::row(const TableRow& cells, bool header)
{
    const int columns = int(m_widths.size());
    const QString fill = header ? LabelFill : QString();
    const QString rPr = header ? u"<w:b/><w:bCs/>"_s + m_rPr : m_rPr;
    QString xml;
    qsizetype next = 0;
    for (int column = 0; column < columns;) {
        Cover& cover = m_covered[column];
        if (cover.rows > 0) {
            --cover.rows;
            const int span = std::min(cover.span, columns - column);
            xml += cellXml({.width = spanWidth(m_widths, column, span),
                            .gridSpan = span,
                            .merge = Merge::Continue,
                            .fill = fill,
                            .content = paragraph(styleRef(style::TableText), {})});
            column += span;
            continue;
        }
        const TableCell cell = next < cells.size() ? cells.at(next++) : TableCell{};
        const int span = std::clamp(cell.colSpan, 1, columns - column);
        if (cell.rowSpan > 1)
            cover = {cell.rowSpan - 1, span};
        const Align align = header ? Align::Center : m_table.columns.at(column).align;
        xml += cellXml({.width = spanWidth(m_widths, column, span),
                        .gridSpan = span,
                        .merge = cell.rowSpan > 1 ? Merge::Restart : Merge::None,
                        .fill = fill,
                        .content = cellParagraph(cellText(cell), align, rPr)});
        column += span;
    }
    const QString trPr = header ? u"<w:cantSplit/><w:tblHeader/>"_s : u"<w:cantSplit/>"_s;
    return rowXml(trPr, xml);
}

// One form row: label and value cells, the last value stretched to the end of the row.
QString formRow(const QList<const FormField*>& fields, const QList<int>& widths,
                const SectionContext& section)
{
    const QString label = u"<w:b/><w:bCs/>"_s + runProps(section.setup.bodyPt, section.stylePt);
    const QString value = runProps(section.setup.bodyPt, section.stylePt);
    QString cells;
    int column = 0;
    int lines = 1;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const FormField& field = *fields.at(i);
        lines = std::max(lines, field.minLines);
        cells += cellXml({.width = widths.at(column),
                          .fill = LabelFill,
                          .content = cellParagraph(field.label, Align::Center, label)});
        ++column;
        const int span = i + 1 == fields.size() ? int(widths.size()) - column : 1;
        cells += cellXml({.width = spanWidth(widths, column, span),
                          .gridSpan = span,
                          .centred = field.minLines <= 1, // room to write below the value
                          .content = cellParagraph(field.value, Align::Left, value)});
        column += span;
    }
    const int height = lines * lineTwips(section.setup.bodyPt);
    return rowXml(
        u"<w:trHeight w:val=\""_s + QString::number(height) + u"\" w:hRule=\"atLeast\"/>"_s, cells);
}

// Label columns fit the longest label (up to eight characters); the values share the rest.
QList<int> formWidths(const KeyValueForm& form, int pairs, const SectionContext& section)
{
    qsizetype longest = 2;
    for (const FormField& field : form.fields)
        longest = std::max(longest, field.label.size());
    const int total = textWidthTwips(section.setup);
    const int characters = int(std::min(longest, LongestFittingLabel));
    const int label =
        std::min(characters * int(section.setup.bodyPt * 20) + CellPadding, total / (2 * pairs));
    QList<double> weights;
    for (int i = 0; i < pairs; ++i)
        weights << label << double(total - pairs * label) / pairs;
    return scaledWidths(weights, total);
}

} // namespace

Result<void> writeTable(const Table& table, const SectionContext& section, XmlOutput& out,
                        const RowDone& rowDone)
{
    const double bodyPt = section.setup.bodyPt;
    if (!table.caption.isEmpty()) {
        out << paragraph(styleRef(style::TableCaption),
                         runs(table.caption, runProps(bodyPt, section.stylePt)));
    }
    if (table.columns.isEmpty())
        return {};
    QList<double> weights;
    for (const TableColumn& column : table.columns)
        weights.append(column.width);
    const QList<int> widths = scaledWidths(weights, textWidthTwips(section.setup));
    const double pt = table.fontPt > 0 ? table.fontPt : bodyPt;
    TableGrid grid(table, widths, runProps(pt, section.stylePt));
    out << tableStart(widths);
    for (int i = 0; i < headerRowCount(table); ++i)
        out << grid.row(effectiveHeader(table, i), true);
    for (const TableRow& row : table.rows) {
        out << grid.row(row, false);
        if (auto done = rowDone(); !done)
            return done;
    }
    out << tableEnd();
    return {};
}

QString formXml(const KeyValueForm& form, const SectionContext& section)
{
    if (form.fields.isEmpty())
        return {};
    const int pairs = std::max(form.pairsPerRow, 1);
    const QList<int> widths = formWidths(form, pairs, section);
    QString xml = tableStart(widths);
    QList<const FormField*> row;
    const auto endRow = [&] {
        if (!row.isEmpty())
            xml += formRow(row, widths, section);
        row.clear();
    };
    for (const FormField& field : form.fields) {
        if (field.fullRow)
            endRow();
        row.append(&field);
        if (field.fullRow || row.size() == pairs)
            endRow();
    }
    endRow();
    return xml + tableEnd();
}

} // namespace lp::reports::docx
