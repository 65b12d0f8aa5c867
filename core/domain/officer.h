// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lp::domain {

// Stored as the stable codes of officerRoleCode().
enum class OfficerRole { Leader, Judge, Prosecutor, Police, Mediator, Staff };

[[nodiscard]] QString officerRoleCode(OfficerRole role);
[[nodiscard]] std::optional<OfficerRole> officerRoleFromCode(const QString& code);
[[nodiscard]] QList<OfficerRole> allOfficerRoles();

class OfficerRoleNames final {
    Q_DECLARE_TR_FUNCTIONS(OfficerRoleNames)
public:
    static QString displayName(OfficerRole role);
};

struct Officer {
    QString id;
    QString code; // short ASCII code, used with --officer
    QString name;
    QString unitId;
    QString sectionId; // empty: not in a section
    OfficerRole role = OfficerRole::Staff;
    QString phone;
    bool active = true;
    int version = 0;
};

} // namespace lp::domain
