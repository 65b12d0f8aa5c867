// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The checks of the organisation records that need nothing but the record itself.
#pragma once

#include <QCoreApplication>

#include "core/domain/officer.h"
#include "core/domain/organisation.h"
#include "core/domain/unit.h"
#include "core/domain/visit.h"
#include "core/services/fieldissue.h"

namespace lp::services {

class OrganisationChecks final {
    Q_DECLARE_TR_FUNCTIONS(OrganisationChecks)
public:
    static FieldIssues validate(const domain::Unit& unit);
    static FieldIssues validate(const domain::Section& section);
    static FieldIssues validate(const domain::Officer& officer);
    static FieldIssues validate(const domain::Park& park);
    static FieldIssues validate(const domain::ContactPoint& point);
    static FieldIssues validate(const domain::ProblemCategory& category);
    static FieldIssues validate(const domain::Department& department);

    // "Code", "Name", "Host unit", … as the forms label the columns.
    static QString fieldLabel(const QString& column);
};

} // namespace lp::services
