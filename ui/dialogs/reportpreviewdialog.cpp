// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/reportpreviewdialog.h"

#include "core/reports/documentexport.h"
#include "core/reports/fontcheck.h"
#include "core/reports/pdflayout.h"
#include "ui/icons.h"
#include "ui/prompts.h"
#include "ui/taskrunner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lp::ui {

ReportPreviewDialog::ReportPreviewDialog(reports::Document document, Prompts& prompts,
                                         QWidget* parent)
    : QDialog(parent)
    , m_document(std::move(document))
    , m_prompts(prompts)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Print preview — %1").arg(m_document.title));
    setWindowIcon(icon(Icon::App));
    m_printer->setDocName(m_document.title);
    auto* layout = new QVBoxLayout(this);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportPreviewDialog::paint);
    layout->addWidget(m_preview, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    QPushButton* exportButton = buttons->addButton(tr("&Export as…"), QDialogButtonBox::ActionRole);
    exportButton->setIcon(icon(Icon::Backup));
    buttons->addButton(QDialogButtonBox::Close);
    connect(printButton, &QPushButton::clicked, this, &ReportPreviewDialog::print);
    connect(exportButton, &QPushButton::clicked, this, &ReportPreviewDialog::exportAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_preview->updatePreview();
    resize(900, 760);
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

int ReportPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

void ReportPreviewDialog::paint(QPrinter* printer)
{
    auto fonts = reports::FontCheck::choose();
    if (!fonts) {
        m_prompts.warn(this, tr("Cannot print"), fonts.error().message);
        return;
    }
    reports::PageRenderer renderer(*printer, *fonts, nullptr);
    if (auto rendered = renderer.render(m_document); !rendered)
        m_prompts.warn(this, tr("Cannot print"), rendered.error().message);
}

void ReportPreviewDialog::print()
{
    QPrintDialog dialog(m_printer.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        paint(m_printer.get());
}

void ReportPreviewDialog::exportAs()
{
    const QString path = m_prompts.chooseExportTarget(this, m_document.title);
    if (path.isEmpty())
        return;
    const auto format = reports::outputFormatFromName(QFileInfo(path).suffix())
                            .value_or(reports::OutputFormat::Pdf);
    const reports::Document& document = m_document;
    auto written = runTask(this, tr("Writing %1…").arg(QFileInfo(path).fileName()),
                           [&](TaskControl& control) {
                               return reports::writeDocument(document, format, path, &control);
                           });
    if (!written) {
        if (written.error().code != ErrorCode::Cancelled)
            m_prompts.warn(this, tr("Export failed"), written.error().message);
        return;
    }
    m_prompts.inform(this, tr("Exported"),
                     tr("%1 was written.").arg(QDir::toNativeSeparators(path)));
}

} // namespace lp::ui
