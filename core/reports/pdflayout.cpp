// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/pdflayout.h"

#include <algorithm>
#include <numeric>

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QTextLayout>

#include "core/taskcontrol.h"

using namespace Qt::StringLiterals;

namespace lp::reports {
namespace {

constexpr double kPaddingPt = 2.5;
const QColor kShade(0xE8, 0xE8, 0xE8);

// Assigns grid columns to table cells, skipping columns covered by a vertical span above.
QList<PageRenderer::GridRow> toGrid(const QList<TableRow>& rows, int columns, bool header,
                                    const QList<TableColumn>& specs)
{
    QList<PageRenderer::GridRow> grid;
    QList<int> covered(columns, 0);
    for (const TableRow& row : rows) {
        PageRenderer::GridRow gridRow;
        QList<int> next = covered;
        int column = 0;
        for (const TableCell& cell : row) {
            while (column < columns && covered[column] > 0)
                ++column;
            if (column >= columns)
                break;
            const int span = std::clamp(cell.colSpan, 1, columns - column);
            const Align align = header ? Align::Center : specs.value(column).align;
            gridRow.cells.append(
                {cellText(cell), column, span, std::max(1, cell.rowSpan), header, header, align});
            for (int c = column; c < column + span; ++c)
                next[c] = std::max(next[c], cell.rowSpan);
            column += span;
        }
        for (int c = 0; c < columns; ++c)
            covered[c] = std::max(0, next[c] - 1);
        grid.append(gridRow);
    }
    return grid;
}

// Splits rows into bands: a band ends where no vertical span reaches into the next row.
QList<QList<PageRenderer::GridRow>> bandsOf(const QList<PageRenderer::GridRow>& rows)
{
    QList<QList<PageRenderer::GridRow>> bands;
    qsizetype start = 0;
    while (start < rows.size()) {
        qsizetype reach = start;
        for (qsizetype r = start; r <= reach && r < rows.size(); ++r) {
            for (const auto& cell : rows[r].cells)
                reach = std::max(reach, r + cell.rowSpan - 1);
        }
        reach = std::min(reach, rows.size() - 1);
        bands.append(rows.mid(start, reach - start + 1));
        start = reach + 1;
    }
    return bands;
}

} // namespace

struct PageRenderer::Band {
    struct Placed {
        GridCell cell;
        QStringList lines;
        int row = 0;
    };
    QList<double> rowHeights;
    QList<Placed> cells;
    QList<double> columnX; // column boundaries, one more than columns
    [[nodiscard]] double height() const
    {
        return std::accumulate(rowHeights.cbegin(), rowHeights.cend(), 0.0);
    }
};

PageRenderer::PageRenderer(QPagedPaintDevice& device, const PdfFonts& fonts, TaskControl* control)
    : m_device(device)
    , m_fonts(fonts)
    , m_control(control)
{}

double PageRenderer::mm(double millimetres) const
{
    return millimetres * m_dpi / 25.4;
}

double PageRenderer::pt(double points) const
{
    return points * m_dpi / 72.0;
}

QFont PageRenderer::font(const QString& family, double points, bool bold) const
{
    QFont result(family);
    result.setPointSizeF(points);
    result.setBold(bold);
    result.setStyleStrategy(QFont::PreferOutline);
    return result;
}

double PageRenderer::lineHeight(const QFont& f) const
{
    // 16 pt body on a 28 pt line, as GB/T 9704's 22 lines per page; smaller type a little tighter.
    const double factor = f.pointSizeF() >= 14 ? 1.75 : 1.45;
    return pt(f.pointSizeF() * factor);
}

QStringList PageRenderer::wrap(const QString& text, const QFont& f, double width,
                               double firstIndent) const
{
    QStringList lines;
    const QFontMetricsF metrics(f, &m_device);
    const QStringList paragraphs = text.split(u'\n');
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const QString& paragraph = paragraphs[p];
        const double indent = p == 0 ? firstIndent : 0;
        if (metrics.horizontalAdvance(paragraph) <= width - indent) {
            lines.append(paragraph); // the common case in ledgers: no layout needed
            continue;
        }
        QTextLayout layout(paragraph, f, &m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (bool first = true;; first = false) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max(1.0, first ? width - indent : width));
            lines.append(paragraph.mid(line.textStart(), line.textLength()));
        }
        layout.endLayout();
    }
    return lines;
}

