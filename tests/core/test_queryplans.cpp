// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The plans of what the dashboard and the lists run, read with EXPLAIN QUERY PLAN from the very
// statements they ran (StatementTrace). Without statistics SQLite's plans do not depend on how
// many rows there are, so a small demo shows the plans of a district's ten years: none of these
// reads a large table whole, or a whole index of every problem or visit. Their district figures
// are linkpoint-bench's.
#include <functional>

#include <QRegularExpression>
#include <QSqlQuery>

#include "core/demo/demogenerator.h"
#include "core/services/dashboard.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/problemledgerquery.h"
#include "core/storage/searchterms.h"
#include "core/storage/statementtrace.h"
#include "core/storage/visitlistquery.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);
// A word of one or two characters reads every enterprise's name (no index finds it in a name):
// a district's 10,000 names, which do not grow with the years, in under a millisecond.
const QStringList kShortWordReads{u"enterprises"_s};

// The tables that grow with the years, under their names and the aliases the queries give them.
const QStringList kLarge{u"problems"_s,
                         u"p"_s,
                         u"visits"_s,
                         u"v"_s,
                         u"enterprises"_s,
                         u"e"_s,
                         u"measures"_s,
                         u"feedback"_s,
                         u"transfers"_s,
                         u"t"_s,
                         u"supervision_orders"_s,
                         u"o"_s,
                         u"visit_officers"_s,
                         u"problem_units"_s,
                         u"audit_log"_s};
// Partial indexes that hold only a few rows of a large table: reading them whole is the point.
const QStringList kSmallIndexes{u"problems_open_units"_s, u"problems_open_deadline"_s,
                                u"enterprises_flagged"_s};

QStringList plan(storage::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(u"EXPLAIN QUERY PLAN "_s + sql));
    QStringList lines;
    while (query.next())
        lines.append(query.value(3).toString());
    return lines;
}

// The lines of the plans of every read `work` runs that read a large table or index whole,
// tables in `allowed` aside.
QStringList wholeReads(storage::Database& db, const std::function<void()>& work,
                       const QStringList& allowed = {})
{
    QStringList reads;
    {
        const storage::StatementTrace trace(db.connection());
        work();
        reads = trace.reads();
    }
    REQUIRE_FALSE(reads.isEmpty());
    static const QRegularExpression scan(u"^SCAN (\\w+)(?: USING (?:COVERING )?INDEX (\\w+))?"_s);
    QStringList found;
    for (const QString& sql : std::as_const(reads)) {
        for (const QString& line : plan(db, sql)) {
            const auto match = scan.match(line);
            if (!match.hasMatch() || !kLarge.contains(match.captured(1)) ||
                kSmallIndexes.contains(match.captured(2)) || allowed.contains(match.captured(1)))
                continue;
            found.append(line + u"   in   "_s + sql.simplified());
        }
    }
    return found;
}

std::unique_ptr<storage::Database> smallDemo(Workspace& ws)
{
    auto db = ws.open(u"demo.sqlite"_s);
    demo::DemoOptions options;
    options.today = kToday;
    REQUIRE_OK(demo::DemoGenerator::create(*db, options, Actor::system()));
    return db;
}

QString firstId(storage::Database& db, const QString& sql)
{
    const QString id = scalar(db, sql).toString();
    REQUIRE_FALSE(id.isEmpty());
    return id;
}

} // namespace

