// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/problemlists.h"

#include "core/reports/visitnames.h"
#include "core/storage/database.h"
#include "core/taskcontrol.h"

using namespace Qt::StringLiterals;

namespace lp::reports {
namespace {

TableCell text(const QString& value)
{
    return {value.isEmpty() ? QVariant() : QVariant(value)};
}

TableCell date(const QDate& value)
{
    return {value.isValid() ? QVariant(value) : QVariant()};
}

// The title, the period and the table's frame every list shares; the visiting unit gets a
// column only when the list covers every unit.
Document frame(ProblemListKind kind, const ProblemListFacts& facts, const VisitNames& names,
               qsizetype rows)
{
    Document document;
    document.title = ProblemLists::title(kind);
    document.setup = PageSetup::ledger();
    const QString unit =
        facts.unitId.isEmpty() ? ProblemLists::tr("All units") : names.unit(facts.unitId);
    document.setup.headerText =
        ProblemLists::tr("%1 %2 %3").arg(facts.districtName, unit, document.title).simplified();
    const QString from = facts.from.toString(Qt::ISODate);
    const QString to = facts.to.toString(Qt::ISODate);
    QString period = ProblemLists::tr("%1 to %2").arg(from, to);
    if (!facts.from.isValid() && !facts.to.isValid())
        period = ProblemLists::tr("all dates");
    else if (!facts.to.isValid())
        period = ProblemLists::tr("from %1").arg(from);
    else if (!facts.from.isValid())
        period = ProblemLists::tr("until %1").arg(to);
    document.blocks.append(
        Title{document.title,
              ProblemLists::tr("%1, %2, %n row(s)", nullptr, int(rows)).arg(unit, period)});
    return document;
}

Table ledger(const ProblemListFacts& facts, QList<TableColumn> columns)
{
    Table table;
    table.fontPt = 9;
    table.columns = {{ProblemLists::tr("No."), 0.45, Align::Center, CellType::Number},
                     {ProblemLists::tr("Problem number"), 1.2}};
    if (facts.unitId.isEmpty())
        table.columns.append({ProblemLists::tr("Visiting unit"), 1.1});
    table.columns += columns;
    return table;
}

} // namespace

QString ProblemLists::title(ProblemListKind kind)
{
    switch (kind) {
    case ProblemListKind::Problems:
        return tr("Problems found on visits");
    case ProblemListKind::Measures:
        return tr("Solution measures");
    case ProblemListKind::Feedback:
        return tr("Feedback to enterprises");
    }
    return {};
}

Document ProblemLists::problems(const ProblemListFacts& facts,
                                const QList<storage::ProblemListRow>& rows, const VisitNames& names)
{
    Document document = frame(ProblemListKind::Problems, facts, names, rows.size());
    Table table = ledger(facts, {{tr("Found on"), 1.0, Align::Center, CellType::Date},
                                 {tr("Enterprise"), 1.6},
                                 {tr("Category"), 0.8, Align::Center},
                                 {tr("Problem"), 2.6},
                                 {tr("Enterprise's request"), 1.8},
                                 {tr("Triage"), 0.95, Align::Center},
                                 {tr("Responsible"), 1.3},
                                 {tr("Deadline"), 1.0, Align::Center, CellType::Date},
                                 {tr("Status"), 0.7, Align::Center},
                                 {tr("Closed on"), 1.0, Align::Center, CellType::Date}});
    const bool allUnits = facts.unitId.isEmpty();
    table.rows.reserve(rows.size());
    int number = 0;
    for (const auto& row : rows) {
        const domain::Problem& p = row.problem;
        TableRow cells{{++number}, text(p.number)};
        if (allUnits)
            cells.append(text(names.unit(p.unitId)));
        cells << date(p.foundOn) << text(row.enterpriseName) << text(names.category(p.categoryId))
              << text(p.description) << text(p.request) << text(names.triage(p))
              << text(names.responsible(p)) << date(p.deadline)
              << text(domain::ProblemNames::chineseName(p.status)) << date(p.closedOn);
        table.rows.append(std::move(cells));
    }
    document.blocks.append(std::move(table));
    return document;
}

Document ProblemLists::measures(const ProblemListFacts& facts,
                                const QList<storage::MeasureListRow>& rows, const VisitNames& names)
{
    Document document = frame(ProblemListKind::Measures, facts, names, rows.size());
    Table table = ledger(facts, {{tr("Enterprise"), 1.6},
                                 {tr("Problem"), 2.3},
                                 {tr("Taken on"), 1.0, Align::Center, CellType::Date},
                                 {tr("Measure"), 3.0},
                                 {tr("Taken by"), 1.1},
                                 {tr("Status"), 0.7, Align::Center}});
    const bool allUnits = facts.unitId.isEmpty();
    table.rows.reserve(rows.size());
    int number = 0;
    for (const auto& row : rows) {
        const domain::Measure& m = row.measure;
        TableRow cells{{++number}, text(row.problem.number)};
        if (allUnits)
            cells.append(text(names.unit(row.problem.unitId)));
        const QString by = m.officerId.isEmpty() ? m.doneBy : names.officer(m.officerId);
        cells << text(row.problem.enterpriseName) << text(row.problem.description)
              << date(m.takenOn) << text(m.content) << text(by)
              << text(domain::ProblemNames::chineseName(row.problem.status));
        table.rows.append(std::move(cells));
    }
    document.blocks.append(std::move(table));
    return document;
}

Document ProblemLists::feedback(const ProblemListFacts& facts,
                                const QList<storage::FeedbackListRow>& rows,
                                const VisitNames& names)
{
    Document document = frame(ProblemListKind::Feedback, facts, names, rows.size());
    Table table = ledger(facts, {{tr("Enterprise"), 1.6},
                                 {tr("Problem"), 2.2},
                                 {tr("Given on"), 1.0, Align::Center, CellType::Date},
                                 {tr("Manner"), 0.6, Align::Center},
                                 {tr("Feedback"), 2.6},
                                 {tr("Satisfaction"), 0.85, Align::Center},
                                 {tr("Officer"), 0.8}});
    const bool allUnits = facts.unitId.isEmpty();
    table.rows.reserve(rows.size());
    int number = 0;
    for (const auto& row : rows) {
        const domain::Feedback& f = row.feedback;
        TableRow cells{{++number}, text(row.problem.number)};
        if (allUnits)
            cells.append(text(names.unit(row.problem.unitId)));
        cells << text(row.problem.enterpriseName) << text(row.problem.description)
              << date(f.givenOn) << text(domain::ProblemNames::chineseName(f.manner))
              << text(f.content) << text(domain::ProblemNames::chineseName(f.satisfaction))
              << text(names.officer(f.officerId));
        table.rows.append(std::move(cells));
    }
    document.blocks.append(std::move(table));
    return document;
}

Result<Document> ProblemLists::load(storage::Database& database, ProblemListKind kind,
                                    const ProblemListFacts& facts)
{
    const QSqlDatabase connection = database.connection();
    auto names = VisitNames::load(connection);
    if (!names)
        return fail(names.error());
    const storage::VisitLedgerQuery query(connection);
    switch (kind) {
    case ProblemListKind::Problems: {
        auto rows = query.problems(facts.from, facts.to, facts.unitId);
        if (!rows)
            return fail(rows.error());
        return problems(facts, *rows, *names);
    }
    case ProblemListKind::Measures: {
        auto rows = query.measures(facts.from, facts.to, facts.unitId);
        if (!rows)
            return fail(rows.error());
        return measures(facts, *rows, *names);
    }
    case ProblemListKind::Feedback: {
        auto rows = query.feedback(facts.from, facts.to, facts.unitId);
        if (!rows)
            return fail(rows.error());
        return feedback(facts, *rows, *names);
    }
    }
    return fail(ErrorCode::InvalidInput, tr("Unknown list."));
}

ProblemListFacts ProblemLists::factsOf(const QString& districtName,
                                       const storage::ProblemFilter& filter)
{
    return {districtName, filter.unitId, filter.foundFrom, filter.foundTo};
}

Result<Document> ProblemLists::load(storage::Database& database, ProblemListKind kind,
                                    const ProblemListFacts& facts,
                                    const storage::ProblemFilter& filter, TaskControl* control)
{
    const auto cancelled = [control](int step) {
        if (control)
            control->report(step, 3);
        return control && control->cancelled;
    };
    const QSqlDatabase connection = database.connection();
    auto names = VisitNames::load(connection);
    if (!names)
        return fail(names.error());
    if (cancelled(1))
        return fail(ErrorCode::Cancelled, tr("The list was cancelled."));
    const storage::VisitLedgerQuery query(connection);
    Result<Document> document = fail(ErrorCode::InvalidInput, tr("Unknown list."));
    switch (kind) {
    case ProblemListKind::Problems: {
        auto rows = query.problems(filter);
        if (!rows)
            return fail(rows.error());
        if (cancelled(2))
            return fail(ErrorCode::Cancelled, tr("The list was cancelled."));
        document = problems(facts, *rows, *names);
        break;
    }
    case ProblemListKind::Measures: {
        auto rows = query.measures(filter);
        if (!rows)
            return fail(rows.error());
        if (cancelled(2))
            return fail(ErrorCode::Cancelled, tr("The list was cancelled."));
        document = measures(facts, *rows, *names);
        break;
    }
    case ProblemListKind::Feedback: {
        auto rows = query.feedback(filter);
        if (!rows)
            return fail(rows.error());
        if (cancelled(2))
            return fail(ErrorCode::Cancelled, tr("The list was cancelled."));
        document = feedback(facts, *rows, *names);
        break;
    }
    }
    if (control)
        control->report(3, 3);
    return document;
}

} // namespace lp::reports