void PageRenderer::drawLines(const QStringList& lines, const QFont& f, double x, double width,
                             Align align, double firstIndent)
{
    const QFontMetricsF metrics(f, &m_device);
    const double height = lineHeight(f);
    m_painter.setFont(f);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ensureSpace(height);
        const QString line = lines[i];
        const double advance = metrics.horizontalAdvance(line);
        double left = x + (i == 0 ? firstIndent : 0);
        if (align == Align::Center)
            left = x + (width - advance) / 2;
        else if (align == Align::Right)
            left = x + width - advance;
        const double baseline = m_y + (height - metrics.height()) / 2 + metrics.ascent();
        m_painter.drawText(QPointF(left, baseline), line);
        m_y += height;
        m_pageHasContent = true;
    }
}

void PageRenderer::ensureSpace(double height)
{
    if (m_y + height > m_bottom && m_pageHasContent) {
        finishPage();
        startPage(m_setup, false);
    }
}

void PageRenderer::startPage(const PageSetup& setup, bool first)
{
    m_setup = setup;
    const QPageLayout layout(QPageSize(QPageSize::A4),
                             setup.orientation == Orientation::Landscape ? QPageLayout::Landscape
                                                                         : QPageLayout::Portrait,
                             QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    // A printer that is already printing (the print preview, some drivers) refuses a new
    // orientation; the page is then drawn turned a quarter, which prints upright on the sheet.
    const bool printing = m_device.devType() == QInternal::Printer && m_painter.isActive();
    if (!printing && m_device.pageLayout().orientation() != layout.orientation())
        m_device.setPageLayout(layout);
    if (!first)
        m_device.newPage();
    m_painter.resetTransform();
    if (m_device.pageLayout().orientation() != layout.orientation()) {
        m_painter.translate(m_device.width(), 0);
        m_painter.rotate(90);
    }
    ++m_page;
    m_dpi = m_device.logicalDpiY();
    const QSizeF paper = layout.fullRectPoints().size();
    m_left = mm(setup.marginLeftMm);
    m_right = pt(paper.width()) - mm(setup.marginRightMm);
    m_top = mm(setup.marginTopMm);
    m_bottom = pt(paper.height()) - mm(setup.marginBottomMm);
    m_y = m_top;
    m_pageHasContent = false;
}

void PageRenderer::finishPage()
{
    m_painter.save();
    if (!m_setup.headerText.isEmpty()) {
        const QFont headerFont = font(m_fonts.serif, 10.5);
        const QFontMetricsF metrics(headerFont, &m_device);
        m_painter.setFont(headerFont);
        const double baseline = m_top - mm(6);
        m_painter.drawText(
            QPointF(m_left + (m_right - m_left - metrics.horizontalAdvance(m_setup.headerText)) / 2,
                    baseline),
            m_setup.headerText);
        m_painter.setPen(QPen(Qt::black, pt(0.5)));
        m_painter.drawLine(QPointF(m_left, baseline + mm(2)), QPointF(m_right, baseline + mm(2)));
    }
    if (m_setup.pageNumbers) {
        // GB/T 9704 §7.5: 4号 half-width digits between em dashes, 7 mm below the text area,
        // odd pages at the right and even pages at the left, one character in.
        const QFont numberFont = font(m_fonts.serif, 14);
        const QFontMetricsF metrics(numberFont, &m_device);
        const QString text = u"— %1 —"_s.arg(m_page);
        const double oneChar = pt(14);
        const double x =
            m_page % 2 ? m_right - oneChar - metrics.horizontalAdvance(text) : m_left + oneChar;
        m_painter.setFont(numberFont);
        m_painter.drawText(QPointF(x, m_bottom + mm(7) + metrics.ascent()), text);
    }
    m_painter.restore();
}

Result<int> PageRenderer::render(const Document& document)
{
    m_setup = document.setup;
    const QPageLayout first(QPageSize(QPageSize::A4),
                            m_setup.orientation == Orientation::Landscape ? QPageLayout::Landscape
                                                                          : QPageLayout::Portrait,
                            QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    m_device.setPageLayout(first);
    if (!m_painter.begin(&m_device))
        return fail(ErrorCode::Io, tr("The printed pages could not be started."));
    m_painter.setRenderHint(QPainter::Antialiasing);
    startPage(m_setup, true);

    const QList<QString> numbers = headingNumbers(document);
    qsizetype heading = 0;
    Result<void> result;
    for (const Block& block : document.blocks) {
        if (m_control && m_control->cancelled) {
            result = fail(ErrorCode::Cancelled, tr("Cancelled; nothing was written."));
            break;
        }
        if (const auto* title = std::get_if<Title>(&block)) {
            renderTitle(*title);
        } else if (const auto* h = std::get_if<Heading>(&block)) {
            renderHeading(*h, numbers.value(heading++));
        } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            renderParagraph(*paragraph);
        } else if (const auto* form = std::get_if<KeyValueForm>(&block)) {
            result = renderForm(*form);
        } else if (const auto* table = std::get_if<Table>(&block)) {
            result = renderTable(*table);
        } else if (const auto* signatures = std::get_if<SignatureBlock>(&block)) {
            renderSignatures(*signatures);
        } else if (std::holds_alternative<PageBreak>(block)) {
            finishPage();
            startPage(m_setup, false);
        } else if (const auto* section = std::get_if<SectionBreak>(&block)) {
            finishPage();
            startPage(section->setup, false);
        }
        if (!result)
            break;
    }
    finishPage();
    m_painter.end();
    if (!result)
        return fail(result.error());
    return m_page;
}

void PageRenderer::renderTitle(const Title& title)
{
    const QFont titleFont = font(m_fonts.serif, m_setup.titlePt, true);
    drawLines(wrap(title.text, titleFont, m_right - m_left), titleFont, m_left, m_right - m_left,
              Align::Center, 0);
    if (!title.subtitle.isEmpty()) {
        const QFont subtitleFont = font(m_fonts.serif, m_setup.bodyPt);
        drawLines(wrap(title.subtitle, subtitleFont, m_right - m_left), subtitleFont, m_left,
                  m_right - m_left, Align::Center, 0);
    }
    m_y += lineHeight(font(m_fonts.serif, m_setup.bodyPt)) / 2;
}

void PageRenderer::renderHeading(const Heading& heading, const QString& number)
{
    const QFont f = heading.level == 1 ? font(m_fonts.sans, m_setup.bodyPt)
                                       : font(m_fonts.serif, m_setup.bodyPt, heading.level <= 3);
    const double indent = pt(m_setup.bodyPt) * 2;
    ensureSpace(lineHeight(f) * 4); // keep a heading with what follows it
    drawLines(wrap(number + heading.text, f, m_right - m_left, indent), f, m_left, m_right - m_left,
              Align::Left, indent);
}

void PageRenderer::renderParagraph(const Paragraph& paragraph)
{
    const QFont f = font(m_fonts.serif, m_setup.bodyPt);
    const double indent = paragraph.firstLineIndent ? pt(m_setup.bodyPt) * 2 : 0;
    drawLines(wrap(paragraph.text, f, m_right - m_left, indent), f, m_left, m_right - m_left,
              paragraph.align, indent);
}

void PageRenderer::renderSignatures(const SignatureBlock& block)
{
    const QFont f = font(m_fonts.serif, m_setup.bodyPt);
    const QFontMetricsF metrics(f, &m_device);
    const double height = lineHeight(f) * 1.6;
    const double x = m_left + (m_right - m_left) * 0.45;
    ensureSpace(height * double(std::min<qsizetype>(block.lines.size(), 4)));
    m_y += lineHeight(f) / 2;
    m_painter.setFont(f);
    for (const SignatureLine& line : block.lines) {
        ensureSpace(height);
        const QString label = line.label + u'：';
        const double baseline = m_y + height - metrics.descent() - pt(2);
        m_painter.drawText(QPointF(x, baseline), label);
        const double valueX = x + metrics.horizontalAdvance(label);
        if (line.value.isEmpty()) {
            m_painter.setPen(QPen(Qt::black, pt(0.5)));
            m_painter.drawLine(QPointF(valueX, baseline + pt(2)),
                               QPointF(m_right, baseline + pt(2)));
        } else {
            m_painter.drawText(QPointF(valueX, baseline), line.value);
        }
        m_y += height;
        m_pageHasContent = true;
    }
}

PageRenderer::Band PageRenderer::layoutBand(const QList<GridRow>& rows,
                                            const QList<double>& columnX, const QFont& f,
                                            const QFont& boldFont) const
{
    Band band;
    band.columnX = columnX;
    const double line = lineHeight(f);
    const double padding = pt(kPaddingPt);
    for (int r = 0; r < rows.size(); ++r) {
        double height = rows[r].minLines * line;
        for (const GridCell& cell : rows[r].cells) {
            const double width = columnX[cell.column + cell.span] - columnX[cell.column];
            const QStringList lines =
                wrap(cell.text, cell.bold ? boldFont : f, width - 2 * padding);
            if (cell.rowSpan == 1)
                height = std::max(height, double(lines.size()) * line);
            band.cells.append({cell, lines, r});
        }
        band.rowHeights.append(height + 2 * padding);
    }
    for (const Band::Placed& placed : std::as_const(band.cells)) {
        const int last = std::min(int(rows.size()) - 1, placed.row + placed.cell.rowSpan - 1);
        double have = 0;
        for (int r = placed.row; r <= last; ++r)
            have += band.rowHeights[r];
        const double need = double(placed.lines.size()) * line + 2 * padding;
        if (need > have)
            band.rowHeights[last] += need - have;
    }
    return band;
}

void PageRenderer::drawBand(const Band& band, const QFont& f, const QFont& boldFont)
{
    QList<double> tops{m_y};
    for (double height : band.rowHeights)
        tops.append(tops.last() + height);
    const double line = lineHeight(f);
    const double padding = pt(kPaddingPt);
    m_painter.setPen(QPen(Qt::black, pt(0.5)));
    for (const Band::Placed& placed : band.cells) {
        const GridCell& cell = placed.cell;
        const int last = std::min(int(band.rowHeights.size()), placed.row + cell.rowSpan);
        const QRectF rect(QPointF(band.columnX[cell.column], tops[placed.row]),
                          QPointF(band.columnX[cell.column + cell.span], tops[last]));
        if (cell.shaded)
            m_painter.fillRect(rect, kShade);
        m_painter.drawRect(rect);
        const QFont& cellFont = cell.bold ? boldFont : f;
        const QFontMetricsF metrics(cellFont, &m_device);
        m_painter.setFont(cellFont);
        double y = rect.top() + (rect.height() - double(placed.lines.size()) * line) / 2;
        for (const QString& text : placed.lines) {
            const double advance = metrics.horizontalAdvance(text);
            double x = rect.left() + padding;
            if (cell.align == Align::Center)
                x = rect.left() + (rect.width() - advance) / 2;
            else if (cell.align == Align::Right)
                x = rect.right() - padding - advance;
            m_painter.drawText(QPointF(x, y + (line - metrics.height()) / 2 + metrics.ascent()),
                               text);
            y += line;
        }
    }
    m_y = tops.last();
    m_pageHasContent = true;
}

Result<void> PageRenderer::renderGrid(const QList<GridRow>& header, const QList<GridRow>& body,
                                      const QList<double>& weights, double fontPt)
{
    const QFont f = font(m_fonts.serif, fontPt);
    const QFont boldFont = font(m_fonts.sans, fontPt);
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    auto columnsFor = [&] {
        QList<double> x{m_left};
        for (double weight : weights)
            x.append(x.last() + (m_right - m_left) * weight / (total > 0 ? total : 1));
        return x;
    };
    QList<double> columnX = columnsFor();
    const Band headerBand = layoutBand(header, columnX, f, boldFont);
    const QList<QList<GridRow>> bands = bandsOf(body);
    if (m_control)
        m_control->report(0, body.size());
    qsizetype done = 0;
    bool headerOnPage = false;
    for (const QList<GridRow>& rows : bands) {
        if (m_control && m_control->cancelled)
            return fail(ErrorCode::Cancelled, tr("Cancelled; nothing was written."));
        const Band band = layoutBand(rows, columnX, f, boldFont);
        const double needed = band.height() + (headerOnPage ? 0 : headerBand.height());
        if (m_y + needed > m_bottom && m_pageHasContent) {
            finishPage();
            startPage(m_setup, false);
            headerOnPage = false;
        }
        if (!headerOnPage && !header.isEmpty()) {
            drawBand(headerBand, f, boldFont);
            headerOnPage = true;
        }
        drawBand(band, f, boldFont);
        done += rows.size();
        if (m_control)
            m_control->report(done, body.size());
    }
    if (body.isEmpty() && !header.isEmpty())
        drawBand(headerBand, f, boldFont);
    m_y += lineHeight(f) / 2;
    return {};
}

Result<void> PageRenderer::renderTable(const Table& table)
{
    const double fontPt = table.fontPt > 0 ? table.fontPt : m_setup.bodyPt;
    if (!table.caption.isEmpty()) {
        const QFont captionFont = font(m_fonts.sans, fontPt + 1);
        ensureSpace(lineHeight(captionFont) * 3);
        drawLines(wrap(table.caption, captionFont, m_right - m_left), captionFont, m_left,
                  m_right - m_left, Align::Center, 0);
    }
    const int columns = int(table.columns.size());
    QList<TableRow> headerRows;
    for (int r = 0; r < headerRowCount(table); ++r)
        headerRows.append(effectiveHeader(table, r));
    QList<double> weights;
    for (const TableColumn& column : table.columns)
        weights.append(column.width);
    return renderGrid(toGrid(headerRows, columns, true, table.columns),
                      toGrid(table.rows, columns, false, table.columns), weights, fontPt);
}

Result<void> PageRenderer::renderForm(const KeyValueForm& form)
{
    const int pairs = std::max(1, form.pairsPerRow);
    const int columns = pairs * 2;
    QList<double> weights;
    for (int p = 0; p < pairs; ++p)
        weights << 1.0 << 2.2;
    QList<GridRow> rows;
    GridRow current;
    int column = 0;
    auto flush = [&] {
        if (current.cells.isEmpty())
            return;
        current.cells.last().span = columns - current.cells.last().column; // fill the row
        rows.append(current);
        current = GridRow();
        column = 0;
    };
    for (const FormField& field : form.fields) {
        if (field.fullRow)
            flush();
        current.cells.append({field.label, column, 1, 1, true, true, Align::Center});
        current.cells.append({field.value, column + 1, 1, 1, false, false, Align::Left});
        current.minLines = std::max(current.minLines, double(field.minLines));
        column += 2;
        if (field.fullRow || column >= columns)
            flush();
    }
    flush();
    return renderGrid({}, rows, weights,
                      m_setup.bodyPt >= 14 ? m_setup.bodyPt - 2 : m_setup.bodyPt);
}

} // namespace lp::reports
