// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/sectionlistmodel.h"

namespace lp::ui {

QString SectionListModel::header(int column) const
{
    switch (column) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    }
    return {};
}

QVariant SectionListModel::display(const domain::Section& section, int column) const
{
    switch (column) {
    case Code:
        return section.code;
    case Name:
        return section.name;
    }
    return {};
}

QVariant SectionListModel::raw(const domain::Section& section, int column) const
{
    // Sections keep their unit's order when sorted by code.
    if (column == Code)
        return QStringLiteral("%1/%2")
            .arg(section.sortOrder, 6, 10, QLatin1Char('0'))
            .arg(section.code);
    return display(section, column);
}

} // namespace lp::ui
