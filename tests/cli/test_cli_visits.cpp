// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The visit exports of linkpoint-cli: each report written and read back, and every bad value
// refused with exit 1, a message naming it and no file written; missing options exit 2.
#include <QFileInfo>

#include "tests/cli/clirunner.h"
#include "tests/core/visitfixtures.h"
#include "tests/reports/reporttestsupport.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

struct CliFixture {
    Workspace ws;
    QString db = ws.path(u"visits.sqlite"_s);
    VisitFixture f;

    CliFixture()
    {
        auto database = ws.open(u"visits.sqlite"_s);
        f = createVisits(*database);
    }
    Run run(const QStringList& arguments) const { return cli(withDb(db, arguments)); }
    [[nodiscard]] QString out(const QString& name) const { return ws.path(name); }
};

QStringList exportArgs(const QString& report, const QString& format, const QString& out,
                       const QStringList& more)
{
    return QStringList{u"export"_s, report} + more +
           QStringList{u"--format"_s, format, u"--out"_s, out};
}

// A problem of the fixture with a transfer and supervision orders, and one with neither.
struct Chosen {
    domain::Problem supervised;
    QList<domain::SupervisionOrder> orders;
    domain::Problem plain;
};
Chosen choose(const VisitFixture& f)
{
    Chosen chosen;
    for (const auto& order : f.orders) {
        if (chosen.orders.isEmpty() || chosen.orders.first().problemId == order.problemId)
            chosen.orders.append(order);
    }
    REQUIRE_FALSE(chosen.orders.isEmpty());
    chosen.supervised = *f.problem(chosen.orders.first().problemId);
    for (const auto& p : f.problems) {
        if (p.triage != domain::Triage::Transfer)
            chosen.plain = p;
    }
    REQUIRE_FALSE(chosen.plain.id.isEmpty());
    return chosen;
}

} // namespace

TEST_CASE("CLI export: the visit log, the three lists, the letters and the statistics are "
          "written and read back",
          "[visits]")
{
    CliFixture fx;
    const VisitFixture& f = fx.f;

    const QString log = fx.out(u"log.pdf"_s);
    const Run logRun = fx.run(exportArgs(u"visit-log"_s, u"pdf"_s, log,
                                         {u"--unit"_s, u"fy"_s, u"--month"_s, u"2026-03"_s}));
    REQUIRE(logRun.exitCode == 0);
    CHECK(logRun.out.contains(u"Wrote"_s));
    const QString logText = squeezed(pdfText(log));
    int visits = 0;
    for (const auto& visit : f.visits) {
        if (visit.unitId == f.units[u"fy"_s].id && visit.date.month() == 3) {
            CHECK(logText.contains(visit.content.left(5)));
            ++visits;
        }
    }
    CHECK(visits > 0);

    const QString list = fx.out(u"problems.xlsx"_s);
    REQUIRE(fx.run(exportArgs(u"problem-list"_s, u"xlsx"_s, list,
                              {u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s,
                               u"--unit"_s, u"jcy"_s}))
                .exitCode == 0);
    int found = 0;
    for (const auto& p : f.problems)
        found += p.unitId == f.units[u"jcy"_s].id && p.foundOn.month() == 3 ? 1 : 0;
    CHECK(xlsxRows(list).size() == found + 1);

    const QString measures = fx.out(u"measures.docx"_s);
    REQUIRE(fx.run(exportArgs(u"measure-list"_s, u"docx"_s, measures,
                              {u"--from"_s, u"2026-02-01"_s, u"--to"_s, u"2026-04-30"_s}))
                .exitCode == 0);
    int taken = 0;
    for (const auto& m : f.measures)
        taken += m.takenOn <= QDate(2026, 4, 30) ? 1 : 0;
    CHECK(docxTableRows(measures).size() == taken + 1);

    const QString feedback = fx.out(u"feedback.pdf"_s);
    REQUIRE(fx.run(exportArgs(u"feedback-list"_s, u"pdf"_s, feedback,
                              {u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s}))
                .exitCode == 0);
    CHECK(squeezed(pdfText(feedback)).contains(u"Feedbacktoenterprises"_s));

    const Chosen chosen = choose(f);
    const QString letter = fx.out(u"letter.pdf"_s);
    REQUIRE(fx.run(exportArgs(u"transfer-letter"_s, u"pdf"_s, letter,
                              {u"--problem"_s, chosen.supervised.number}))
                .exitCode == 0);
    CHECK(squeezed(pdfText(letter, 1)).contains(chosen.supervised.number));

    // By record id, and an order picked by its number.
    const QString order = fx.out(u"order.docx"_s);
    const auto& first = chosen.orders.first();
    REQUIRE(fx.run(exportArgs(u"supervision-order"_s, u"docx"_s, order,
                              {u"--problem"_s, chosen.supervised.id, u"--order"_s,
                               u"%1-%2"_s.arg(first.number.year).arg(first.number.seq)}))
                .exitCode == 0);
    QStringList cells;
    for (const auto& row : docxTableRows(order))
        cells += row;
    CHECK(cells.contains(first.requirement));

    const QString stats = fx.out(u"stats.xlsx"_s);
    REQUIRE(fx.run(exportArgs(u"visit-stats"_s, u"xlsx"_s, stats, {u"--month"_s, u"2026-03"_s}))
                .exitCode == 0);
    const auto rows = xlsxRows(stats);
    REQUIRE(rows.size() == 7);
    CHECK(rows.last().first() == u"Total"_s);
    CHECK(fx.run(exportArgs(u"visit-stats"_s, u"pdf"_s, fx.out(u"stats.pdf"_s),
                            {u"--month"_s, u"2026-03"_s}))
              .exitCode == 0);
}

