// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/unitlistmodel.h"

namespace lp::ui {

QString UnitListModel::header(int column) const
{
    switch (column) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case ShortName:
        return tr("Short name");
    case Kind:
        return tr("Kind");
    case SortOrder:
        return tr("Order");
    }
    return {};
}

QVariant UnitListModel::display(const domain::Unit& unit, int column) const
{
    switch (column) {
    case Code:
        return unit.code;
    case Name:
        return unit.name;
    case ShortName:
        return unit.shortName;
    case Kind:
        return domain::UnitKindNames::displayName(unit.kind);
    case SortOrder:
        return QString::number(unit.sortOrder);
    }
    return {};
}

QVariant UnitListModel::raw(const domain::Unit& unit, int column) const
{
    switch (column) {
    case Kind:
        return int(unit.kind);
    case SortOrder:
        return unit.sortOrder;
    default:
        return display(unit, column);
    }
}

} // namespace lp::ui
