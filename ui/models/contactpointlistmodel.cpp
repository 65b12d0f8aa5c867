// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/contactpointlistmodel.h"

namespace lp::ui {

void ContactPointListModel::setNames(const QHash<QString, QString>& units,
                                     const QHash<QString, QString>& officers)
{
    m_units = units;
    m_officers = officers;
    refreshAll();
}

QString ContactPointListModel::header(int column) const
{
    switch (column) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case HostUnit:
        return tr("Host unit");
    case Convener:
        return tr("Convener");
    case EstablishedOn:
        return tr("Set up on");
    case Parks:
        return tr("Parks");
    case Members:
        return tr("Members");
    }
    return {};
}

QVariant ContactPointListModel::display(const domain::ContactPoint& point, int column) const
{
    switch (column) {
    case Code:
        return point.code;
    case Name:
        return point.name;
    case HostUnit:
        return m_units.value(point.hostUnitId);
    case Convener:
        return m_officers.value(point.convenerId);
    case EstablishedOn:
        return point.establishedOn.toString(Qt::ISODate);
    case Parks:
        return QString::number(point.parkIds.size());
    case Members:
        return QString::number(point.memberIds.size());
    }
    return {};
}

QVariant ContactPointListModel::raw(const domain::ContactPoint& point, int column) const
{
    switch (column) {
    case EstablishedOn:
        return point.establishedOn;
    case Parks:
        return int(point.parkIds.size());
    case Members:
        return int(point.memberIds.size());
    default:
        return display(point, column);
    }
}

} // namespace lp::ui
