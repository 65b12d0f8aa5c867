// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/visitlog.h"

#include <QSet>

#include "core/reports/visitnames.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace lp::reports {
namespace {

TableCell text(const QString& value, int rowSpan = 1)
{
    return {value.isEmpty() ? QVariant() : QVariant(value), 1, rowSpan};
}

QString personMet(const domain::Visit& visit)
{
    if (visit.metRole.isEmpty())
        return visit.metName;
    if (visit.metName.isEmpty())
        return visit.metRole;
    return visit.metName + u"（"_s + visit.metRole + u"）"_s;
}

} // namespace

Document VisitLog::build(const VisitLogFacts& facts, const QList<storage::VisitLogEntry>& entries,
                         const VisitNames& names)
{
    Document document;
    document.title = tr("Visit log");
    document.setup = PageSetup::ledger();
    const QString month = printedMonth(facts.month);
    document.setup.headerText =
        tr("%1 %2 visit log %3").arg(facts.districtName, facts.unitName, month).simplified();
    QSet<QString> enterprises;
    int problems = 0;
    for (const auto& entry : entries) {
        enterprises.insert(entry.visit.enterpriseId);
        problems += int(entry.problems.size());
    }
    document.blocks.append(Title{tr("Visit log"), tr("%1, %2").arg(facts.unitName, month)});
    document.blocks.append(Paragraph{
        tr("%n visit(s) to %1 enterprise(s); %2 problem(s) found.", nullptr, int(entries.size()))
            .arg(enterprises.size())
            .arg(problems),
        Align::Left, false});

    Table table;
    // 9 pt on landscape A4 (257 mm): a date fits on one line, texts wrap.
    table.fontPt = 9;
    table.columns = {{tr("No."), 0.4, Align::Center, CellType::Number},
                     {tr("Date"), 1.2, Align::Center, CellType::Date},
                     {tr("Enterprise"), 1.4},
                     {tr("Officers"), 0.9},
                     {tr("Reason"), 0.7, Align::Center},
                     {tr("Person met"), 0.9},
                     {tr("What was done"), 2.0},
                     {tr("Problem found"), 2.95},
                     {tr("Triage"), 0.95, Align::Center},
                     {tr("Responsible"), 1.6},
                     {tr("Status"), 0.85, Align::Center}};
    int number = 0;
    for (const auto& entry : entries) {
        const domain::Visit& visit = entry.visit;
        const int span = std::max(1, int(entry.problems.size()));
        TableRow row{{++number, 1, span},
                     {visit.date, 1, span},
                     text(entry.enterpriseName, span),
                     text(names.officers(visit.officerIds), span),
                     text(domain::VisitReasonNames::chineseName(visit.reason), span),
                     text(personMet(visit), span),
                     text(visit.content, span)};
        if (entry.problems.isEmpty()) {
            row << text(tr("None")) << text({}) << text({}) << text({});
            table.rows.append(row);
            continue;
        }
        for (qsizetype i = 0; i < entry.problems.size(); ++i) {
            const domain::Problem& problem = entry.problems[i];
            if (i > 0)
                row = TableRow(); // the visit's cells span this row
            row << text(problem.number + u' ' + names.category(problem.categoryId) + u'\n' +
                        problem.description)
                << text(names.triage(problem)) << text(names.responsible(problem))
                << text(domain::ProblemNames::chineseName(problem.status));
            table.rows.append(row);
        }
    }
    document.blocks.append(table);
    document.blocks.append(
        SignatureBlock{{{tr("Recorded by"), {}}, {tr("Reviewed by"), {}}, {tr("Date"), {}}}});
    return document;
}

Result<Document> VisitLog::load(storage::Database& database, const QString& unitId,
                                const QDate& month, const QString& districtName)
{
    const QDate first(month.year(), month.month(), 1);
    const QSqlDatabase connection = database.connection();
    auto names = VisitNames::load(connection);
    if (!names)
        return fail(names.error());
    auto entries = storage::VisitLedgerQuery(connection)
                       .visitLog(unitId, first, first.addMonths(1).addDays(-1));
    if (!entries)
        return fail(entries.error());
    return build({districtName, names->unit(unitId), first}, *entries, *names);
}

} // namespace lp::reports
