// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <functional>

#include "core/storage/searchterms.h"
#include "core/storage/visitlistquery.h"
#include "tests/core/visitfixtures.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

// The fixture's visits that pass `keep`, counted in memory, away from the query's SQL.
int countWhere(const VisitFixture& f, const std::function<bool(const domain::Visit&)>& keep)
{
    return int(std::count_if(f.visits.cbegin(), f.visits.cend(), keep));
}

// Every word appears in the content, the person met, their role or the enterprise's name.
bool matchesSearch(const VisitFixture& f, const domain::Visit& visit, const QStringList& words)
{
    const QString name = f.enterprises.value(visit.enterpriseId).name;
    return std::all_of(words.cbegin(), words.cend(), [&](const QString& word) {
        for (const QString& text : {visit.content, visit.metName, visit.metRole, name}) {
            if (text.contains(word, Qt::CaseInsensitive))
                return true;
        }
        return false;
    });
}

int queryCount(storage::Database& db, const storage::VisitFilter& filter)
{
    auto count = storage::VisitListQuery(db.connection()).count(filter);
    REQUIRE_OK(count);
    return *count;
}

} // namespace

TEST_CASE("VisitListQuery: each filter counts what an independent count over the fixture finds, "
          "never a visit in the recycle bin")
{
    Workspace ws;
    auto db = ws.open();
    const VisitFixture f = createVisits(*db, 10);
    REQUIRE_FALSE(f.deletedVisits.isEmpty());

    storage::VisitFilter all;
    CHECK(queryCount(*db, all) == f.visits.size());

    const QString court = f.units[u"fy"_s].id;
    storage::VisitFilter byUnit;
    byUnit.unitId = court;
    const int courtVisits = countWhere(f, [&](const auto& v) { return v.unitId == court; });
    CHECK(courtVisits > 0);
    CHECK(queryCount(*db, byUnit) == courtVisits);

    const QString enterprise = f.visits.first().enterpriseId;
    storage::VisitFilter byEnterprise;
    byEnterprise.enterpriseId = enterprise;
    CHECK(queryCount(*db, byEnterprise) ==
          countWhere(f, [&](const auto& v) { return v.enterpriseId == enterprise; }));

    // An officer who went on some of the visits only (the second of a unit goes half the time).
    const QString officer = f.visits.first().officerIds.value(1, f.visits.first().officerIds[0]);
    storage::VisitFilter byOfficer;
    byOfficer.officerId = officer;
    const int officerVisits =
        countWhere(f, [&](const auto& v) { return v.officerIds.contains(officer); });
    CHECK(officerVisits > 0);
    CHECK(queryCount(*db, byOfficer) == officerVisits);

    storage::VisitFilter period;
    period.from = QDate(2026, 3, 1);
    period.to = QDate(2026, 3, 31);
    CHECK(queryCount(*db, period) == countWhere(f, [&](const auto& v) {
              return v.date >= period.from && v.date <= period.to;
          }));
    storage::VisitFilter openStart;
    openStart.to = QDate(2026, 2, 14);
    CHECK(queryCount(*db, openStart) ==
          countWhere(f, [&](const auto& v) { return v.date <= openStart.to; }));

    storage::VisitFilter combined = period;
    combined.unitId = court;
    combined.officerId = officer;
    CHECK(queryCount(*db, combined) == countWhere(f, [&](const auto& v) {
              return v.unitId == court && v.officerIds.contains(officer) && v.date >= period.from &&
                     v.date <= period.to;
          }));
}

