// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/organisationchecks.h"

#include "core/domain/codes.h"
#include "core/domain/phone.h"

using namespace Qt::StringLiterals;

namespace lp::services {
namespace {

void required(FieldIssues& issues, const QString& column, const QString& value)
{
    if (value.isEmpty()) {
        issues.append(
            {column,
             {ErrorCode::InvalidInput,
              OrganisationChecks::tr("%1 is required.").arg(OrganisationChecks::fieldLabel(column)),
              {}}});
    }
}

void code(FieldIssues& issues, const QString& value)
{
    if (auto valid = domain::Codes::validate(value, OrganisationChecks::fieldLabel(u"code"_s));
        !valid)
        issues.append({u"code"_s, valid.error()});
}

void phone(FieldIssues& issues, const QString& column, const QString& value)
{
    if (value.isEmpty())
        return;
    if (auto valid = domain::Phone::validate(value, OrganisationChecks::fieldLabel(column)); !valid)
        issues.append({column, valid.error()});
}

} // namespace

QString OrganisationChecks::fieldLabel(const QString& column)
{
    static const QList<std::pair<QString, const char*>> labels{
        {u"code"_s, QT_TR_NOOP("Code")},
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"short_name"_s, QT_TR_NOOP("Short name")},
        {u"unit_id"_s, QT_TR_NOOP("Unit")},
        {u"section_id"_s, QT_TR_NOOP("Section")},
        {u"role"_s, QT_TR_NOOP("Role")},
        {u"phone"_s, QT_TR_NOOP("Phone")},
        {u"address"_s, QT_TR_NOOP("Address")},
        {u"managing_body"_s, QT_TR_NOOP("Managing body")},
        {u"contact_name"_s, QT_TR_NOOP("Contact person")},
        {u"contact_phone"_s, QT_TR_NOOP("Contact phone")},
        {u"host_unit_id"_s, QT_TR_NOOP("Host unit")},
        {u"convener_id"_s, QT_TR_NOOP("Convener")},
        {u"established_on"_s, QT_TR_NOOP("Set up on")},
        {u"parks"_s, QT_TR_NOOP("Parks served")},
        {u"members"_s, QT_TR_NOOP("Members")},
        {u"deadline_days"_s, QT_TR_NOOP("Time limit (days)")},
        {u"sort_order"_s, QT_TR_NOOP("Order")},
        {u"active"_s, QT_TR_NOOP("In use")}};
    for (const auto& [name, label] : labels) {
        if (name == column)
            return tr(label);
    }
    return column;
}

FieldIssues OrganisationChecks::validate(const domain::Unit& unit)
{
    FieldIssues issues;
    code(issues, unit.code);
    required(issues, u"name"_s, unit.name);
    return issues;
}

FieldIssues OrganisationChecks::validate(const domain::Section& section)
{
    FieldIssues issues;
    required(issues, u"unit_id"_s, section.unitId);
    code(issues, section.code);
    required(issues, u"name"_s, section.name);
    return issues;
}

FieldIssues OrganisationChecks::validate(const domain::Officer& officer)
{
    FieldIssues issues;
    code(issues, officer.code);
    required(issues, u"name"_s, officer.name);
    required(issues, u"unit_id"_s, officer.unitId);
    phone(issues, u"phone"_s, officer.phone);
    return issues;
}

FieldIssues OrganisationChecks::validate(const domain::Park& park)
{
    FieldIssues issues;
    code(issues, park.code);
    required(issues, u"name"_s, park.name);
    phone(issues, u"contact_phone"_s, park.contactPhone);
    return issues;
}

FieldIssues OrganisationChecks::validate(const domain::ContactPoint& point)
{
    FieldIssues issues;
    code(issues, point.code);
    required(issues, u"name"_s, point.name);
    required(issues, u"host_unit_id"_s, point.hostUnitId);
    phone(issues, u"phone"_s, point.phone);
    return issues;
}

FieldIssues OrganisationChecks::validate(const domain::ProblemCategory& category)
{
    FieldIssues issues;
    code(issues, category.code);
    required(issues, u"name"_s, category.name);
    if (category.deadlineDays < 1 || category.deadlineDays > 365)
        issues.append({u"deadline_days"_s, Error{ErrorCode::InvalidInput,
                                                 tr("%1: give a number of days from 1 to 365.")
                                                     .arg(fieldLabel(u"deadline_days"_s)),
                                                 {}}});
    return issues;
}

FieldIssues OrganisationChecks::validate(const domain::Department& department)
{
    FieldIssues issues;
    code(issues, department.code);
    required(issues, u"name"_s, department.name);
    return issues;
}

} // namespace lp::services
