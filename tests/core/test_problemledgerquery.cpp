// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <functional>

#include <QSqlError>
#include <QSqlQuery>

#include "core/storage/problemledgerquery.h"
#include "core/storage/searchterms.h"
#include "tests/core/ledgerfixtures.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;
using storage::LedgerColumn;
using storage::LedgerSort;
using storage::ProblemDue;
using storage::ProblemFilter;
using storage::ProblemState;

namespace {

// Every problem a filter shows, in the default order, read as one page.
QStringList shownIds(storage::ProblemLedgerQuery& query, const ProblemFilter& filter,
                     LedgerSort sort = {})
{
    auto rows = query.rows(filter, sort, 0, 1000);
    REQUIRE_OK(rows);
    QStringList ids;
    for (const auto& row : *rows)
        ids.append(row.id);
    return ids;
}

// The ids of the live problems `wanted` accepts, independent of SQL, sorted for comparison.
QStringList expectedIds(const LedgerWorld& world,
                        const std::function<bool(const LedgerProblem&)>& wanted)
{
    QStringList ids;
    for (const LedgerProblem& p : world.problems) {
        if (!p.deleted && wanted(p))
            ids.append(p.id);
    }
    ids.sort();
    return ids;
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

} // namespace

TEST_CASE("ProblemLedgerQuery: every filter shows what an independent count over the records "
          "expects, and never a problem in the recycle bin")
{
    Workspace ws;
    auto db = ws.open();
    const LedgerWorld world = createLedgerWorld(*db);
    storage::ProblemLedgerQuery query(db->connection());
    const QDate today = kLedgerToday;

    struct Case {
        const char* name;
        ProblemFilter filter;
        std::function<bool(const LedgerProblem&)> wanted;
    };
    const auto filter = [today](auto change) {
        ProblemFilter f;
        f.today = today;
        change(f);
        return f;
    };
    const auto open = [](const LedgerProblem& p) {
        return p.status != u"closed"_s;
    };
    const QList<Case> cases{
        {"everything", filter([](ProblemFilter&) {}),
         [](const LedgerProblem&) {
             return true;
         }},
        {"open", filter([](ProblemFilter& f) { f.state = ProblemState::Open; }), open},
        {"closed", filter([](ProblemFilter& f) { f.state = ProblemState::Closed; }),
         [open](const LedgerProblem& p) {
             return !open(p);
         }},
        {"exact status",
         filter([](ProblemFilter& f) { f.status = domain::ProblemStatus::InProgress; }),
         [](const LedgerProblem& p) {
             return p.status == u"in_progress"_s;
         }},
        {"unit", filter([&](ProblemFilter& f) { f.unitId = world.base.units[u"fy"_s]; }),
         [](const LedgerProblem& p) {
             return p.unit == u"fy"_s;
         }},
        {"unit and open", filter([&](ProblemFilter& f) {
             f.unitId = world.base.units[u"fy"_s];
             f.state = ProblemState::Open;
         }),
         [open](const LedgerProblem& p) {
             return p.unit == u"fy"_s && open(p);
         }},
        {"category",
         filter([&](ProblemFilter& f) { f.categoryId = world.base.categories[u"contract"_s]; }),
         [](const LedgerProblem& p) {
             return p.category == u"contract"_s;
         }},
        {"triage", filter([](ProblemFilter& f) { f.triage = domain::Triage::Transfer; }),
         [](const LedgerProblem& p) {
             return p.triage == u"transfer"_s;
         }},
        {"overdue", filter([](ProblemFilter& f) { f.due = ProblemDue::Overdue; }),
         [open, today](const LedgerProblem& p) {
             return open(p) && p.deadline < today;
         }},
        {"due within 3 days", filter([](ProblemFilter& f) {
             f.due = ProblemDue::DueWithin;
             f.dueDays = 3;
         }),
         [open, today](const LedgerProblem& p) {
             return open(p) && p.deadline >= today && p.deadline <= today.addDays(3);
         }},
        {"due within 7 days", filter([](ProblemFilter& f) {
             f.due = ProblemDue::DueWithin;
             f.dueDays = 7;
         }),
         [open, today](const LedgerProblem& p) {
             return open(p) && p.deadline >= today && p.deadline <= today.addDays(7);
         }},
        {"period", filter([](ProblemFilter& f) {
             f.foundFrom = QDate(2026, 3, 3);
             f.foundTo = QDate(2026, 11, 10);
         }),
         [](const LedgerProblem& p) {
             return p.foundOn >= QDate(2026, 3, 3) && p.foundOn <= QDate(2026, 11, 10);
         }},
        {"period open at the start",
         filter([](ProblemFilter& f) { f.foundTo = QDate(2026, 3, 3); }),
         [](const LedgerProblem& p) {
             return p.foundOn <= QDate(2026, 3, 3);
         }},
        {"enterprise", filter([&](ProblemFilter& f) { f.enterpriseId = world.base.flaggedId; }),
         [](const LedgerProblem& p) {
             return p.flagged;
         }},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const QStringList expected = expectedIds(world, c.wanted);
        REQUIRE_FALSE(expected.isEmpty()); // every case picks something
        CHECK(query.count(c.filter).value_or(-1) == expected.size());
        CHECK(sorted(shownIds(query, c.filter)) == expected);
    }
    // The fixture holds a problem in the recycle bin that would match "everything" and "open".
    CHECK(std::any_of(world.problems.cbegin(), world.problems.cend(),
                      [](const LedgerProblem& p) { return p.deleted && p.status != u"closed"_s; }));
}

TEST_CASE("ProblemLedgerQuery: search words of 1, 2 and 3+ characters match the problem's text "
          "or its enterprise's name, every word required")
{
    Workspace ws;
    auto db = ws.open();
    const LedgerWorld world = createLedgerWorld(*db);
    storage::ProblemLedgerQuery query(db->connection());
    const auto containsAll = [](const LedgerProblem& p, const QStringList& words) {
        for (const QString& word : words) {
            const bool found = p.number.contains(word, Qt::CaseInsensitive) ||
                               p.description.contains(word, Qt::CaseInsensitive) ||
                               p.request.contains(word, Qt::CaseInsensitive) ||
                               p.enterpriseName.contains(word, Qt::CaseInsensitive);
            if (!found)
                return false;
        }
        return true;
    };
    const QStringList searches{
        u"员工工资"_s,  // 3+: description, through problems_fts
        u"秦川机械"_s,  // 3+: enterprise name, through enterprises_fts
        u"合同"_s,      // 2: instr scan of the description
        u"锦"_s,        // 1: instr scan of the enterprise name
        u"abc"_s,       // 3+, Latin, another case than stored
        u"p2"_s,        // 2, Latin: the character index, case-insensitive
        u"6-"_s,        // 2 with a sign the character index does not hold: a LIKE scan
        u"秦川 合同"_s, // both words: enterprise and description
        u"拖欠货款"_s,  // only the problem in the recycle bin has it
    };
    for (const QString& search : searches) {
        INFO(search.toStdString());
        ProblemFilter filter;
        filter.search = search;
        const QStringList words = search.split(u' ', Qt::SkipEmptyParts);
        const QStringList expected =
            expectedIds(world, [&](const LedgerProblem& p) { return containsAll(p, words); });
        CHECK(query.count(filter).value_or(-1) == expected.size());
        CHECK(sorted(shownIds(query, filter)) == expected);
    }
    ProblemFilter deleted;
    deleted.search = u"拖欠货款"_s;
    CHECK(query.count(deleted).value_or(-1) == 0);
    ProblemFilter many;
    many.search = u"p2"_s;
    CHECK(query.count(many).value_or(-1) == qsizetype(world.problems.size() - 1));
}

TEST_CASE("ProblemLedgerQuery: each sort orders the rows, pages read from either end agree, and "
          "indexOf finds each row where the page has it")
{
    Workspace ws;
    auto db = ws.open();
    const LedgerWorld world = createLedgerWorld(*db);
    storage::ProblemLedgerQuery query(db->connection());
    const ProblemFilter all;
    const int total = query.count(all).value_or(-1);
    REQUIRE(total == qsizetype(world.problems.size() - 1));

    for (int column = 0; column < storage::kLedgerColumnCount; ++column) {
        for (bool ascending : {true, false}) {
            const LedgerSort sort{LedgerColumn(column), ascending};
            INFO("column " << column << (ascending ? " ascending" : " descending"));
            auto whole = query.rows(all, sort, 0, 1000);
            REQUIRE_OK(whole);
            REQUIRE(whole->size() == total);
            QStringList ids;
            for (const auto& row : *whole)
                ids.append(row.id);
            // Pages of 2 and 3, those past the middle read backwards from the end, give the
            // same rows.
            for (int size : {2, 3}) {
                QStringList paged;
                for (int offset = 0; offset < total; offset += size) {
                    auto page = query.rows(all, sort, offset, size, total);
                    REQUIRE_OK(page);
                    for (const auto& row : *page)
                        paged.append(row.id);
                }
                CHECK(paged == ids);
            }
            for (int i = 0; i < ids.size(); ++i)
                CHECK(query.indexOf(all, sort, ids[i]).value_or(-2) == i);
        }
    }

    // The orders themselves, on the values the rows carry.
    const auto rowsIn = [&](LedgerColumn column, bool ascending) {
        auto rows = query.rows(all, {column, ascending}, 0, 1000);
        REQUIRE_OK(rows);
        return *rows;
    };
    const auto newestFirst = rowsIn(LedgerColumn::FoundOn, false);
    CHECK(std::is_sorted(newestFirst.cbegin(), newestFirst.cend(),
                         [](const auto& a, const auto& b) { return a.foundOn > b.foundOn; }));
    const auto byDeadline = rowsIn(LedgerColumn::Deadline, true);
    CHECK(std::is_sorted(byDeadline.cbegin(), byDeadline.cend(),
                         [](const auto& a, const auto& b) { return a.deadline < b.deadline; }));
    const auto byEnterprise = rowsIn(LedgerColumn::Enterprise, false);
    CHECK(std::is_sorted(
        byEnterprise.cbegin(), byEnterprise.cend(),
        [](const auto& a, const auto& b) { return a.enterpriseName > b.enterpriseName; }));
    const auto byStatus = rowsIn(LedgerColumn::Status, true);
    CHECK(std::is_sorted(byStatus.cbegin(), byStatus.cend(), [](const auto& a, const auto& b) {
        return int(a.status) < int(b.status);
    }));
    CHECK(byStatus.first().status != byStatus.last().status);
    const auto byNumber = rowsIn(LedgerColumn::Number, true);
    CHECK(std::is_sorted(byNumber.cbegin(), byNumber.cend(),
                         [](const auto& a, const auto& b) { return a.number < b.number; }));

    // A problem in the recycle bin, or one the filter leaves out, has no row.
    const auto deleted = std::find_if(world.problems.cbegin(), world.problems.cend(),
                                      [](const LedgerProblem& p) { return p.deleted; });
    REQUIRE(deleted != world.problems.cend());
    CHECK(query.indexOf(all, {}, deleted->id).value_or(-2) == -1);
    ProblemFilter closed;
    closed.state = ProblemState::Closed;
    const auto open = std::find_if(world.problems.cbegin(), world.problems.cend(),
                                   [](const LedgerProblem& p) { return p.status != u"closed"_s; });
    CHECK(query.indexOf(closed, {}, open->id).value_or(-2) == -1);
}

TEST_CASE("ProblemLedgerQuery: a row carries the names the ledger shows")
{
    Workspace ws;
    auto db = ws.open();
    const LedgerWorld world = createLedgerWorld(*db);
    storage::ProblemLedgerQuery query(db->connection());
    const LedgerProblem& first = world.problems.first();
    ProblemFilter filter;
    filter.search = first.number;
    auto rows = query.rows(filter, {}, 0, 10);
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    const auto& row = rows->first();
    CHECK(row.id == first.id);
    CHECK(row.unitShortName == u"法院"_s);
    CHECK(row.enterpriseName == u"西安锦业科技有限公司"_s);
    CHECK(row.categoryName == u"劳动用工"_s);
    CHECK(row.description == first.description);
    CHECK(row.deadline == first.deadline);
    CHECK(row.status == domain::ProblemStatus::InProgress);
    CHECK(row.responsible == u"法院"_s);
    CHECK(row.version > 0);
}

TEST_CASE("ProblemLedgerQuery: the search indexes follow an edit, a deletion into the recycle "
          "bin, a restore and a removal, and a page walked in date order is the sorted page")
{
    Workspace ws;
    auto db = ws.open();
    const LedgerWorld world = createLedgerWorld(*db);
    storage::ProblemLedgerQuery query(db->connection());
    const QString id = world.problems.first().id;
    const auto run = [&](const QString& sql) {
        QSqlQuery statement(db->connection());
        INFO(sql.toStdString());
        REQUIRE(statement.prepare(sql));
        statement.addBindValue(id);
        const bool done = statement.exec();
        INFO(statement.lastError().text().toStdString());
        REQUIRE(done);
    };
    const auto found = [&](const QString& search) {
        ProblemFilter filter;
        filter.search = search;
        INFO(search.toStdString());
        const int count = query.count(filter).value_or(-1);
        REQUIRE(count == shownIds(query, filter).size());
        return count;
    };
    // 1, 2 and 4 characters: the character index and the trigram index.
    const QStringList fresh{u"獭"_s, u"獭鲸"_s, u"獭鲸鹦鹉"_s};
    for (const QString& word : fresh)
        CHECK(found(word) == 0);
    REQUIRE(found(u"员工工资"_s) == 1);
    run(u"UPDATE problems SET description = '本月獭鲸鹦鹉一案' WHERE id = ?"_s);
    for (const QString& word : fresh)
        CHECK(found(word) == 1);
    CHECK(found(u"员工工资"_s) == 0);
    run(u"UPDATE problems SET deleted_at = '2026-11-21T08:00:00.000Z' WHERE id = ?"_s);
    for (const QString& word : fresh)
        CHECK(found(word) == 0);
    run(u"UPDATE problems SET deleted_at = NULL WHERE id = ?"_s);
    for (const QString& word : fresh)
        CHECK(found(word) == 1);
    // Removed for good, its measures and feedback aside (they are not what is tested here).
    QSqlQuery(db->connection()).exec(u"PRAGMA foreign_keys = OFF"_s);
    run(u"DELETE FROM problems WHERE id = ?"_s);
    QSqlQuery(db->connection()).exec(u"PRAGMA foreign_keys = ON"_s);
    for (const QString& word : fresh)
        CHECK(found(word) == 0);
    // FTS5's own check: each index holds exactly what its view shows.
    for (const QString& index : {u"problems_fts"_s, u"problems_chars"_s}) {
        QSqlQuery check(db->connection());
        INFO(index.toStdString() << " " << check.lastError().text().toStdString());
        CHECK(check.exec(u"INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)"_s.arg(index)));
    }

    // A count of at least search::kWalkListFrom walks problems_live_found; the rows are those
    // the sort gives.
    for (const QString& search : {u"p2"_s, u"合同"_s, u"锦业 p"_s}) {
        for (bool ascending : {false, true}) {
            INFO(search.toStdString() << (ascending ? " ascending" : " descending"));
            ProblemFilter filter;
            filter.search = search;
            const LedgerSort sort{LedgerColumn::FoundOn, ascending};
            auto sortedRows = query.rows(filter, sort, 0, 1000);
            auto walked = query.rows(filter, sort, 0, 1000, storage::search::kWalkListFrom);
            REQUIRE_OK(sortedRows);
            REQUIRE_OK(walked);
            CHECK(!sortedRows->isEmpty());
            QStringList sortedIds, walkedIds;
            for (const auto& row : *sortedRows)
                sortedIds.append(row.id);
            for (const auto& row : *walked)
                walkedIds.append(row.id);
            CHECK(walkedIds == sortedIds);
        }
    }
}
