// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The CLI exports of the visit records: the visit log, the three lists, the transfer letter and
// supervision order of a problem, and the monthly statistics. Every value is checked before
// anything is written; a bad one exits 1 naming it, a missing option exits 2.
#include <QRegularExpression>

#include "app/cli/clicommands.h"
#include "core/reports/documentexport.h"
#include "core/reports/problemletters.h"
#include "core/reports/problemlists.h"
#include "core/reports/visitlog.h"
#include "core/reports/visitstatistics.h"
#include "core/storage/database.h"
#include "core/storage/problemrepository.h"
#include "core/storage/unitrepository.h"

using namespace Qt::StringLiterals;

namespace lp::cli {
namespace {

// The first day of the month "YYYY-MM".
Result<QDate> parseMonth(const QString& value)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})$"_s);
    const auto match = pattern.match(value);
    const QDate first =
        match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
    if (!first.isValid()) {
        return fail(ErrorCode::InvalidInput,
                    CliCommands::tr("--month: \"%1\" is not a month written YYYY-MM.").arg(value));
    }
    return first;
}

Result<QDate> parseDay(const QString& option, const QString& value)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate day =
        pattern.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
    if (!day.isValid()) {
        return fail(
            ErrorCode::InvalidInput,
            CliCommands::tr("%1: \"%2\" is not a date written YYYY-MM-DD.").arg(option, value));
    }
    return day;
}

// The unit with the code, or NotFound naming every code.
Result<domain::Unit> findUnit(storage::Database& database, const QString& code)
{
    storage::UnitRepository units(database.connection());
    auto unit = units.findByCode(code);
    if (!unit)
        return fail(unit.error());
    if (unit->has_value())
        return **unit;
    QStringList codes;
    for (const auto& known : units.listActive().value_or(QList<domain::Unit>()))
        codes.append(known.code);
    return fail(ErrorCode::NotFound,
                CliCommands::tr("--unit: there is no unit with the code \"%1\". The codes are: %2.")
                    .arg(code, codes.join(u", "_s)));
}

} // namespace

int CliCommands::exportVisitLog(const Context& context)
{
    if (context.unit.isEmpty() || context.month.isEmpty())
        return usage(tr("export visit-log needs --unit CODE and --month YYYY-MM."));
    const auto format = *reports::outputFormatFromName(context.format);
    if (format == reports::OutputFormat::Xlsx)
        return usage(tr("The visit log is a printed log: use --format pdf or docx."));
    auto month = parseMonth(context.month);
    if (!month)
        return failed(month.error());
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    auto unit = findUnit(**database, context.unit);
    if (!unit)
        return failed(unit.error());
    auto document = reports::VisitLog::load(**database, unit->id, *month, districtName(**database));
    if (!document)
        return failed(document.error());
    auto written = reports::writeDocument(*document, format, context.outPath);
    if (!written)
        return failed(written.error());
    m_output.line(tr("Wrote %1.").arg(shownPath(context.outPath)));
    return ExitOk;
}

int CliCommands::exportProblemList(const Context& context)
{
    const QString report = context.positional.at(1);
    if (context.from.isEmpty() || context.to.isEmpty())
        return usage(tr("export %1 needs --from YYYY-MM-DD and --to YYYY-MM-DD.").arg(report));
    const auto kind = report == u"problem-list"_s   ? reports::ProblemListKind::Problems
                      : report == u"measure-list"_s ? reports::ProblemListKind::Measures
                                                    : reports::ProblemListKind::Feedback;
    auto from = parseDay(u"--from"_s, context.from);
    if (!from)
        return failed(from.error());
    auto to = parseDay(u"--to"_s, context.to);
    if (!to)
        return failed(to.error());
    if (*from > *to) {
        return failed({ErrorCode::InvalidInput,
                       tr("--from %1 is after --to %2: the period would be empty.")
                           .arg(context.from, context.to),
                       {}});
    }
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    reports::ProblemListFacts facts{districtName(**database), {}, *from, *to};
    if (!context.unit.isEmpty()) {
        auto unit = findUnit(**database, context.unit);
        if (!unit)
            return failed(unit.error());
        facts.unitId = unit->id;
    }
    auto document = reports::ProblemLists::load(**database, kind, facts);
    if (!document)
        return failed(document.error());
    auto written = reports::writeDocument(*document, *reports::outputFormatFromName(context.format),
                                          context.outPath);
    if (!written)
        return failed(written.error());
    m_output.line(tr("Wrote %1.").arg(shownPath(context.outPath)));
    return ExitOk;
}

int CliCommands::exportProblemLetter(const Context& context)
{
    const QString report = context.positional.at(1);
    const bool supervision = report == u"supervision-order"_s;
    if (context.problem.isEmpty())
        return usage(tr("export %1 needs --problem NUMBER.").arg(report));
    const auto format = *reports::outputFormatFromName(context.format);
    if (format == reports::OutputFormat::Xlsx)
        return usage(tr("%1 is a letter: use --format pdf or docx.").arg(report));
    std::optional<domain::DocumentNumber> order;
    if (!context.order.isEmpty()) {
        order = reports::ProblemLetters::parseNumber(context.order);
        if (!order) {
            return failed({ErrorCode::InvalidInput,
                           tr("--order: \"%1\" is not an order number written YEAR-SEQ, such as "
                              "2026-3.")
                               .arg(context.order),
                           {}});
        }
    }
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    auto problem = storage::ProblemRepository((*database)->connection()).find(context.problem);
    if (!problem)
        return failed(problem.error());
    if (!problem->has_value()) {
        return failed({ErrorCode::NotFound,
                       tr("--problem: there is no problem numbered or with the id \"%1\".")
                           .arg(context.problem),
                       {}});
    }
    auto document = supervision
                        ? reports::ProblemLetters::supervisionOrder(**database, **problem, order)
                        : reports::ProblemLetters::transferLetter(**database, **problem);
    if (!document)
        return failed(document.error());
    auto written = reports::writeDocument(*document, format, context.outPath);
    if (!written)
        return failed(written.error());
    m_output.line(tr("Wrote %1.").arg(shownPath(context.outPath)));
    return ExitOk;
}

int CliCommands::exportVisitStatistics(const Context& context)
{
    if (context.month.isEmpty())
        return usage(tr("export visit-stats needs --month YYYY-MM."));
    auto month = parseMonth(context.month);
    if (!month)
        return failed(month.error());
    auto database = openDatabase(context);
    if (!database)
        return failed(database.error());
    auto document = reports::VisitStatistics::load(**database, *month, districtName(**database));
    if (!document)
        return failed(document.error());
    auto written = reports::writeDocument(*document, *reports::outputFormatFromName(context.format),
                                          context.outPath);
    if (!written)
        return failed(written.error());
    m_output.line(tr("Wrote %1.").arg(shownPath(context.outPath)));
    return ExitOk;
}

} // namespace lp::cli