TEST_CASE("VisitListQuery: search words of 1, 2 and 3+ characters find the content, the person "
          "met and the enterprise's name, all words required")
{
    Workspace ws;
    auto db = ws.open();
    const VisitFixture f = createVisits(*db, 10);
    const QStringList searches{
        u"V001"_s,         // 4 characters, trigram index, in the content
        u"v00"_s,          // 3, the index is case-insensitive
        u"V0"_s,           // 2 Latin: the character index, case-insensitive
        u"v0"_s,           // the same, in the other case
        u"待人2"_s,        // 3, the person met
        u"人1"_s,          // 2: the character index
        u"总经理"_s,       // the role
        u"渭河"_s,         // 2, the enterprise's name only
        u"钛材料"_s,       // 3, the enterprise's name only
        u"食"_s,           // 1
        u"V001 总经理"_s,  // both words
        u"渭河 接待人1"_s, // the name and the person met
        u"没有这样的词"_s,
    };
    for (const QString& search : searches) {
        INFO(search.toStdString());
        storage::VisitFilter filter;
        filter.search = search;
        const QStringList words = search.split(u' ');
        const int expected =
            countWhere(f, [&](const auto& v) { return matchesSearch(f, v, words); });
        CHECK((expected > 0) == (search != u"没有这样的词"_s)); // a search that finds something
        CHECK(queryCount(*db, filter) == expected);
    }
    storage::VisitFilter deleted; // a deleted visit's own number finds nothing
    deleted.search = f.deletedVisits.first().content.section(u' ', 0, 0);
    CHECK(queryCount(*db, deleted) == 0);

    // A count of at least search::kWalkListFrom walks visits_live_date: the same rows.
    for (const QString& search : {u"v0"_s, u"接待人"_s, u"食 V"_s}) {
        INFO(search.toStdString());
        storage::VisitFilter filter;
        filter.search = search;
        storage::VisitListQuery query(db->connection());
        auto sortedRows = query.rows(filter, 0, 1000);
        auto walked = query.rows(filter, 0, 1000, storage::search::kWalkListFrom);
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

TEST_CASE("VisitListQuery: rows come newest first in windows, with names, officers and the count "
          "of live problems, and indexOf finds a visit's row")
{
    Workspace ws;
    auto db = ws.open();
    const VisitFixture f = createVisits(*db, 6);
    QList<domain::Visit> expected = f.visits;
    std::stable_sort(expected.begin(), expected.end(),
                     [](const auto& a, const auto& b) { return a.date > b.date; });
    // Same day: the one entered later first (the fixture's order is the entry order).
    for (qsizetype i = 0; i < expected.size(); ++i) {
        qsizetype j = i;
        while (j + 1 < expected.size() && expected[j + 1].date == expected[i].date)
            ++j;
        std::reverse(expected.begin() + i, expected.begin() + j + 1);
        i = j;
    }

    storage::VisitListQuery query(db->connection());
    QList<storage::VisitRow> rows;
    for (int offset = 0; offset < expected.size(); offset += 7) {
        auto window = query.rows({}, offset, 7);
        REQUIRE_OK(window);
        rows.append(*window);
    }
    REQUIRE(rows.size() == expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const domain::Visit& visit = expected[i];
        const storage::VisitRow& row = rows[i];
        INFO("row " << i);
        REQUIRE(row.id == visit.id);
        CHECK(row.date == visit.date);
        CHECK(row.enterpriseName == f.enterprises.value(visit.enterpriseId).name);
        const auto unit = std::find_if(f.units.cbegin(), f.units.cend(),
                                       [&](const auto& u) { return u.id == visit.unitId; });
        REQUIRE(unit != f.units.cend());
        CHECK(row.unitName == unit->shortName);
        QStringList names;
        for (const QString& id : visit.officerIds)
            names.append(f.officers.value(id).name);
        names.sort();
        CHECK(row.officerNames == names);
        const auto live = std::count_if(f.problems.cbegin(), f.problems.cend(),
                                        [&](const auto& p) { return p.visitId == visit.id; });
        CHECK(row.problemCount == live);
        CHECK(row.contentLine == visit.content);
        CHECK(row.metName == visit.metName);
        CHECK(row.reason == visit.reason);
    }
    CHECK(*query.indexOf({}, expected[0].id) == 0);
    CHECK(*query.indexOf({}, expected[expected.size() / 2].id) == expected.size() / 2);
    CHECK(*query.indexOf({}, expected.last().id) == expected.size() - 1);
    CHECK(*query.indexOf({}, f.deletedVisits.first().id) == -1);

    storage::VisitFilter court;
    court.unitId = f.units[u"fy"_s].id;
    const QString other = std::find_if(expected.cbegin(), expected.cend(), [&](const auto& v) {
                              return v.unitId != court.unitId;
                          })->id;
    CHECK(*query.indexOf(court, other) == -1);
    auto courtRows = query.rows(court, 0, 1000);
    REQUIRE_OK(courtRows);
    for (qsizetype i = 0; i < courtRows->size(); ++i)
        CHECK(*query.indexOf(court, courtRows->at(i).id) == i);
}