TEST_CASE("CLI export: every bad value of the visit reports exits 1 naming it and writes nothing",
          "[visits]")
{
    CliFixture fx;
    const Chosen chosen = choose(fx.f);
    const QString out = fx.out(u"never.pdf"_s);
    struct Case {
        QString report;
        QStringList options;
        QStringList named; // what the message must name
    };
    const QList<Case> cases{
        {u"visit-log"_s,
         {u"--unit"_s, u"nowhere"_s, u"--month"_s, u"2026-03"_s},
         {u"nowhere"_s, u"fy"_s, u"jcy"_s}},
        {u"problem-list"_s,
         {u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s, u"--unit"_s, u"xx"_s},
         {u"\"xx\""_s, u"zfw"_s, u"sfj"_s}},
        {u"transfer-letter"_s, {u"--problem"_s, u"P2026-999999"_s}, {u"P2026-999999"_s}},
        {u"supervision-order"_s, {u"--problem"_s, u"P2025-000001"_s}, {u"P2025-000001"_s}},
        {u"transfer-letter"_s, {u"--problem"_s, chosen.plain.number}, {chosen.plain.number}},
        {u"supervision-order"_s, {u"--problem"_s, chosen.plain.number}, {chosen.plain.number}},
        {u"supervision-order"_s,
         {u"--problem"_s, chosen.supervised.number, u"--order"_s, u"2026-999"_s},
         {u"2026-999"_s, chosen.supervised.number}},
        {u"supervision-order"_s,
         {u"--problem"_s, chosen.supervised.number, u"--order"_s, u"third"_s},
         {u"\"third\""_s}},
        {u"measure-list"_s,
         {u"--from"_s, u"2026-04-01"_s, u"--to"_s, u"2026-03-01"_s},
         {u"2026-04-01"_s, u"2026-03-01"_s}},
        {u"feedback-list"_s,
         {u"--from"_s, u"2026-02-30"_s, u"--to"_s, u"2026-03-31"_s},
         {u"--from"_s, u"2026-02-30"_s}},
        {u"problem-list"_s,
         {u"--from"_s, u"2026-02-01"_s, u"--to"_s, u"31.03.2026"_s},
         {u"--to"_s, u"31.03.2026"_s}},
        {u"visit-stats"_s, {u"--month"_s, u"2026-13"_s}, {u"2026-13"_s}},
        {u"visit-stats"_s, {u"--month"_s, u"202603"_s}, {u"202603"_s}},
        {u"visit-log"_s, {u"--unit"_s, u"fy"_s, u"--month"_s, u"March"_s}, {u"March"_s}},
    };
    for (const Case& c : cases) {
        INFO(c.report.toStdString() << " " << c.options.join(u' ').toStdString());
        const Run run = fx.run(exportArgs(c.report, u"pdf"_s, out, c.options));
        CHECK(run.exitCode == 1);
        for (const QString& name : c.named)
            CHECK(run.err.contains(name));
        CHECK_FALSE(QFileInfo::exists(out));
    }
}

TEST_CASE("CLI export: a visit report without its options or in a format it has not exits 2",
          "[visits]")
{
    CliFixture fx;
    const QString out = fx.out(u"never.pdf"_s);
    const QList<QStringList> cases{
        exportArgs(u"visit-log"_s, u"pdf"_s, out, {u"--unit"_s, u"fy"_s}),
        exportArgs(u"visit-log"_s, u"xlsx"_s, out,
                   {u"--unit"_s, u"fy"_s, u"--month"_s, u"2026-03"_s}),
        exportArgs(u"problem-list"_s, u"xlsx"_s, out, {u"--from"_s, u"2026-03-01"_s}),
        exportArgs(u"transfer-letter"_s, u"pdf"_s, out, {}),
        exportArgs(u"supervision-order"_s, u"xlsx"_s, out, {u"--problem"_s, u"P2026-000001"_s}),
        exportArgs(u"visit-stats"_s, u"xlsx"_s, out, {}),
        exportArgs(
            u"problem-list"_s, u"xlsx"_s, out,
            {u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s, u"--order"_s, u"2026-1"_s}),
        exportArgs(u"visit-logs"_s, u"pdf"_s, out, {})};
    for (const QStringList& arguments : cases) {
        INFO(arguments.join(u' ').toStdString());
        CHECK(fx.run(arguments).exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(out));
    }
}
