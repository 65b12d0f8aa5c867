// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/parklistmodel.h"

namespace lp::ui {

QString ParkListModel::header(int column) const
{
    switch (column) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case ManagingBody:
        return tr("Managing body");
    case ContactName:
        return tr("Contact person");
    case ContactPhone:
        return tr("Contact phone");
    }
    return {};
}

QVariant ParkListModel::display(const domain::Park& park, int column) const
{
    switch (column) {
    case Code:
        return park.code;
    case Name:
        return park.name;
    case Address:
        return park.address;
    case ManagingBody:
        return park.managingBody;
    case ContactName:
        return park.contactName;
    case ContactPhone:
        return park.contactPhone;
    }
    return {};
}

} // namespace lp::ui
