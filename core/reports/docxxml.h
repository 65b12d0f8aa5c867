// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// WordprocessingML fragments shared by the parts of a DOCX file: escaping, units and runs.
// Every piece of user text goes through runs() or escaped(), which replace the characters XML
// 1.0 cannot hold with a visible U+FFFD instead of dropping them.
#pragma once

#include <functional>

#include <QByteArray>
#include <QString>
#include <QStringView>

#include "core/reports/document.h"
#include "core/result.h"

namespace lp::reports::docx {

// Text and attribute escaping of & < > " ' with invalid characters replaced by U+FFFD.
[[nodiscard]] QString escaped(QStringView text);

[[nodiscard]] int twips(double mm);         // 1 mm = 56.6929 twips
[[nodiscard]] int halfPoints(double pt);    // w:sz units
[[nodiscard]] int lineTwips(double bodyPt); // exact line pitch: 28 pt for 16 pt body type
[[nodiscard]] int pageWidthTwips(const PageSetup& setup);
[[nodiscard]] int pageHeightTwips(const PageSetup& setup);
[[nodiscard]] int textWidthTwips(const PageSetup& setup);
[[nodiscard]] QString justification(Align align); // <w:jc>

// An exact line pitch for `pt` body type where it differs from the style's, else nothing.
[[nodiscard]] QString lineSpacing(double pt, double stylePt);

// Run properties (w:rPr content) for `pt` type under a style written for `stylePt`: the size
// is given only where it differs, so most runs just inherit the style.
[[nodiscard]] QString runProps(double pt, double stylePt, bool bold = false);
// One run holding `text`, line breaks as <w:br/> and tabs as <w:tab/>; empty text gives nothing.
[[nodiscard]] QString runs(QStringView text, const QString& rPr = {});
// <w:p> with the given w:pPr content and runs.
[[nodiscard]] QString paragraph(const QString& pPr, const QString& content);
// w:ind for a first-line indent of two characters of `pt` type, or none.
[[nodiscard]] QString firstLineIndent(double pt, bool indent);

// Collects XML text and hands it to a sink (a ZIP entry) in large UTF-8 chunks, so a long
// table never has to be held in memory whole.
class XmlOutput final {
public:
    using Sink = std::function<Result<void>(const QByteArray&)>;
    explicit XmlOutput(Sink sink);

    XmlOutput& operator<<(const QString& xml)
    {
        m_buffer += xml;
        return *this;
    }
    // Passes the buffer on once it holds at least `atLeast` characters; 0 passes on everything.
    Result<void> flush(qsizetype atLeast = 0);

private:
    Sink m_sink;
    QString m_buffer;
};

} // namespace lp::reports::docx
