// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/officer.h"

using namespace Qt::StringLiterals;

namespace lp::domain {

QString officerRoleCode(OfficerRole role)
{
    switch (role) {
    case OfficerRole::Leader:
        return u"leader"_s;
    case OfficerRole::Judge:
        return u"judge"_s;
    case OfficerRole::Prosecutor:
        return u"prosecutor"_s;
    case OfficerRole::Police:
        return u"police"_s;
    case OfficerRole::Mediator:
        return u"mediator"_s;
    case OfficerRole::Staff:
        return u"staff"_s;
    }
    return u"staff"_s;
}

QList<OfficerRole> allOfficerRoles()
{
    return {OfficerRole::Leader, OfficerRole::Judge,    OfficerRole::Prosecutor,
            OfficerRole::Police, OfficerRole::Mediator, OfficerRole::Staff};
}

std::optional<OfficerRole> officerRoleFromCode(const QString& code)
{
    for (OfficerRole role : allOfficerRoles()) {
        if (officerRoleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

QString OfficerRoleNames::displayName(OfficerRole role)
{
    switch (role) {
    case OfficerRole::Leader:
        return tr("Leader");
    case OfficerRole::Judge:
        return tr("Judge");
    case OfficerRole::Prosecutor:
        return tr("Prosecutor");
    case OfficerRole::Police:
        return tr("Police officer");
    case OfficerRole::Mediator:
        return tr("Mediator");
    case OfficerRole::Staff:
        return tr("Staff");
    }
    return {};
}

} // namespace lp::domain