TEST_CASE("Query plans: the dashboard reads indexes of the few rows it counts")
{
    Workspace ws;
    auto db = smallDemo(ws);
    const QStringList found =
        wholeReads(*db, [&] { REQUIRE_OK(services::Dashboard::compute(*db, kToday)); });
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("Query plans: the ledger's filters and the first screen of rows")
{
    Workspace ws;
    auto db = smallDemo(ws);
    const QString unit = firstId(*db, u"SELECT id FROM units ORDER BY code LIMIT 1"_s);
    const QString category =
        firstId(*db, u"SELECT id FROM problem_categories ORDER BY code LIMIT 1"_s);
    const QString enterprise =
        firstId(*db, u"SELECT enterprise_id FROM problems ORDER BY seq LIMIT 1"_s);

    QList<storage::ProblemFilter> filters;
    storage::ProblemFilter open;
    open.today = kToday;
    open.state = storage::ProblemState::Open;
    open.unitId = unit;
    filters.append(open);
    storage::ProblemFilter overdue;
    overdue.today = kToday;
    overdue.due = storage::ProblemDue::Overdue;
    filters.append(overdue);
    storage::ProblemFilter period;
    period.today = kToday;
    period.categoryId = category;
    period.foundFrom = QDate(2026, 1, 1);
    period.foundTo = QDate(2026, 12, 31);
    filters.append(period);
    storage::ProblemFilter ofEnterprise;
    ofEnterprise.today = kToday;
    ofEnterprise.enterpriseId = enterprise;
    filters.append(ofEnterprise);
    // Words of 4, 2 and 1 characters: the trigram index, then the character index.
    for (const QString& search : {u"拖欠货款"_s, u"货款"_s, u"欠"_s}) {
        storage::ProblemFilter words;
        words.today = kToday;
        words.search = search;
        filters.append(words);
    }

    const storage::ProblemLedgerQuery ledger(db->connection());
    for (const storage::ProblemFilter& filter : std::as_const(filters)) {
        INFO(filter.search.toStdString());
        const bool shortWord = !filter.search.isEmpty() && filter.search.size() < 3;
        const QStringList found = wholeReads(
            *db,
            [&] {
                REQUIRE_OK(ledger.count(filter));
                REQUIRE_OK(ledger.rows(filter, {}, 0, 40));
            },
            shortWord ? kShortWordReads : QStringList());
        INFO(found.join(u'\n').toStdString());
        CHECK(found.isEmpty());
    }
}

TEST_CASE("Query plans: the visit list by unit and month, by enterprise and by words")
{
    Workspace ws;
    auto db = smallDemo(ws);
    storage::VisitFilter month;
    month.unitId = firstId(*db, u"SELECT id FROM units ORDER BY code LIMIT 1"_s);
    month.from = QDate(2026, 10, 1);
    month.to = QDate(2026, 10, 31);
    storage::VisitFilter ofEnterprise;
    ofEnterprise.enterpriseId =
        firstId(*db, u"SELECT enterprise_id FROM visits ORDER BY seq LIMIT 1"_s);
    storage::VisitFilter words;
    words.search = u"欠款回收"_s;
    storage::VisitFilter shortWords;
    shortWords.search = u"欠 款"_s;

    const storage::VisitListQuery visits(db->connection());
    for (const storage::VisitFilter& filter : {month, ofEnterprise, words, shortWords}) {
        INFO(filter.search.toStdString());
        const QStringList found = wholeReads(
            *db,
            [&] {
                REQUIRE_OK(visits.count(filter));
                REQUIRE_OK(visits.rows(filter, 0, 40));
            },
            filter.search == shortWords.search ? kShortWordReads : QStringList());
        INFO(found.join(u'\n').toStdString());
        CHECK(found.isEmpty());
    }
}

TEST_CASE("Query plans: a search with many matches walks the lists' date indexes for its page")
{
    Workspace ws;
    auto db = smallDemo(ws);
    const int many = storage::search::kWalkListFrom;
    storage::ProblemFilter problems;
    problems.search = u"欠"_s;
    const QStringList ledger = wholeReads(
        *db,
        [&] {
            REQUIRE_OK(
                storage::ProblemLedgerQuery(db->connection()).rows(problems, {}, 0, 40, many));
        },
        kShortWordReads);
    REQUIRE(ledger.size() == 1);
    CHECK(ledger.first().startsWith(u"SCAN p USING INDEX problems_live_found"_s));
    storage::VisitFilter visits;
    visits.search = u"欠款"_s;
    const QStringList list = wholeReads(
        *db,
        [&] { REQUIRE_OK(storage::VisitListQuery(db->connection()).rows(visits, 0, 40, many)); },
        kShortWordReads);
    REQUIRE(list.size() == 1);
    CHECK(list.first().startsWith(u"SCAN v USING INDEX visits_live_date"_s));
}

TEST_CASE("Query plans: a failing plan is found (an unindexed filter reads the whole table)")
{
    Workspace ws;
    auto db = smallDemo(ws);
    const QStringList found = wholeReads(*db, [&] {
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(u"SELECT count(*) FROM problems WHERE request LIKE '%货款%'"_s));
    });
    CHECK(found.size() == 1);
}
