// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The visits and problems of a small demo (seed 7, today 2026-11-22): dates, officers, numbers,
// the life of each problem as ProblemFlow allows it at today, the database check, determinism.
#include "core/demo/demogenerator.h"
#include "core/storage/databasecheck.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

std::unique_ptr<storage::Database> smallDemo(Workspace& ws, quint64 seed = 7,
                                             const QString& name = u"demo.sqlite"_s)
{
    auto db = ws.open(name);
    demo::DemoOptions options;
    options.seed = seed;
    options.today = kToday;
    auto summary = demo::DemoGenerator::create(*db, options, Actor::system());
    REQUIRE_OK(summary);
    CHECK(summary->visits == scalar(*db, u"SELECT count(*) FROM visits"_s).toInt());
    CHECK(summary->problems == scalar(*db, u"SELECT count(*) FROM problems"_s).toInt());
    CHECK(summary->measures == scalar(*db, u"SELECT count(*) FROM measures"_s).toInt());
    CHECK(summary->feedback == scalar(*db, u"SELECT count(*) FROM feedback"_s).toInt());
    CHECK(summary->transfers == scalar(*db, u"SELECT count(*) FROM transfers"_s).toInt());
    CHECK(summary->supervisionOrders ==
          scalar(*db, u"SELECT count(*) FROM supervision_orders"_s).toInt());
    return db;
}

int count(storage::Database& db, const QString& sql)
{
    return scalar(db, sql).toInt();
}

// Everything the visits and problems say, in their insertion order, without ids or timestamps.
QString content(storage::Database& db)
{
    const QStringList parts{
        u"SELECT group_concat(x, '|') FROM (SELECT v.visit_date || u.code || e.credit_code || "
        "v.reason || ifnull(v.met_name, '') || ifnull(v.met_role, '') || v.content || "
        "(SELECT group_concat(o.code) FROM visit_officers l JOIN officers o ON o.id = "
        "l.officer_id WHERE l.visit_id = v.id) AS x FROM visits v JOIN units u ON u.id = "
        "v.unit_id JOIN enterprises e ON e.id = v.enterprise_id ORDER BY v.seq)"_s,
        u"SELECT group_concat(x, '|') FROM (SELECT p.number || p.found_on || c.code || "
        "p.description || ifnull(p.request, '') || ifnull(p.triage, '') || p.status || "
        "p.deadline || ifnull(p.result, '') || ifnull(p.result_on, '') || "
        "ifnull(p.closed_on, '') || ifnull(o.code, '') || ifnull(s.code, '') || "
        "ifnull((SELECT group_concat(u.code) FROM problem_units l JOIN units u ON u.id = "
        "l.unit_id WHERE l.problem_id = p.id), '') AS x FROM problems p JOIN "
        "problem_categories c ON c.id = p.category_id LEFT JOIN officers o ON o.id = "
        "p.responsible_officer_id LEFT JOIN sections s ON s.id = p.responsible_section_id "
        "ORDER BY p.seq)"_s,
        u"SELECT group_concat(x, '|') FROM (SELECT p.number || m.taken_on || m.content || "
        "ifnull(o.code, m.done_by) AS x FROM measures m JOIN problems p ON p.id = m.problem_id "
        "LEFT JOIN officers o ON o.id = m.officer_id ORDER BY m.rowid)"_s,
        u"SELECT group_concat(x, '|') FROM (SELECT p.number || f.given_on || f.manner || "
        "f.satisfaction || f.content AS x FROM feedback f JOIN problems p ON p.id = f.problem_id "
        "ORDER BY f.rowid)"_s,
        u"SELECT group_concat(x, '|') FROM (SELECT t.letter_year || '-' || t.letter_seq || "
        "p.number || d.code || t.transferred_on || ifnull(t.replied_on, '') AS x FROM transfers "
        "t JOIN problems p ON p.id = t.problem_id JOIN departments d ON d.id = t.department_id "
        "ORDER BY t.rowid)"_s,
        u"SELECT group_concat(x, '|') FROM (SELECT s.order_year || '-' || s.order_seq || "
        "p.number || s.issued_on || s.time_limit || s.trigger || s.requirement AS x FROM "
        "supervision_orders s JOIN problems p ON p.id = s.problem_id ORDER BY s.rowid)"_s,
    };
    QString text;
    for (const QString& sql : parts)
        text += scalar(db, sql).toString() + u'\n';
    return text;
}

} // namespace

