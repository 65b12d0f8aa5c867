// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/tables.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {
class Tables final {
    Q_DECLARE_TR_FUNCTIONS(Tables)
public:
    static QString name(const QString& table)
    {
        if (table == u"district"_s)
            return tr("District");
        if (table == u"units"_s)
            return tr("Units");
        if (table == u"officers"_s)
            return tr("Officers");
        if (table == u"sections"_s)
            return tr("Sections");
        if (table == u"parks"_s)
            return tr("Parks");
        if (table == u"contact_points"_s)
            return tr("Contact points");
        if (table == u"contact_point_parks"_s)
            return tr("Parks served by contact points");
        if (table == u"contact_point_members"_s)
            return tr("Members of contact points");
        if (table == u"enterprises"_s)
            return tr("Enterprises");
        if (table == u"problem_categories"_s)
            return tr("Problem categories");
        if (table == u"departments"_s)
            return tr("Departments");
        if (table == u"visits"_s)
            return tr("Visits");
        if (table == u"visit_officers"_s)
            return tr("Officers on visits");
        if (table == u"problems"_s)
            return tr("Problems");
        if (table == u"problem_units"_s)
            return tr("Units coordinating problems");
        if (table == u"measures"_s)
            return tr("Measures");
        if (table == u"feedback"_s)
            return tr("Feedback");
        if (table == u"transfers"_s)
            return tr("Transfers");
        if (table == u"supervision_orders"_s)
            return tr("Supervision orders");
        if (table == u"calendar_years"_s)
            return tr("Holiday table");
        return table;
    }
};
} // namespace

QString tableDisplayName(const TableSpec& table)
{
    return Tables::name(table.name);
}

const TableSpec& tables::units()
{
    static const TableSpec spec{
        u"units"_s, {u"code"_s, u"name"_s, u"short_name"_s, u"kind"_s, u"sort_order"_s}, u"name"_s};
    return spec;
}

const TableSpec& tables::officers()
{
    static const TableSpec spec{
        u"officers"_s,
        {u"code"_s, u"name"_s, u"unit_id"_s, u"section_id"_s, u"role"_s, u"phone"_s, u"active"_s},
        u"name"_s};
    return spec;
}

const TableSpec& tables::district()
{
    static const TableSpec spec{u"district"_s, {u"name"_s, u"deadline_counting"_s}, u"name"_s};
    return spec;
}

const TableSpec& tables::sections()
{
    static const TableSpec spec{
        u"sections"_s, {u"unit_id"_s, u"code"_s, u"name"_s, u"sort_order"_s}, u"name"_s};
    return spec;
}

const TableSpec& tables::parks()
{
    static const TableSpec spec{u"parks"_s,
                                {u"code"_s, u"name"_s, u"address"_s, u"managing_body"_s,
                                 u"contact_name"_s, u"contact_phone"_s},
                                u"name"_s};
    return spec;
}

const TableSpec& tables::contactPoints()
{
    static const TableSpec spec{u"contact_points"_s,
                                {u"code"_s, u"name"_s, u"host_unit_id"_s, u"convener_id"_s,
                                 u"address"_s, u"phone"_s, u"established_on"_s},
                                u"name"_s};
    return spec;
}

const TableSpec& tables::contactPointParks()
{
    static const TableSpec spec{
        u"contact_point_parks"_s, {u"contact_point_id"_s, u"park_id"_s}, u"park_id"_s};
    return spec;
}

const TableSpec& tables::contactPointMembers()
{
    static const TableSpec spec{
        u"contact_point_members"_s, {u"contact_point_id"_s, u"officer_id"_s}, u"officer_id"_s};
    return spec;
}

const TableSpec& tables::enterprises()
{
    static const TableSpec spec{
        u"enterprises"_s,
        {u"name"_s, u"credit_code"_s, u"credit_code_override"_s, u"legal_representative"_s,
         u"contact_name"_s, u"contact_phone"_s, u"address"_s, u"industry"_s, u"scale"_s,
         u"park_id"_s, u"contact_point_id"_s, u"liaison_officer_id"_s, u"liaison_judge_id"_s,
         u"flag_disputes"_s, u"flag_difficulty"_s, u"flag_key"_s, u"notes"_s},
        u"name"_s};
    return spec;
}

