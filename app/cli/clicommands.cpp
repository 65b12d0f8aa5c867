// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>

#include <sqlite3.h>

#include "core/appinfo.h"
#include "core/clock.h"
#include "core/domain/codes.h"
#include "core/reports/documentexport.h"
#include "core/reports/fontcheck.h"
#include "core/reports/testpage.h"
#include "core/services/setupservice.h"
#include "core/storage/backups.h"
#include "core/storage/database.h"
#include "core/storage/databasecheck.h"
#include "core/storage/districtrepository.h"
#include "core/storage/officerrepository.h"

using namespace Qt::StringLiterals;

namespace lp::cli {
namespace {} // namespace

CliCommands::CliCommands(CliOutput& output, const Clock& clock)
    : m_output(output)
    , m_clock(clock)
{}

int CliCommands::failed(const Error& error)
{
    m_output.error(error.message);
    return ExitFailed;
}

int CliCommands::usage(const QString& message)
{
    m_output.error(message);
    m_output.error(tr("Run linkpoint-cli --help for the commands."));
    return ExitUsage;
}

int CliCommands::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "LinkPoint command line: set up, check, back up and restore a LinkPoint database.\n\n"
        "Commands:\n"
        "  version           print the program, data and library versions\n"
        "  init              create the district's five political-legal units\n"
        "  check             check the file's integrity, references, version and audit trail\n"
        "  backup --out FILE write a consistent copy of the database to FILE\n"
        "  restore FILE      replace the database with the backup FILE (the replaced\n"
        "                    content is kept beside the database file)\n"
        "  demo --scale small|district [--seed N] [--today YYYY-MM-DD]\n"
        "                    fill a new file with realistic demonstration records\n"
        "  import enterprises FILE.csv|FILE.xlsx [--dry-run] [--create-missing] [--sheet NAME]\n"
        "                    import an enterprise roster, all rows or none; a re-import\n"
        "                    updates enterprises by their credit code\n"
        "  import holidays FILE [--dry-run]\n"
        "                    import a holiday table (the format of the one LinkPoint\n"
        "                    ships); its years replace those years, all lines or none\n"
        "  settings deadline-counting [calendar|working]\n"
        "                    show or set how deadlines are counted: calendar days (the last\n"
        "                    day moves past weekends and holidays) or working days\n"
        "  export REPORT --format pdf|docx|xlsx --out FILE\n"
        "                    write a report. REPORT is one of:\n"
        "                    enterprises [--park CODE] [--point CODE]  the enterprise roster\n"
        "                    contact-point-card --point CODE  a contact point's card (pdf, docx)\n"
        "                    test-page  the printer test page"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption db(
        u"db"_s,
        tr("The database file (default: %1).").arg(QDir::toNativeSeparators(defaultDatabasePath())),
        u"FILE"_s);
    const QCommandLineOption officer(u"officer"_s,
                                     tr("Record writes as the officer with this code."), u"CODE"_s);
    const QCommandLineOption out(u"out"_s, tr("The file to write."), u"FILE"_s);
    const QCommandLineOption format(u"format"_s, tr("The file format: pdf, docx or xlsx."),
                                    u"FORMAT"_s);
    const QCommandLineOption park(u"park"_s, tr("Only the enterprises of this park."), u"CODE"_s);
    const QCommandLineOption point(u"point"_s, tr("The contact point, by its code."), u"CODE"_s);
    const QCommandLineOption sheet(u"sheet"_s, tr("The sheet of a workbook to import."), u"NAME"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Check the file without writing anything."));
    const QCommandLineOption createMissing(
        u"create-missing"_s, tr("Create the parks and contact points the file names."));
    const QCommandLineOption scale(u"scale"_s, tr("small or district."), u"SCALE"_s);
    const QCommandLineOption seed(u"seed"_s,
                                  tr("The random seed (the same seed gives the same "
                                     "records)."),
                                  u"N"_s);
    const QCommandLineOption today(u"today"_s,
                                   tr("The day the demonstration dates run back "
                                      "from."),
                                   u"YYYY-MM-DD"_s);
    parser.addOptions(
        {db, officer, out, format, park, point, sheet, dryRun, createMissing, scale, seed, today});
    parser.addPositionalArgument(
        u"command"_s,
        tr("version, init, check, backup, restore, demo, import, export or settings"));
    m_help = parser.helpText();

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        m_output.line(m_help);
        return ExitOk;
    }
    Context context{parser.isSet(db) ? parser.value(db) : defaultDatabasePath(),
                    parser.value(officer),
                    parser.value(out),
                    parser.value(format),
                    parser.positionalArguments(),
                    parser.value(park),
                    parser.value(point),
                    parser.value(sheet),
                    parser.isSet(dryRun),
                    parser.isSet(createMissing),
                    parser.value(scale),
                    parser.value(seed),
                    parser.value(today)};
    if (context.positional.isEmpty())
        return usage(tr("No command given."));