TEST_CASE("Demo visits: up to today, on working days mostly, every unit every recent month, "
          "each with 1 to 3 officers of the visiting unit")
{
    Workspace ws;
    auto db = smallDemo(ws);
    const int visits = count(*db, u"SELECT count(*) FROM visits"_s);
    CHECK(visits >= 200);
    CHECK(visits <= 450);
    CHECK(count(*db, u"SELECT count(*) FROM visits WHERE visit_date > '2026-11-22'"_s) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM visits WHERE visit_date <= '2025-11-22'"_s) == 0);
    // strftime('%w'): 0 is Sunday, 6 Saturday.
    const int weekend =
        count(*db, u"SELECT count(*) FROM visits WHERE strftime('%w', visit_date) IN ('0', '6')"_s);
    CHECK(weekend * 10 < visits);
    const QString unitsWithout =
        u"SELECT count(*) FROM units u WHERE NOT EXISTS (SELECT 1 FROM visits v WHERE "
        "v.unit_id = u.id AND v.visit_date BETWEEN '%1' AND '%2')"_s;
    CHECK(count(*db, u"SELECT count(*) FROM units"_s) == 5);
    CHECK(count(*db, unitsWithout.arg(u"2026-10-01"_s, u"2026-10-31"_s)) == 0);
    CHECK(count(*db, unitsWithout.arg(u"2026-11-01"_s, u"2026-11-22"_s)) == 0);

    const QString officersPerVisit =
        u"SELECT count(*) FROM visits v WHERE (SELECT count(*) FROM visit_officers l WHERE "
        "l.visit_id = v.id) NOT BETWEEN 1 AND 3"_s;
    CHECK(count(*db, officersPerVisit) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM visit_officers l JOIN visits v ON v.id = l.visit_id "
                     "JOIN officers o ON o.id = l.officer_id WHERE o.unit_id <> v.unit_id"_s) == 0);
    // Enterprises with many disputes or in difficulty are visited for that reason.
    CHECK(count(*db, u"SELECT count(*) FROM visits v JOIN enterprises e ON e.id = "
                     "v.enterprise_id WHERE v.reason = 'disputes' AND e.flag_disputes = 0"_s) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM visits WHERE reason = 'disputes'"_s) > 0);
    CHECK(count(*db, u"SELECT count(*) FROM visits WHERE content = ''"_s) == 0);
}

TEST_CASE("Demo problems: numbered per year without gaps, deadlines not before found_on, about "
          "two per visit, triaged about half own unit")
{
    Workspace ws;
    auto db = smallDemo(ws);
    const int visits = count(*db, u"SELECT count(*) FROM visits"_s);
    const int problems = count(*db, u"SELECT count(*) FROM problems"_s);
    CHECK(problems >= visits * 16 / 10);
    CHECK(problems <= visits * 24 / 10);
    CHECK(count(*db, u"SELECT max(n) FROM (SELECT count(*) AS n FROM problems GROUP BY "
                     "visit_id)"_s) <= 4);
    // P2026-000001 … P2026-00000n: the numbers of a year are 1..n, in the year of found_on.
    CHECK(count(*db, u"SELECT count(*) FROM (SELECT substr(number, 2, 4) AS year, "
                     "count(*) AS n, max(CAST(substr(number, 7) AS INTEGER)) AS top, "
                     "min(CAST(substr(number, 7) AS INTEGER)) AS low FROM problems "
                     "GROUP BY year) WHERE n <> top OR low <> 1"_s) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM problems WHERE substr(number, 2, 4) <> "
                     "substr(found_on, 1, 4)"_s) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM problems WHERE deadline < found_on"_s) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM problems p JOIN visits v ON v.id = p.visit_id "
                     "WHERE p.found_on <> v.visit_date OR p.unit_id <> v.unit_id"_s) == 0);
    const int triaged = count(*db, u"SELECT count(*) FROM problems WHERE triage IS NOT NULL"_s);
    const int own = count(*db, u"SELECT count(*) FROM problems WHERE triage = 'own'"_s);
    const int transferred =
        count(*db, u"SELECT count(*) FROM problems WHERE triage = 'transfer'"_s);
    CHECK(own * 100 >= triaged * 40);
    CHECK(own * 100 <= triaged * 60);
    CHECK(transferred * 100 >= triaged * 15);
    CHECK(transferred * 100 <= triaged * 35);
    // Cross-unit problems name 1–2 partner units, never the visiting one.
    CHECK(count(*db, u"SELECT count(*) FROM problems p WHERE p.triage = 'cross' AND (SELECT "
                     "count(*) FROM problem_units l WHERE l.problem_id = p.id) NOT BETWEEN 1 "
                     "AND 2"_s) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM problem_units l JOIN problems p ON p.id = "
                     "l.problem_id WHERE l.unit_id = p.unit_id"_s) == 0);
    const int labour = count(*db, u"SELECT count(*) FROM problems p JOIN problem_categories c "
                                  "ON c.id = p.category_id WHERE c.code = 'labour'"_s);
    const int ip = count(*db, u"SELECT count(*) FROM problems p JOIN problem_categories c "
                              "ON c.id = p.category_id WHERE c.code = 'ip'"_s);
    CHECK(labour > 2 * ip);
}