const TableSpec& tables::problemCategories()
{
    static const TableSpec spec{
        u"problem_categories"_s,
        {u"code"_s, u"name"_s, u"deadline_days"_s, u"sort_order"_s, u"active"_s},
        u"name"_s};
    return spec;
}

const TableSpec& tables::departments()
{
    static const TableSpec spec{
        u"departments"_s, {u"code"_s, u"name"_s, u"sort_order"_s, u"active"_s}, u"name"_s};
    return spec;
}

const TableSpec& tables::visits()
{
    static const TableSpec spec{u"visits"_s,
                                {u"visit_date"_s, u"unit_id"_s, u"enterprise_id"_s, u"reason"_s,
                                 u"met_name"_s, u"met_role"_s, u"content"_s},
                                u"visit_date"_s};
    return spec;
}

const TableSpec& tables::visitOfficers()
{
    static const TableSpec spec{
        u"visit_officers"_s, {u"visit_id"_s, u"officer_id"_s}, u"officer_id"_s};
    return spec;
}

const TableSpec& tables::problems()
{
    static const TableSpec spec{u"problems"_s,
                                {u"number"_s, u"visit_id"_s, u"unit_id"_s, u"enterprise_id"_s,
                                 u"found_on"_s, u"category_id"_s, u"description"_s, u"request"_s,
                                 u"triage"_s, u"responsible_unit_id"_s, u"responsible_section_id"_s,
                                 u"responsible_officer_id"_s, u"deadline"_s, u"status"_s,
                                 u"result"_s, u"result_on"_s, u"closed_on"_s, u"closed_by"_s},
                                u"number"_s};
    return spec;
}

const TableSpec& tables::problemUnits()
{
    static const TableSpec spec{u"problem_units"_s, {u"problem_id"_s, u"unit_id"_s}, u"unit_id"_s};
    return spec;
}

const TableSpec& tables::measures()
{
    static const TableSpec spec{
        u"measures"_s,
        {u"problem_id"_s, u"taken_on"_s, u"content"_s, u"officer_id"_s, u"done_by"_s},
        u"taken_on"_s};
    return spec;
}

const TableSpec& tables::feedback()
{
    static const TableSpec spec{u"feedback"_s,
                                {u"problem_id"_s, u"given_on"_s, u"manner"_s, u"content"_s,
                                 u"satisfaction"_s, u"officer_id"_s},
                                u"given_on"_s};
    return spec;
}

const TableSpec& tables::transfers()
{
    static const TableSpec spec{u"transfers"_s,
                                {u"problem_id"_s, u"department_id"_s, u"transferred_on"_s,
                                 u"letter_year"_s, u"letter_seq"_s, u"note"_s, u"reply"_s,
                                 u"replied_on"_s},
                                u"transferred_on"_s};
    return spec;
}

const TableSpec& tables::supervisionOrders()
{
    static const TableSpec spec{u"supervision_orders"_s,
                                {u"problem_id"_s, u"order_year"_s, u"order_seq"_s, u"issued_on"_s,
                                 u"time_limit"_s, u"trigger"_s, u"unit_id"_s, u"requirement"_s,
                                 u"reply"_s, u"replied_on"_s},
                                u"issued_on"_s};
    return spec;
}

const TableSpec& tables::calendarYears()
{
    static const TableSpec spec{u"calendar_years"_s, {u"year"_s, u"source"_s}, u"year"_s};
    return spec;
}

QList<const TableSpec*> tables::all()
{
    return {&district(),
            &units(),
            &sections(),
            &officers(),
            &parks(),
            &contactPoints(),
            &contactPointParks(),
            &contactPointMembers(),
            &enterprises(),
            &problemCategories(),
            &departments(),
            &visits(),
            &visitOfficers(),
            &problems(),
            &problemUnits(),
            &measures(),
            &feedback(),
            &transfers(),
            &supervisionOrders()};
}

const QStringList& metaColumns()
{
    static const QStringList columns{u"id"_s,         u"created_at"_s,    u"updated_at"_s,
                                     u"created_by"_s, u"updated_by"_s,    u"deleted_at"_s,
                                     u"version"_s,    u"audit_batch_id"_s};
    return columns;
}

} // namespace lp::storage
