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
        u"officers"_s, {u"code"_s, u"name"_s, u"unit_id"_s, u"phone"_s, u"active"_s}, u"name"_s};
    return spec;
}

const TableSpec& tables::district()
{
    static const TableSpec spec{u"district"_s, {u"name"_s}, u"name"_s};
    return spec;
}

QList<const TableSpec*> tables::all()
{
    return {&district(), &units(), &officers()};
}

const QStringList& metaColumns()
{
    static const QStringList columns{u"id"_s,         u"created_at"_s,    u"updated_at"_s,
                                     u"created_by"_s, u"updated_by"_s,    u"deleted_at"_s,
                                     u"version"_s,    u"audit_batch_id"_s};
    return columns;
}

} // namespace lp::storage