TEST_CASE("Demo problems: each life follows ProblemFlow up to today, old ones closed, recent "
          "ones open")
{
    Workspace ws;
    auto db = smallDemo(ws);
    const QString latestFeedback =
        u"(SELECT f.satisfaction FROM feedback f WHERE f.problem_id = p.id ORDER BY f.given_on "
        "DESC, f.rowid DESC LIMIT 1)"_s;
    const QString lastFeedbackOn =
        u"(SELECT max(f.given_on) FROM feedback f WHERE f.problem_id = p.id)"_s;
    CHECK(count(*db, u"SELECT count(*) FROM problems WHERE status = 'closed'"_s) > 0);
    CHECK(count(*db, u"SELECT count(*) FROM problems p WHERE p.status = 'closed' AND (p.result "
                     "IS NULL OR p.result_on IS NULL OR p.closed_on IS NULL OR p.closed_by <> "
                     "'system' OR ifnull(%1, 'none') NOT IN ('satisfied', 'basic') OR "
                     "p.closed_on < %2 OR %2 < p.result_on OR p.result_on < p.found_on)"_s.arg(
                         latestFeedback, lastFeedbackOn)) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM problems WHERE status <> 'closed' AND "
                     "(closed_on IS NOT NULL OR closed_by IS NOT NULL)"_s) == 0);
    // Nothing dated after today.
    for (const QString& sql :
         {u"SELECT count(*) FROM problems WHERE result_on > '2026-11-22' OR closed_on > "
          "'2026-11-22'"_s,
          u"SELECT count(*) FROM measures WHERE taken_on > '2026-11-22'"_s,
          u"SELECT count(*) FROM feedback WHERE given_on > '2026-11-22'"_s,
          u"SELECT count(*) FROM supervision_orders WHERE issued_on > '2026-11-22'"_s})
        CHECK(count(*db, sql) == 0);
    // Measures between found_on and the result (or today); feedback after the result.
    CHECK(count(*db,
                u"SELECT count(*) FROM measures m JOIN problems p ON p.id = m.problem_id "
                "WHERE m.taken_on < p.found_on OR m.taken_on > CASE WHEN p.status IN "
                "('in_progress', 'transferred') THEN '2026-11-22' ELSE p.result_on END"_s) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM feedback f JOIN problems p ON p.id = f.problem_id "
                     "WHERE p.result_on IS NULL OR f.given_on < p.found_on"_s) == 0);
    // 不满意 sends the problem back: it is handled again before it is closed.
    CHECK(count(*db, u"SELECT count(*) FROM problems p WHERE %1 = 'unsatisfied' AND p.status "
                     "NOT IN ('in_progress', 'transferred')"_s.arg(latestFeedback)) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM problems p WHERE p.status = 'feedback_given' AND "
                     "%1 NOT IN ('satisfied', 'basic')"_s.arg(latestFeedback)) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM problems WHERE status = 'registered' AND "
                     "(triage IS NOT NULL OR result IS NOT NULL)"_s) == 0);

    // Transfers: every transferred-triage problem has one, letters numbered per year.
    CHECK(count(*db, u"SELECT count(*) FROM problems p WHERE p.triage = 'transfer' AND NOT "
                     "EXISTS (SELECT 1 FROM transfers t WHERE t.problem_id = p.id)"_s) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM transfers t JOIN problems p ON p.id = t.problem_id "
                     "WHERE p.triage <> 'transfer' OR t.transferred_on < p.found_on OR "
                     "t.letter_year <> CAST(substr(t.transferred_on, 1, 4) AS INTEGER)"_s) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM (SELECT letter_year, count(*) AS n, max(letter_seq) "
                     "AS top FROM transfers GROUP BY letter_year) WHERE n <> top"_s) == 0);
    // Supervision orders: numbered per year, a time limit after the issue, only while handled.
    CHECK(count(*db, u"SELECT count(*) FROM (SELECT order_year, count(*) AS n, max(order_seq) "
                     "AS top FROM supervision_orders GROUP BY order_year) WHERE n <> top"_s) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM supervision_orders s JOIN problems p ON p.id = "
                     "s.problem_id WHERE s.time_limit < s.issued_on OR p.triage <> 'transfer' "
                     "OR s.issued_on < p.found_on OR s.issued_on >= ifnull(p.result_on, "
                     "'9999') OR s.unit_id <> p.unit_id OR (s.trigger = 'overdue' AND "
                     "s.issued_on <= p.deadline)"_s) == 0);

    // Status by age: problems found over four months ago are nearly all closed; the last
    // month's are mostly open, in more than one state.
    const int old = count(*db, u"SELECT count(*) FROM problems WHERE found_on < '2026-07-22'"_s);
    const int oldClosed = count(*db, u"SELECT count(*) FROM problems WHERE found_on < "
                                     "'2026-07-22' AND status = 'closed'"_s);
    REQUIRE(old > 0);
    CHECK(oldClosed * 100 >= old * 95);
    CHECK(count(*db, u"SELECT count(DISTINCT status) FROM problems WHERE found_on >= "
                     "'2026-10-22' AND status <> 'closed'"_s) >= 2);
}

