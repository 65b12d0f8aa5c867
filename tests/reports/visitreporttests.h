// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the visit report tests share: the fixture in a fresh database, and the texts a report
// should print for the fixture's records, worked out here in C++ over those records — never
// with the reports' own SQL.
#pragma once

#include <algorithm>
#include <memory>

#include "core/reports/documentexport.h"
#include "tests/core/visitfixtures.h"
#include "tests/testsupport.h"

namespace lp::test::visits {

using namespace Qt::StringLiterals;
using reports::Document;
using reports::OutputFormat;

struct Period {
    QDate from;
    QDate to;
    [[nodiscard]] bool contains(const QDate& day) const
    {
        return day.isValid() && day >= from && day <= to;
    }
};

inline Period monthOf(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

inline QString unitName(const VisitFixture& f, const QString& id)
{
    for (const auto& unit : f.units) {
        if (unit.id == id)
            return unit.name;
    }
    return {};
}

inline QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

inline QString officerNames(const VisitFixture& f, const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids)
        names.append(f.officers.value(id).name);
    return names.join(u'、');
}

inline QString responsibleText(const VisitFixture& f, const domain::Problem& p)
{
    QStringList parts;
    if (!p.responsibleUnitId.isEmpty())
        parts.append(unitName(f, p.responsibleUnitId));
    if (!p.responsibleSectionId.isEmpty())
        parts.append(u"民事审判第一庭"_s);
    if (!p.responsibleOfficerId.isEmpty())
        parts.append(f.officers.value(p.responsibleOfficerId).name);
    return parts.join(u' ');
}

inline QString triageText(const VisitFixture& f, const domain::Problem& p)
{
    if (!p.triage)
        return {};
    QString text = domain::ProblemNames::chineseName(*p.triage);
    if (*p.triage == domain::Triage::CrossUnit)
        text += u"（"_s + unitName(f, p.partnerUnitIds.value(0)) + u"）"_s;
    return text;
}

// The problems of the unit (all units when empty) found in the period, in the list's order.
inline QList<domain::Problem> problemsFound(const VisitFixture& f, const Period& period,
                                            const QString& unitId)
{
    QList<domain::Problem> found;
    for (const auto& p : f.problems) {
        if (period.contains(p.foundOn) && (unitId.isEmpty() || p.unitId == unitId))
            found.append(p);
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return std::pair(a.foundOn, a.number) < std::pair(b.foundOn, b.number);
    });
    return found;
}

inline QString write(const Document& document, OutputFormat format, const Workspace& ws,
                     const QString& name)
{
    const QString path = ws.path(name);
    REQUIRE_OK(writeDocument(document, format, path));
    return path;
}

struct Fixture {
    Workspace ws;
    std::unique_ptr<storage::Database> db = ws.open();
    VisitFixture f = createVisits(*db);
    [[nodiscard]] QString unitId(const QString& code) const { return f.units.value(code).id; }
};

} // namespace lp::test::visits
