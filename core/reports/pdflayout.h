// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// PageRenderer lays a Document out page by page and paints it on any paged device (QPdfWriter
// for PDF, QPrinter for printing and the print preview). It is our own paginator on QPainter —
// QTextDocument needs about 1.5 s per 1,000 table rows — and it repeats a table's header rows
// on every page, keeps a row (and rows joined by a vertical span) on one page, and draws the
// running header and the "— N —" page number of GB/T 9704. All lengths are device pixels.
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPainter>

#include "core/reports/document.h"
#include "core/reports/fontcheck.h"
#include "core/result.h"

class QPagedPaintDevice;

namespace lp {
struct TaskControl;
}

namespace lp::reports {

class PageRenderer final {
    Q_DECLARE_TR_FUNCTIONS(PageRenderer)
public:
    PageRenderer(QPagedPaintDevice& device, const PdfFonts& fonts, TaskControl* control);

    // Paints the whole document; returns the number of pages.
    Result<int> render(const Document& document);

    // One cell of the grid that tables and forms are drawn as.
    struct GridCell {
        QString text;
        int column = 0;
        int span = 1;
        int rowSpan = 1;
        bool shaded = false;
        bool bold = false;
        Align align = Align::Left;
    };
    struct GridRow {
        QList<GridCell> cells;
        double minLines = 1;
    };

private:
    struct Band; // rows joined by vertical spans, laid out together

    void startPage(const PageSetup& setup, bool first);
    void finishPage();
    [[nodiscard]] double mm(double millimetres) const;
    [[nodiscard]] double pt(double points) const;
    [[nodiscard]] QFont font(const QString& family, double points, bool bold = false) const;
    [[nodiscard]] double lineHeight(const QFont& font) const;
    [[nodiscard]] QStringList wrap(const QString& text, const QFont& font, double width,
                                   double firstIndent = 0) const;
    void drawLines(const QStringList& lines, const QFont& font, double x, double width, Align align,
                   double firstIndent);
    void ensureSpace(double height);

    void renderTitle(const Title& title);
    void renderHeading(const Heading& heading, const QString& number);
    void renderParagraph(const Paragraph& paragraph);
    Result<void> renderTable(const Table& table);
    Result<void> renderForm(const KeyValueForm& form);
    void renderSignatures(const SignatureBlock& block);

    [[nodiscard]] Band layoutBand(const QList<GridRow>& rows, const QList<double>& columnX,
                                  const QFont& font, const QFont& boldFont) const;
    void drawBand(const Band& band, const QFont& font, const QFont& boldFont);
    Result<void> renderGrid(const QList<GridRow>& header, const QList<GridRow>& body,
                            const QList<double>& weights, double fontPt);

    QPagedPaintDevice& m_device;
    PdfFonts m_fonts;
    TaskControl* m_control;
    QPainter m_painter;
    PageSetup m_setup;
    double m_dpi = 600;
    double m_left = 0, m_right = 0, m_top = 0, m_bottom = 0, m_y = 0;
    int m_page = 0;
    bool m_pageHasContent = false;
};

} // namespace lp::reports
