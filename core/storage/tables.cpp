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
    static const TableSpec spec{u"district"_s, {u"name"_s}, u"name"_s};
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

QList<const TableSpec*> tables::all()
{
    return {&district(),   &units(),         &sections(),          &officers(),
            &parks(),      &contactPoints(), &contactPointParks(), &contactPointMembers(),
            &enterprises()};
}

const QStringList& metaColumns()
{
    static const QStringList columns{u"id"_s,         u"created_at"_s,    u"updated_at"_s,
                                     u"created_by"_s, u"updated_by"_s,    u"deleted_at"_s,
                                     u"version"_s,    u"audit_batch_id"_s};
    return columns;
}

} // namespace lp::storage
