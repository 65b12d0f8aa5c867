// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The 20 sections (门类) of GB/T 4754-2017, read once from the dated data file
// resources/data/gbt4754-2017-sections.tsv. Enterprises store the section letter.
#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace lp::domain {

struct IndustrySection {
    QChar letter;
    QString chineseTitle;
    QString englishTitle;
};

class Industries final {
public:
    // All sections in letter order. The table is immutable data bundled with the program.
    static const QList<IndustrySection>& sections();
    [[nodiscard]] static std::optional<IndustrySection> find(QChar letter);
    // What people write in a roster: "C", "c", "制造业", "C 制造业", "C制造业", "Manufacturing".
    [[nodiscard]] static std::optional<IndustrySection> parse(const QString& text);
    // "C 制造业" (or the English title when the interface is English).
    [[nodiscard]] static QString displayName(QChar letter);
};

} // namespace lp::domain
