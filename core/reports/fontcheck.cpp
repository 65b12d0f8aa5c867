// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/fontcheck.h"

#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace lp::reports {
namespace {

const QStringList kSerif{u"AR PL UMing CN"_s, u"AR PL SungtiL GB"_s, u"FandolSong"_s};
const QStringList kSans{u"WenQuanYi Micro Hei"_s, u"WenQuanYi Zen Hei"_s, u"FandolHei"_s};

// hasFamily() also knows a face by its localised names: on a Chinese system fontconfig lists
// WenQuanYi Micro Hei as 文泉驿微米黑.
QString firstInstalled(const QStringList& candidates)
{
    for (const QString& candidate : candidates) {
        if (QFontDatabase::hasFamily(candidate))
            return candidate;
    }
    return {};
}

bool roundTrips(const QString& family, const QString& pdftotext)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"fontcheck.pdf"_s);
    {
        QPdfWriter writer(pdf);
        QPainter painter(&writer);
        QFont font(family);
        font.setPointSizeF(12);
        painter.setFont(font);
        painter.drawText(QPointF(200, 400), FontCheck::sampleText());
    }
    QProcess process;
    process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return false;
    QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    return text.remove(u' ') == FontCheck::sampleText().remove(u' ');
}

} // namespace

QString FontCheck::sampleText()
{
    return u"用页联系点工作台走访企业问题清单督办销号调解协议书典型案例汇编旁听庭审"_s;
}

Result<PdfFonts> FontCheck::choose()
{
    return choose(kSerif, kSans);
}

Result<PdfFonts> FontCheck::choose(const QStringList& serif, const QStringList& sans)
{
    PdfFonts fonts{firstInstalled(serif), firstInstalled(sans)};
    if (fonts.serif.isEmpty() && !fonts.sans.isEmpty())
        fonts.serif = fonts.sans;
    if (fonts.sans.isEmpty() && !fonts.serif.isEmpty())
        fonts.sans = fonts.serif;
    if (fonts.serif.isEmpty()) {
        return fail(ErrorCode::NotFound,
                    tr("No Chinese font that prints correctly is installed, so no PDF was "
                       "written (it would show empty boxes). Install the Debian packages "
                       "fonts-arphic-uming and fonts-wqy-microhei, then try again."));
    }
    return fonts;
}

QList<FontReport> FontCheck::verify(const PdfFonts& fonts)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QList<FontReport> reports;
    for (const auto& [role, family] :
         {std::pair{tr("body text"), fonts.serif}, std::pair{tr("headings"), fonts.sans}}) {
        FontReport report{role, family, !pdftotext.isEmpty(), false};
        if (report.checked)
            report.extractsCleanly = roundTrips(family, pdftotext);
        reports.append(report);
    }
    return reports;
}

} // namespace lp::reports
