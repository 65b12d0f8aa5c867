// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/document.h"

#include <QDialog>

class QPrinter;
class QPrintPreviewWidget;

namespace lp::ui {

class Prompts;

// Shows a report as it will print — the same Document and the same page renderer as the PDF —
// and prints it through the system's print dialog, or exports it as PDF, Word or Excel off the
// UI thread.
class ReportPreviewDialog final : public QDialog {
    Q_OBJECT
public:
    ReportPreviewDialog(reports::Document document, Prompts& prompts, QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;
    Q_DISABLE_COPY_MOVE(ReportPreviewDialog)

    [[nodiscard]] int pageCount() const;
    void print();
    // Asks where to save; the file's extension (.pdf, .docx, .xlsx) picks the format.
    void exportAs();

private:
    void paint(QPrinter* printer);

    reports::Document m_document;
    Prompts& m_prompts;
    QPrintPreviewWidget* m_preview = nullptr;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace lp::ui