    const QString command = context.positional.first();
    const qsizetype extra = context.positional.size() - 1;
    auto expectArguments = [&](qsizetype count) {
        return extra == count;
    };
    if (command == u"version"_s && expectArguments(0))
        return version();
    if (command == u"init"_s && expectArguments(0))
        return init(context);
    if (command == u"check"_s && expectArguments(0))
        return check(context);
    if (command == u"backup"_s && expectArguments(0)) {
        if (context.outPath.isEmpty())
            return usage(tr("backup needs --out FILE: the file to write the backup to."));
        return backup(context);
    }
    if (command == u"restore"_s && expectArguments(1))
        return restore(context);
    if (command == u"export"_s && expectArguments(1))
        return exportReport(context);
    if (command == u"import"_s && expectArguments(2)) {
        if (context.positional.at(1) == u"holidays"_s)
            return importHolidays(context);
        if (context.positional.at(1) != u"enterprises"_s)
            return usage(tr("Unknown import: %1. Imports: enterprises, holidays.")
                             .arg(context.positional.at(1)));
        return importEnterprises(context);
    }
    if (command == u"settings"_s && (expectArguments(1) || expectArguments(2))) {
        if (context.positional.at(1) != u"deadline-counting"_s)
            return usage(tr("Unknown setting: %1. Settings: deadline-counting.")
                             .arg(context.positional.at(1)));
        return deadlineCounting(context);
    }
    if (command == u"demo"_s && expectArguments(0))
        return demo(context);
    const QStringList known{u"version"_s, u"init"_s,   u"check"_s, u"backup"_s,  u"restore"_s,
                            u"export"_s,  u"import"_s, u"demo"_s,  u"settings"_s};
    if (known.contains(command))
        return usage(tr("Wrong arguments for the command %1.").arg(command));
    return usage(tr("Unknown command: %1.").arg(command));
}

Result<std::unique_ptr<storage::Database>> CliCommands::openDatabase(const Context& context)
{
    storage::DatabaseOptions options;
    options.path = context.databasePath;
    return storage::Database::open(options, m_clock);
}

Result<Actor> CliCommands::resolveActor(storage::Database& database, const Context& context)
{
    if (context.officerCode.isEmpty())
        return Actor::commandLine(currentOsUserName());
    if (auto valid = domain::Codes::validate(context.officerCode, u"--officer"_s); !valid)
        return fail(valid.error());
    auto found = storage::OfficerRepository(database.connection()).findByCode(context.officerCode);
    if (!found)
        return fail(found.error());
    if (!found->has_value()) {
        return fail(ErrorCode::NotFound,
                    tr("--officer: no officer has the code \"%1\" in %2. Leave out --officer to "
                       "record the change as the command line, or use an existing code.")
                        .arg(context.officerCode, shownPath(database.path())));
    }
    return Actor::officer((*found)->id);
}

QString CliCommands::districtName(storage::Database& database) const
{
    auto district = storage::DistrictRepository(database.connection()).current();
    return district && district->has_value() ? (*district)->name : QString();
}

int CliCommands::version()
{
    m_output.line(tr("LinkPoint %1 (linkpoint-cli)").arg(QCoreApplication::applicationVersion()));
    m_output.line(
        tr("data version %1, SQLite %2, Qt %3")
            .arg(storage::Database::latestSchemaVersion())
            .arg(QString::fromLatin1(sqlite3_libversion()), QLibraryInfo::version().toString()));
    return ExitOk;
}

