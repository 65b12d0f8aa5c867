// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/problemlistsrepository.h"

#include <QCoreApplication>

#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

QString reading()
{
    return QCoreApplication::translate("lp::storage::ProblemListsRepository",
                                       "reading the problem categories and departments");
}

QVariantMap fields(const domain::ProblemCategory& c)
{
    return {{u"code"_s, c.code},
            {u"name"_s, c.name},
            {u"deadline_days"_s, c.deadlineDays},
            {u"sort_order"_s, c.sortOrder},
            {u"active"_s, c.active ? 1 : 0}};
}

QVariantMap fields(const domain::Department& d)
{
    return {{u"code"_s, d.code},
            {u"name"_s, d.name},
            {u"sort_order"_s, d.sortOrder},
            {u"active"_s, d.active ? 1 : 0}};
}

template <typename Record>
Result<Record> written(Result<RecordMeta> meta, Record record)
{
    if (!meta)
        return fail(meta.error());
    record.id = meta->id;
    record.version = meta->version;
    return record;
}

template <typename Record>
Result<std::optional<Record>> first(Result<QList<Record>> found)
{
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

} // namespace

Result<QList<domain::ProblemCategory>>
ProblemListsRepository::selectCategories(const QString& where, const QVariantList& values) const
{
    auto query = runQuery(m_connection,
                          u"SELECT id, code, name, deadline_days, sort_order, active, version "
                          "FROM problem_categories WHERE deleted_at IS NULL AND "_s +
                              where + u" ORDER BY sort_order, code"_s,
                          values, reading());
    if (!query)
        return fail(query.error());
    QList<domain::ProblemCategory> list;
    while (query->next()) {
        list.append({query->value(0).toString(), query->value(1).toString(),
                     query->value(2).toString(), query->value(3).toInt(), query->value(4).toInt(),
                     query->value(5).toInt() != 0, query->value(6).toInt()});
    }
    return list;
}

Result<QList<domain::Department>>
ProblemListsRepository::selectDepartments(const QString& where, const QVariantList& values) const
{
    auto query = runQuery(m_connection,
                          u"SELECT id, code, name, sort_order, active, version FROM departments "
                          "WHERE deleted_at IS NULL AND "_s +
                              where + u" ORDER BY sort_order, code"_s,
                          values, reading());
    if (!query)
        return fail(query.error());
    QList<domain::Department> list;
    while (query->next()) {
        list.append({query->value(0).toString(), query->value(1).toString(),
                     query->value(2).toString(), query->value(3).toInt(),
                     query->value(4).toInt() != 0, query->value(5).toInt()});
    }
    return list;
}

Result<QList<domain::ProblemCategory>> ProblemListsRepository::categories() const
{
    return selectCategories(u"1 = 1"_s, {});
}

Result<QList<domain::Department>> ProblemListsRepository::departments() const
{
    return selectDepartments(u"1 = 1"_s, {});
}

Result<std::optional<domain::ProblemCategory>>
ProblemListsRepository::categoryById(const QString& id) const
{
    return first(selectCategories(u"id = ?"_s, {id}));
}

Result<std::optional<domain::Department>>
ProblemListsRepository::departmentById(const QString& id) const
{
    return first(selectDepartments(u"id = ?"_s, {id}));
}

Result<domain::ProblemCategory> ProblemListsRepository::insert(RecordWriter& writer,
                                                               domain::ProblemCategory category)
{
    return written(writer.insert(tables::problemCategories(), fields(category)), category);
}

Result<domain::ProblemCategory> ProblemListsRepository::update(RecordWriter& writer,
                                                               domain::ProblemCategory category)
{
    return written(
        writer.update(tables::problemCategories(), category.id, category.version, fields(category)),
        category);
}

Result<domain::Department> ProblemListsRepository::insert(RecordWriter& writer,
                                                          domain::Department department)
{
    return written(writer.insert(tables::departments(), fields(department)), department);
}

Result<domain::Department> ProblemListsRepository::update(RecordWriter& writer,
                                                          domain::Department department)
{
    return written(
        writer.update(tables::departments(), department.id, department.version, fields(department)),
        department);
}

} // namespace lp::storage
