// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/visitnames.h"

#include "core/storage/officerrepository.h"
#include "core/storage/problemlistsrepository.h"
#include "core/storage/sectionrepository.h"
#include "core/storage/unitrepository.h"
#include "core/storage/visitledgerquery.h"

using namespace Qt::StringLiterals;

namespace lp::reports {

Result<VisitNames> VisitNames::load(const QSqlDatabase& connection)
{
    auto units = storage::UnitRepository(connection).listActive();
    auto sections = storage::SectionRepository(connection).list();
    auto officers = storage::OfficerRepository(connection).listAll();
    auto categories = storage::VisitLedgerQuery(connection).categoryNames();
    auto departments = storage::ProblemListsRepository(connection).departments();
    if (const Error* error = firstError(units, sections, officers, categories, departments))
        return fail(*error);
    VisitNames names;
    names.m_units = *units;
    for (qsizetype i = 0; i < names.m_units.size(); ++i)
        names.m_unitIndex.insert(names.m_units[i].id, i);
    for (const auto& section : std::as_const(*sections))
        names.m_sections.insert(section.id, section.name);
    for (const auto& officer : std::as_const(*officers))
        names.m_officers.insert(officer.id, officer.name);
    for (const auto& category : std::as_const(*categories))
        names.m_categories.insert(category.id, category.name);
    for (const auto& department : std::as_const(*departments))
        names.m_departments.insert(department.id, department.name);
    return names;
}

QString VisitNames::unit(const QString& id) const
{
    const auto at = m_unitIndex.constFind(id);
    return at == m_unitIndex.cend() ? QString() : m_units[*at].name;
}

QString VisitNames::unitShortName(const QString& id) const
{
    const auto at = m_unitIndex.constFind(id);
    if (at == m_unitIndex.cend())
        return {};
    const domain::Unit& found = m_units[*at];
    return found.shortName.isEmpty() ? found.name : found.shortName;
}

QString VisitNames::officers(const QStringList& ids) const
{
    QStringList names;
    for (const QString& id : ids) {
        if (const QString name = officer(id); !name.isEmpty())
            names.append(name);
    }
    return names.join(u'、');
}

QString VisitNames::responsible(const domain::Problem& problem) const
{
    QStringList parts;
    for (const QString& part :
         {unit(problem.responsibleUnitId), section(problem.responsibleSectionId),
          officer(problem.responsibleOfficerId)}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u' ');
}

QString VisitNames::triage(const domain::Problem& problem) const
{
    if (!problem.triage)
        return {};
    QString text = domain::ProblemNames::chineseName(*problem.triage);
    if (*problem.triage == domain::Triage::CrossUnit && !problem.partnerUnitIds.isEmpty()) {
        QStringList partners;
        for (const QString& id : problem.partnerUnitIds)
            partners.append(unit(id));
        text += u"（"_s + partners.join(u'、') + u"）"_s;
    }
    return text;
}

QString printedDate(const QDate& date)
{
    return date.isValid() ? u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day())
                          : QString();
}

QString printedMonth(const QDate& date)
{
    return date.isValid() ? u"%1年%2月"_s.arg(date.year()).arg(date.month()) : QString();
}

} // namespace lp::reports
