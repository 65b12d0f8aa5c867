// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// word/styles.xml and word/fontTable.xml. Styles name the faces Chinese offices have (GB/T
// 9704: 方正小标宋简体 title, 仿宋_GB2312 body, 黑体 / 楷体_GB2312 / 仿宋_GB2312 headings) with
// Times New Roman for Latin text; the font table gives each face a common fallback (SimSun,
// FangSong, SimHei, KaiTi), so Word and WPS substitute sensibly where a face is missing.
// Sizes come from the document's first page setup; sections with other sizes set them on
// their runs.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include "core/reports/document.h"

namespace lp::reports::docx {

// Style ids used by word/document.xml and the header and footer parts.
namespace style {
inline constexpr QStringView Title = u"Title";
inline constexpr QStringView Subtitle = u"Subtitle";
inline constexpr QStringView TableText = u"TableText";
inline constexpr QStringView TableCaption = u"TableCaption";
inline constexpr QStringView SignatureLine = u"SignatureLine";
inline constexpr QStringView Header = u"Header";
inline constexpr QStringView Footer = u"Footer";
[[nodiscard]] QString heading(int level); // Heading1 .. Heading4
} // namespace style

// <w:pStyle> naming a paragraph style, the first element of a w:pPr.
[[nodiscard]] QString styleRef(QStringView id);
// w:rFonts naming an East Asian face with Times New Roman for Latin text.
[[nodiscard]] QString fontsFor(const QString& eastAsia);

[[nodiscard]] QByteArray stylesXml(const PageSetup& base);
[[nodiscard]] QByteArray fontTableXml();

} // namespace lp::reports::docx
