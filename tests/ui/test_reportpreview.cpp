// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFileInfo>
#include <QTemporaryDir>

#include "core/reports/fontcheck.h"
#include "core/reports/pdfwriter.h"
#include "core/reports/testpage.h"
#include "tests/testsupport.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/dialogs/reportpreviewdialog.h"

using namespace lp;
using namespace lp::test;

namespace {
reports::Document testPage()
{
    auto fonts = reports::FontCheck::choose();
    REQUIRE_OK(fonts);
    return reports::TestPage::build({QDate(2026, 11, 22), QStringLiteral("陈仓区"),
                                     reports::OutputFormat::Pdf,
                                     reports::FontCheck::verify(*fonts)});
}
} // namespace

TEST_CASE("ReportPreviewDialog: previews the same pages the PDF has, and exports them")
{
    const reports::Document document = testPage();
    QTemporaryDir dir;
    auto pages = reports::PdfWriter::write(document, dir.filePath(QStringLiteral("tp.pdf")));
    REQUIRE_OK(pages);

    ScriptedPrompts prompts;
    ui::ReportPreviewDialog dialog(document, prompts);
    dialog.show();
    CHECK(dialog.pageCount() == *pages);

    const QString xlsx = dir.filePath(QStringLiteral("测试页.xlsx"));
    const QString pdf = dir.filePath(QStringLiteral("测试页.pdf"));
    prompts.exportTargetAnswers = {xlsx, pdf};
    dialog.exportAs();
    dialog.exportAs();
    INFO(prompts.warned.join(u'\n').toStdString());
    CHECK(prompts.warned.isEmpty());
    CHECK(QFileInfo(xlsx).size() > 0);
    CHECK(QFileInfo(pdf).size() > 0);
    CHECK(prompts.informed.size() == 2);
}
