// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Tables as plain text, so a failed CHECK prints the cells (Catch2 shows a QString as "{?}"):
// cells joined by "|", rows by a line break, a row without cells as "()", and line breaks
// inside cells as \n and \r.
#pragma once

#include <string>

#include <QList>
#include <QStringList>

namespace lp::test {

inline std::string rowText(const QStringList& row)
{
    if (row.isEmpty())
        return "()";
    QString text = row.join(u'|');
    text.replace(u'\n', QStringLiteral("\\n")).replace(u'\r', QStringLiteral("\\r"));
    return text.toStdString();
}

inline std::string tableText(const QList<QStringList>& rows)
{
    std::string text;
    for (const QStringList& row : rows)
        text += (text.empty() ? "" : "\n") + rowText(row);
    return text;
}

} // namespace lp::test
