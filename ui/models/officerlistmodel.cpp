// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/officerlistmodel.h"

namespace lp::ui {

void OfficerListModel::setNames(const QHash<QString, QString>& units,
                                const QHash<QString, QString>& sections)
{
    m_units = units;
    m_sections = sections;
    refreshAll();
}

QString OfficerListModel::header(int column) const
{
    switch (column) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Unit:
        return tr("Unit");
    case Section:
        return tr("Section");
    case Role:
        return tr("Role");
    case Phone:
        return tr("Phone");
    case Active:
        return tr("Active");
    }
    return {};
}

QVariant OfficerListModel::display(const domain::Officer& officer, int column) const
{
    switch (column) {
    case Code:
        return officer.code;
    case Name:
        return officer.name;
    case Unit:
        return m_units.value(officer.unitId);
    case Section:
        return m_sections.value(officer.sectionId);
    case Role:
        return domain::OfficerRoleNames::displayName(officer.role);
    case Phone:
        return officer.phone;
    case Active:
        return officer.active ? tr("Yes") : tr("No");
    }
    return {};
}

QVariant OfficerListModel::raw(const domain::Officer& officer, int column) const
{
    switch (column) {
    case Role:
        return int(officer.role);
    case Active:
        return officer.active;
    default:
        return display(officer, column);
    }
}

} // namespace lp::ui