TEST_CASE("Demo visits: the database check is clean, and the same seed and day give the same "
          "visits and problems")
{
    Workspace ws;
    auto a = smallDemo(ws, 7, u"a.sqlite"_s);
    auto findings = storage::DatabaseCheck::run(*a);
    REQUIRE_OK(findings);
    for (const auto& finding : *findings) {
        INFO(finding.name.toStdString() << ": " << finding.summary.toStdString());
        CHECK(finding.passed);
    }
    auto b = smallDemo(ws, 7, u"b.sqlite"_s);
    auto other = smallDemo(ws, 8, u"c.sqlite"_s);
    const QString digest = content(*a);
    CHECK(digest.size() > 10'000);
    CHECK(digest == content(*b));
    CHECK(digest != content(*other));
}

TEST_CASE("Demo visits: the search indexes of visits and problems are built with the rows")
{
    Workspace ws;
    auto db = smallDemo(ws, 7, u"a.sqlite"_s);
    const QString word = scalar(*db, u"SELECT substr(description, 1, 4) FROM problems "
                                     "ORDER BY seq LIMIT 1"_s)
                             .toString();
    REQUIRE(word.size() == 4);
    const int byScan =
        scalar(*db, u"SELECT count(*) FROM problems WHERE instr(number, '%1') > 0 OR "
                    "instr(description, '%1') > 0 OR instr(coalesce(request, ''), '%1') > 0 OR "
                    "instr(coalesce(result, ''), '%1') > 0"_s.arg(word))
            .toInt();
    CHECK(byScan > 0);
    CHECK(scalar(*db,
                 u"SELECT count(*) FROM problems_fts WHERE problems_fts MATCH '\"%1\"'"_s.arg(word))
              .toInt() == byScan);
    const QString phrase =
        scalar(*db, u"SELECT substr(content, 3, 4) FROM visits ORDER BY seq LIMIT 1"_s).toString();
    const int visitsByScan =
        scalar(*db, u"SELECT count(*) FROM visits WHERE instr(content, '%1') > 0 OR "
                    "instr(coalesce(met_name, ''), '%1') > 0 OR "
                    "instr(coalesce(met_role, ''), '%1') > 0"_s.arg(phrase))
            .toInt();
    CHECK(visitsByScan > 0);
    CHECK(scalar(*db,
                 u"SELECT count(*) FROM visits_fts WHERE visits_fts MATCH '\"%1\"'"_s.arg(phrase))
              .toInt() == visitsByScan);
    // The character index, rebuilt too: two characters as a phrase find what a scan finds.
    const QString two = word.left(2);
    const int twoByScan =
        scalar(*db, u"SELECT count(*) FROM problems WHERE deleted_at IS NULL AND (instr(number, "
                    "'%1') > 0 OR instr(description, '%1') > 0 OR instr(coalesce(request, ''), "
                    "'%1') > 0 OR instr(coalesce(result, ''), '%1') > 0)"_s.arg(two))
            .toInt();
    CHECK(twoByScan >= byScan);
    CHECK(scalar(*db, u"SELECT count(*) FROM problems_chars WHERE problems_chars MATCH "
                      "'\"%1 %2\"'"_s.arg(two.at(0), two.at(1)))
              .toInt() == twoByScan);
    // The per-month counters, counted again after the bulk write (their triggers were off).
    CHECK(scalar(*db, u"SELECT count(*) FROM problem_months WHERE found > 0"_s).toInt() > 0);
    CHECK(scalar(*db, u"SELECT count(*) FROM (SELECT month, found, closed FROM "
                      "problem_months_counted EXCEPT SELECT month, found, closed FROM "
                      "problem_months)"_s)
              .toInt() == 0);
}
