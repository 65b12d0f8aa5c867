// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/contactpointcard.h"

#include <QHash>

#include "core/domain/officer.h"
#include "core/storage/contactpointrepository.h"
#include "core/storage/database.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/officerrepository.h"
#include "core/storage/parkrepository.h"
#include "core/storage/sectionrepository.h"
#include "core/storage/unitrepository.h"

using namespace Qt::StringLiterals;

namespace lp::reports {
namespace {

struct Names {
    QHash<QString, QString> units;    // id → name
    QHash<QString, QString> sections; // id → name
    QHash<QString, QString> parks;    // id → name
    QHash<QString, domain::Officer> officers;

    static Result<Names> load(const QSqlDatabase& connection)
    {
        Names names;
        auto units = storage::UnitRepository(connection).listActive();
        auto sections = storage::SectionRepository(connection).list();
        auto parks = storage::ParkRepository(connection).list();
        auto officers = storage::OfficerRepository(connection).listAll();
        if (const Error* error = firstError(units, sections, parks, officers))
            return fail(*error);
        for (const auto& unit : *units)
            names.units.insert(unit.id, unit.name);
        for (const auto& section : *sections)
            names.sections.insert(section.id, section.name);
        for (const auto& park : *parks)
            names.parks.insert(park.id, park.name);
        for (const auto& officer : *officers)
            names.officers.insert(officer.id, officer);
        return names;
    }
};

TableCell text(const QString& value)
{
    return {value.isEmpty() ? QVariant() : QVariant(value)};
}

Table membersTable(const domain::ContactPoint& point, const Names& names)
{
    Table table;
    table.caption = ContactPointCard::tr("Members");
    table.fontPt = 10.5;
    table.columns = {{ContactPointCard::tr("No."), 0.5, Align::Center, CellType::Number},
                     {ContactPointCard::tr("Name"), 1.0},
                     {ContactPointCard::tr("Unit"), 2.0},
                     {ContactPointCard::tr("Section"), 1.6},
                     {ContactPointCard::tr("Role"), 0.9, Align::Center},
                     {ContactPointCard::tr("Phone"), 1.5}};
    int number = 0;
    for (const QString& id : point.memberIds) {
        const domain::Officer officer = names.officers.value(id);
        table.rows.append({{++number},
                           text(officer.name),
                           text(names.units.value(officer.unitId)),
                           text(names.sections.value(officer.sectionId)),
                           text(domain::OfficerRoleNames::displayName(officer.role)),
                           text(officer.phone)});
    }
    return table;
}

} // namespace

Result<Document> ContactPointCard::load(storage::Database& database, const QString& pointCode,
                                        const QString& districtName)
{
    const QSqlDatabase connection = database.connection();
    storage::ContactPointRepository points(connection);
    auto found = points.findByCode(pointCode);
    if (!found)
        return fail(found.error());
    if (!found->has_value()) {
        auto all = points.list();
        QStringList codes;
        for (const auto& point : all.value_or(QList<domain::ContactPoint>()))
            codes.append(point.code);
        return fail(ErrorCode::NotFound,
                    tr("There is no contact point with the code \"%1\". The codes are: %2.")
                        .arg(pointCode, codes.isEmpty() ? tr("(none yet)") : codes.join(u", "_s)));
    }
    const domain::ContactPoint& point = **found;
    auto names = Names::load(connection);
    if (!names)
        return fail(names.error());
    storage::EnterpriseFilter filter;
    filter.contactPointId = point.id;
    storage::EnterpriseRepository enterprises(connection);
    auto total = enterprises.count(filter);
    if (!total)
        return fail(total.error());
    auto served = enterprises.rows(filter, 0, *total);
    if (!served)
        return fail(served.error());

    Document document;
    document.title = tr("Basic facts of a service contact point");
    document.setup = PageSetup::official();
    document.setup.headerText = districtName;
    document.blocks.append(Title{tr("Basic facts of a service contact point"), point.name});

    QStringList parkNames;
    for (const QString& id : point.parkIds)
        parkNames.append(names->parks.value(id));
    const domain::Officer convener = names->officers.value(point.convenerId);
    KeyValueForm form;
    form.fields = {
        {tr("Name"), point.name, true},
        {tr("Code"), point.code},
        {tr("Set up on"),
         point.establishedOn.isValid() ? point.establishedOn.toString(Qt::ISODate) : QString()},
        {tr("Host unit"), names->units.value(point.hostUnitId)},
        {tr("Convener"),
         convener.name.isEmpty()
             ? QString()
             : tr("%1 (%2)").arg(convener.name, names->units.value(convener.unitId))},
        {tr("Address"), point.address, true},
        {tr("Phone"), point.phone},
        {tr("Members"), tr("%n person(s)", nullptr, int(point.memberIds.size()))},
        {tr("Parks served"), parkNames.join(tr(", ")), true},
        {tr("Enterprises served"), tr("%n enterprise(s)", nullptr, int(served->size())), true}};
    document.blocks.append(form);

    document.blocks.append(Heading{1, tr("Members")});
    document.blocks.append(membersTable(point, *names));
    document.blocks.append(Heading{1, tr("Enterprises served")});
    Table table;
    table.caption = tr("Enterprises served");
    table.fontPt = 10.5;
    table.columns = {{tr("No."), 0.45, Align::Center, CellType::Number},
                     {tr("Enterprise name"), 2.5},
                     {tr("Unified social credit code"), 1.95},
                     {tr("Contact person"), 0.8},
                     {tr("Contact phone"), 1.3},
                     {tr("Liaison officer"), 0.8}};
    int number = 0;
    for (const auto& row : *served) {
        table.rows.append({{++number},
                           text(row.name),
                           text(row.creditCode),
                           text(row.contactName),
                           text(row.contactPhone),
                           text(row.liaisonName)});
    }
    document.blocks.append(table);
    document.blocks.append(SignatureBlock{
        {{tr("Reporting unit (seal)"), {}}, {tr("Filled in by"), {}}, {tr("Date"), {}}}});
    return document;
}

} // namespace lp::reports
