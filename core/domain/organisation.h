// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The records the organisation is made of besides units and officers: sections of units,
// parks, and service contact points with the parks they serve and their member officers.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace lp::domain {

// A 科、所、队、庭 or 室 of a unit; its code is unique within the unit.
struct Section {
    QString id;
    QString unitId;
    QString code;
    QString name;
    int sortOrder = 0;
    int version = 0;
};

// An industrial or business park (园区).
struct Park {
    QString id;
    QString code;
    QString name;
    QString address;
    QString managingBody; // 管理机构, e.g. the park's management committee
    QString contactName;
    QString contactPhone;
    int version = 0;
};

// A service contact point (服务联系点). The enterprises it serves point at it.
struct ContactPoint {
    QString id;
    QString code;
    QString name;
    QString hostUnitId;
    QString convenerId; // the leader or convener (召集人), an officer
    QString address;
    QString phone;
    QDate establishedOn;
    QStringList parkIds;   // the parks it serves
    QStringList memberIds; // member officers, possibly of several units
    int version = 0;
};

} // namespace lp::domain