int CliCommands::init(const Context& context)
{
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    auto actor = resolveActor(**database, context);
    if (!actor)
        return failed(actor.error());
    auto created = services::SetupService(**database).createDefaultUnits(*actor);
    if (!created)
        return failed(created.error());
    if (created->isEmpty()) {
        m_output.line(tr("%1 already has the five units; nothing was changed.")
                          .arg(shownPath(context.databasePath)));
    } else {
        m_output.line(tr("Created %n unit(s) in %1: %2", nullptr, int(created->size()))
                          .arg(shownPath(context.databasePath), created->join(u", "_s)));
    }
    return ExitOk;
}

int CliCommands::check(const Context& context)
{
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    auto findings = storage::DatabaseCheck::run(**database);
    if (!findings)
        return failed(findings.error());
    bool passed = true;
    for (const storage::CheckFinding& finding : std::as_const(*findings)) {
        const QString mark = finding.passed ? tr("[ok]  ") : tr("[FAIL]");
        m_output.line(u"%1 %2: %3"_s.arg(mark, finding.name, finding.summary));
        for (const QString& detail : finding.details)
            m_output.line(u"         "_s + detail);
        passed = passed && finding.passed;
    }
    if (!passed) {
        m_output.error(tr("The check of %1 found problems (listed above).")
                           .arg(shownPath(context.databasePath)));
        return ExitFailed;
    }
    return ExitOk;
}

int CliCommands::backup(const Context& context)
{
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    if (auto written = storage::Backups::create(**database, context.outPath); !written)
        return failed(written.error());
    m_output.line(tr("Backup of %1 written to %2 (%3 KB).")
                      .arg(shownPath(context.databasePath), shownPath(context.outPath))
                      .arg(QFileInfo(context.outPath).size() / 1024));
    return ExitOk;
}

int CliCommands::restore(const Context& context)
{
    const QString file = context.positional.at(1);
    auto valid = storage::Backups::validate(file);
    if (!valid)
        return failed(valid.error());
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    auto restored = storage::Backups::restore(**database, file);
    if (!restored)
        return failed(restored.error());
    database->reset();
    if (restored->schemaVersion < storage::Database::latestSchemaVersion()) {
        auto upgraded = openDatabase(context); // migrates the restored content
        if (!upgraded)
            return failed(upgraded.error());
    }
    m_output.line(tr("Restored %1 from %2. The content it replaced was kept as %3.")
                      .arg(shownPath(context.databasePath), shownPath(file),
                           shownPath(restored->replacedCopy)));
    return ExitOk;
}

int CliCommands::exportReport(const Context& context)
{
    const QString report = context.positional.at(1);
    if (context.format.isEmpty() || !reports::outputFormatFromName(context.format))
        return usage(tr("export needs --format pdf, docx or xlsx."));
    if (context.outPath.isEmpty())
        return usage(tr("export needs --out FILE: the file to write."));
    if (report == u"test-page"_s)
        return exportTestPage(context);
    if (report == u"enterprises"_s)
        return exportRoster(context);
    if (report == u"contact-point-card"_s)
        return exportContactPointCard(context);
    return usage(
        tr("Unknown report: %1. Reports: enterprises, contact-point-card, test-page.").arg(report));
}

int CliCommands::exportTestPage(const Context& context)
{
    reports::TestPageFacts facts;
    facts.date = m_clock.today();
    facts.format = *reports::outputFormatFromName(context.format);
    if (QFileInfo::exists(context.databasePath)) {
        auto database = openDatabase(context);
        if (!database)
            return failed(database.error());
        facts.districtName = districtName(**database);
    }
    if (facts.format == reports::OutputFormat::Pdf) {
        auto fonts = reports::FontCheck::choose();
        if (!fonts)
            return failed(fonts.error());
        facts.fonts = reports::FontCheck::verify(*fonts);
    }
    auto written =
        reports::writeDocument(reports::TestPage::build(facts), facts.format, context.outPath);
    if (!written)
        return failed(written.error());
    m_output.line(tr("Wrote %1.").arg(shownPath(context.outPath)));
    return ExitOk;
}

} // namespace lp::cli
