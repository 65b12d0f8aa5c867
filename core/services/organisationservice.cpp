// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/organisationservice.h"

#include "core/domain/codes.h"
#include "core/domain/phone.h"
#include "core/services/changehub.h"
#include "core/services/organisationchecks.h"
#include "core/storage/contactpointrepository.h"
#include "core/storage/database.h"
#include "core/storage/officerrepository.h"
#include "core/storage/parkrepository.h"
#include "core/storage/problemlistsrepository.h"
#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sectionrepository.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"

using namespace Qt::StringLiterals;

namespace lp::services {
namespace {

QString codeOf(const QString& code)
{
    return code.trimmed().toLower();
}

} // namespace

domain::Unit OrganisationService::normalized(domain::Unit unit)
{
    unit.code = codeOf(unit.code);
    unit.name = unit.name.simplified();
    unit.shortName = unit.shortName.simplified();
    return unit;
}

domain::Section OrganisationService::normalized(domain::Section section)
{
    section.code = codeOf(section.code);
    section.name = section.name.simplified();
    return section;
}

domain::Officer OrganisationService::normalized(domain::Officer officer)
{
    officer.code = codeOf(officer.code);
    officer.name = officer.name.simplified();
    officer.phone = domain::Phone::normalized(officer.phone);
    return officer;
}

domain::Park OrganisationService::normalized(domain::Park park)
{
    park.code = codeOf(park.code);
    park.name = park.name.simplified();
    park.address = park.address.simplified();
    park.managingBody = park.managingBody.simplified();
    park.contactName = park.contactName.simplified();
    park.contactPhone = domain::Phone::normalized(park.contactPhone);
    return park;
}

domain::ProblemCategory OrganisationService::normalized(domain::ProblemCategory category)
{
    category.code = codeOf(category.code);
    category.name = category.name.simplified();
    return category;
}

domain::Department OrganisationService::normalized(domain::Department department)
{
    department.code = codeOf(department.code);
    department.name = department.name.simplified();
    return department;
}

domain::ContactPoint OrganisationService::normalized(domain::ContactPoint point)
{
    point.code = codeOf(point.code);
    point.name = point.name.simplified();
    point.address = point.address.simplified();
    point.phone = domain::Phone::normalized(point.phone);
    point.parkIds.removeDuplicates();
    point.memberIds.removeDuplicates();
    return point;
}

Result<QString> OrganisationService::codeHolder(const QString& table, const QString& code,
                                                const QString& ownId, const QString& scopeColumn,
                                                const QString& scopeValue) const
{
    QString sql =
        u"SELECT name FROM %1 WHERE code = ? AND id <> IFNULL(?, '') AND deleted_at IS NULL"_s.arg(
            table);
    QVariantList values{code, ownId};
    if (!scopeColumn.isEmpty()) {
        sql += u" AND %1 = ?"_s.arg(scopeColumn);
        values.append(scopeValue);
    }
    auto holder =
        storage::queryValue(m_database.connection(), sql, values, tr("checking the code"));
    if (!holder)
        return fail(holder.error());
    return holder->toString();
}

Result<FieldIssues> OrganisationService::withCodeCheck(FieldIssues issues, const QString& table,
                                                       const QString& code, const QString& ownId,
                                                       const QString& scopeColumn,
                                                       const QString& scopeValue) const
{
    if (issueFor(issues, u"code"_s))
        return issues;
    auto holder = codeHolder(table, code, ownId, scopeColumn, scopeValue);
    if (!holder)
        return fail(holder.error());
    if (!holder->isEmpty()) {
        issues.append({u"code"_s,
                       {ErrorCode::Conflict,
                        tr("%1: \"%2\" is already used by %3. Choose another code.")
                            .arg(OrganisationChecks::fieldLabel(u"code"_s), code, *holder),
                        {}}});
    }
    return issues;
}

Result<FieldIssues> OrganisationService::check(const domain::Unit& unit) const
{
    return withCodeCheck(OrganisationChecks::validate(unit), u"units"_s, unit.code, unit.id);
}

Result<FieldIssues> OrganisationService::check(const domain::Section& section) const
{
    return withCodeCheck(OrganisationChecks::validate(section), u"sections"_s, section.code,
                         section.id, u"unit_id"_s, section.unitId);
}

Result<FieldIssues> OrganisationService::check(const domain::Officer& officer) const
{
    return withCodeCheck(OrganisationChecks::validate(officer), u"officers"_s, officer.code,
                         officer.id);
}

Result<FieldIssues> OrganisationService::check(const domain::Park& park) const
{
    return withCodeCheck(OrganisationChecks::validate(park), u"parks"_s, park.code, park.id);
}

Result<FieldIssues> OrganisationService::check(const domain::ProblemCategory& category) const
{
    return withCodeCheck(OrganisationChecks::validate(category), u"problem_categories"_s,
                         category.code, category.id);
}

Result<FieldIssues> OrganisationService::check(const domain::Department& department) const
{
    return withCodeCheck(OrganisationChecks::validate(department), u"departments"_s,
                         department.code, department.id);
}

Result<FieldIssues> OrganisationService::check(const domain::ContactPoint& point) const
{
    return withCodeCheck(OrganisationChecks::validate(point), u"contact_points"_s, point.code,
                         point.id);
}

template <typename Record, typename Write>
Result<Record> OrganisationService::write(const Record& record, const QString& table,
                                          Write&& writeRecord)
{
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto issues = check(record);
    if (!issues)
        return fail(issues.error());
    if (!issues->isEmpty())
        return fail(issues->first().error);
    storage::RecordWriter writer(transaction->connection(), m_database.clock(), m_actor);
    Result<Record> saved = writeRecord(writer, transaction->connection());
    if (!saved)
        return fail(saved.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    if (m_changes)
        m_changes->announce(table, {saved->id});
    return saved;
}

Result<domain::Unit> OrganisationService::save(domain::Unit unit)
{
    unit = normalized(std::move(unit));
    return write(unit, u"units"_s, [&](storage::RecordWriter& writer, const QSqlDatabase&) {
        return unit.id.isEmpty() ? storage::UnitRepository::insert(writer, unit)
                                 : storage::UnitRepository::update(writer, unit);
    });
}

Result<domain::Section> OrganisationService::save(domain::Section section)
{
    section = normalized(std::move(section));
    return write(section, u"sections"_s, [&](storage::RecordWriter& writer, const QSqlDatabase&) {
        return section.id.isEmpty() ? storage::SectionRepository::insert(writer, section)
                                    : storage::SectionRepository::update(writer, section);
    });
}

Result<domain::Officer> OrganisationService::save(domain::Officer officer)
{
    officer = normalized(std::move(officer));
    return write(officer, u"officers"_s, [&](storage::RecordWriter& writer, const QSqlDatabase&) {
        return officer.id.isEmpty() ? storage::OfficerRepository::insert(writer, officer)
                                    : storage::OfficerRepository::update(writer, officer);
    });
}

Result<domain::Park> OrganisationService::save(domain::Park park)
{
    park = normalized(std::move(park));
    return write(park, u"parks"_s, [&](storage::RecordWriter& writer, const QSqlDatabase&) {
        return park.id.isEmpty() ? storage::ParkRepository::insert(writer, park)
                                 : storage::ParkRepository::update(writer, park);
    });
}

Result<domain::ContactPoint> OrganisationService::save(domain::ContactPoint point)
{
    point = normalized(std::move(point));
    return write(point, u"contact_points"_s,
                 [&](storage::RecordWriter& writer, const QSqlDatabase& connection) {
                     if (point.id.isEmpty())
                         return storage::ContactPointRepository::insert(writer, point);
                     return storage::ContactPointRepository(connection).update(writer, point);
                 });
}

Result<domain::ProblemCategory> OrganisationService::save(domain::ProblemCategory category)
{
    category = normalized(std::move(category));
    return write(category, u"problem_categories"_s,
                 [&](storage::RecordWriter& writer, const QSqlDatabase&) {
                     return category.id.isEmpty()
                                ? storage::ProblemListsRepository::insert(writer, category)
                                : storage::ProblemListsRepository::update(writer, category);
                 });
}

Result<domain::Department> OrganisationService::save(domain::Department department)
{
    department = normalized(std::move(department));
    return write(department, u"departments"_s,
                 [&](storage::RecordWriter& writer, const QSqlDatabase&) {
                     return department.id.isEmpty()
                                ? storage::ProblemListsRepository::insert(writer, department)
                                : storage::ProblemListsRepository::update(writer, department);
                 });
}

} // namespace lp::services
