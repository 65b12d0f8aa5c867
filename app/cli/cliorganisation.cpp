// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The CLI commands of the organisation records: the roster import and the two reports.
#include <QDir>
#include <QFileInfo>

#include "app/cli/clicommands.h"
#include "core/clock.h"
#include "core/demo/demogenerator.h"
#include "core/imports/enterpriseimport.h"
#include "core/imports/importreport.h"
#include "core/reports/contactpointcard.h"
#include "core/reports/documentexport.h"
#include "core/reports/enterpriseroster.h"
#include "core/storage/contactpointrepository.h"
#include "core/storage/database.h"
#include "core/storage/parkrepository.h"

using namespace Qt::StringLiterals;

namespace lp::cli {
namespace {

template <typename Record>
QString codesOf(const QList<Record>& records)
{
    QStringList codes;
    for (const Record& record : records)
        codes.append(record.code);
    return codes.join(u", "_s);
}

} // namespace

int CliCommands::exportRoster(const Context& context)
{
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    storage::EnterpriseFilter filter;
    QStringList described;
    if (!context.park.isEmpty()) {
        storage::ParkRepository parks((*database)->connection());
        auto park = parks.findByCode(context.park);
        if (!park)
            return failed(park.error());
        if (!park->has_value()) {
            return failed({ErrorCode::NotFound,
                           tr("--park: there is no park with the code \"%1\". The codes are: %2.")
                               .arg(context.park, codesOf(parks.list().value_or({}))),
                           {}});
        }
        filter.parkId = (*park)->id;
        described.append(tr("Park: %1").arg((*park)->name));
    }
    if (!context.point.isEmpty()) {
        storage::ContactPointRepository points((*database)->connection());
        auto point = points.findByCode(context.point);
        if (!point)
            return failed(point.error());
        if (!point->has_value()) {
            return failed({ErrorCode::NotFound,
                           tr("--point: there is no contact point with the code \"%1\". The "
                              "codes are: %2.")
                               .arg(context.point, codesOf(points.list().value_or({}))),
                           {}});
        }
        filter.contactPointId = (*point)->id;
        described.append(tr("Contact point: %1").arg((*point)->name));
    }
    const reports::RosterFacts facts{districtName(**database), m_clock.today(),
                                     described.join(tr("; "))};
    auto document = reports::EnterpriseRoster::load(**database, filter, facts);
    if (!document)
        return failed(document.error());
    auto written = reports::writeDocument(*document, *reports::outputFormatFromName(context.format),
                                          context.outPath);
    if (!written)
        return failed(written.error());
    m_output.line(tr("Wrote %1.").arg(shownPath(context.outPath)));
    return ExitOk;
}

int CliCommands::exportContactPointCard(const Context& context)
{
    if (context.point.isEmpty())
        return usage(tr("export contact-point-card needs --point CODE."));
    const auto format = *reports::outputFormatFromName(context.format);
    if (format == reports::OutputFormat::Xlsx)
        return usage(tr("The contact-point card is a form: use --format pdf or docx."));
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    auto document =
        reports::ContactPointCard::load(**database, context.point, districtName(**database));
    if (!document)
        return failed(document.error());
    auto written = reports::writeDocument(*document, format, context.outPath);
    if (!written)
        return failed(written.error());
    m_output.line(tr("Wrote %1.").arg(shownPath(context.outPath)));
    return ExitOk;
}

int CliCommands::importEnterprises(const Context& context)
{
    const QString file = context.positional.at(2);
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    auto actor = resolveActor(**database, context);
    if (!actor)
        return failed(actor.error());
    auto plan = imports::EnterpriseImport::prepare(**database, file, context.sheet);
    if (!plan)
        return failed(plan.error());
    using Action = imports::ImportRow::Action;
    m_output.line(tr("%1: %2 row(s): %3 new, %4 to update, %5 unchanged.")
                      .arg(shownPath(file))
                      .arg(plan->rows.size())
                      .arg(plan->count(Action::Insert))
                      .arg(plan->count(Action::Update))
                      .arg(plan->count(Action::Unchanged)));
    if (!plan->ignoredColumns.isEmpty())
        m_output.line(tr("Columns not imported: %1.").arg(plan->ignoredColumns.join(tr(", "))));
    imports::ImportOptions options;
    options.createMissing = context.createMissing;
    if (context.createMissing) {
        if (!plan->missingParks.isEmpty())
            m_output.line(tr("Parks to create: %1.").arg(plan->missingParks.join(tr(", "))));
        if (!plan->missingPoints.isEmpty())
            m_output.line(
                tr("Contact points to create: %1.").arg(plan->missingPoints.join(tr(", "))));
    }
    const auto problems = imports::EnterpriseImport::problems(*plan, options);
    if (!problems.isEmpty()) {
        for (const auto& problem : problems)
            m_output.error(imports::EnterpriseImport::describe(problem));
        auto report = imports::ImportReport::write(*plan, problems);
        m_output.error(tr("Nothing was imported: %n problem(s).", nullptr, int(problems.size())));
        if (report)
            m_output.error(tr("The problems are listed in %1.").arg(shownPath(*report)));
        else
            m_output.error(report.error().message);
        return ExitFailed;
    }
    if (context.dryRun) {
        m_output.line(tr("Dry run: the file is fine; nothing was written."));
        return ExitOk;
    }
    auto outcome = imports::EnterpriseImport::commit(**database, *actor, *plan, options);
    if (!outcome)
        return failed(outcome.error());
    m_output.line(tr("Imported: %1 new, %2 updated, %3 unchanged.")
                      .arg(outcome->inserted)
                      .arg(outcome->updated)
                      .arg(outcome->unchanged));
    return ExitOk;
}

int CliCommands::demo(const Context& context)
{
    demo::DemoOptions options;
    if (context.scale == u"small"_s)
        options.scale = demo::DemoScale::Small;
    else if (context.scale == u"district"_s)
        options.scale = demo::DemoScale::District;
    else
        return usage(tr("demo needs --scale small or --scale district."));
    if (!context.seed.isEmpty()) {
        bool ok = false;
        options.seed = context.seed.toULongLong(&ok);
        if (!ok)
            return usage(tr("--seed: \"%1\" is not a whole number.").arg(context.seed));
    }
    options.today = m_clock.today();
    if (!context.today.isEmpty()) {
        options.today = QDate::fromString(context.today, Qt::ISODate);
        if (!options.today.isValid())
            return usage(
                tr("--today: \"%1\" is not a date written YYYY-MM-DD.").arg(context.today));
    }
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    auto actor = resolveActor(**database, context);
    if (!actor)
        return failed(actor.error());
    auto summary = demo::DemoGenerator::create(**database, options, *actor);
    if (!summary)
        return failed(summary.error());
    m_output.line(tr("Wrote demonstration data to %1: %2 units with %3 sections, %4 officers, %5 "
                     "parks, %6 contact points and %7 enterprises.")
                      .arg(shownPath(context.databasePath))
                      .arg(summary->units)
                      .arg(summary->sections)
                      .arg(summary->officers)
                      .arg(summary->parks)
                      .arg(summary->contactPoints)
                      .arg(summary->enterprises));
    m_output.line(tr("Visits: %1, finding %2 problems; %3 measures, %4 feedback records, %5 "
                     "transfers and %6 supervision orders.")
                      .arg(summary->visits)
                      .arg(summary->problems)
                      .arg(summary->measures)
                      .arg(summary->feedback)
                      .arg(summary->transfers)
                      .arg(summary->supervisionOrders));
    return ExitOk;
}

} // namespace lp::cli
