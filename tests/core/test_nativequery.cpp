// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSqlQuery>

#include "core/storage/nativequery.h"
#include "core/storage/statementtrace.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace Qt::StringLiterals;

namespace {

// The rows of `query` as text, one string per row, columns joined by "|".
QStringList textRows(storage::NativeQuery& query, int columns)
{
    QStringList rows;
    REQUIRE_OK(query.forEachRow([&] {
        QStringList row;
        for (int column = 0; column < columns; ++column)
            row.append(query.isNull(column) ? u"NULL"_s : query.text(column));
        rows.append(row.join(u'|'));
    }));
    return rows;
}

} // namespace

TEST_CASE("NativeQuery: reads text, numbers, NULL and dates as stored, row by row")
{
    test::Workspace ws;
    auto db = ws.open();
    QSqlQuery setUp(db->connection());
    REQUIRE(setUp.exec(u"CREATE TEMP TABLE t (n INTEGER, s TEXT, d TEXT)"_s));
    REQUIRE(setUp.exec(u"INSERT INTO t VALUES (1, '拖欠货款 ok', '2026-11-22'), "
                       "(9007199254740993, NULL, '2024-02-29'), (-3, '', '2026-02-30'), "
                       "(4, 'x', '2026-1-5'), (5, 'y', NULL)"_s));
    auto query = storage::NativeQuery::run(db->connection(),
                                           u"SELECT n, s, d FROM t ORDER BY rowid"_s, {}, u"x"_s);
    REQUIRE_OK(query);
    QList<qint64> numbers;
    QStringList texts;
    QList<QDate> dates;
    QList<bool> nulls;
    while (true) {
        const Result<bool> more = query->next();
        REQUIRE_OK(more);
        if (!*more)
            break;
        numbers.append(query->integer(0));
        texts.append(query->text(1));
        nulls.append(query->isNull(1));
        dates.append(query->date(2));
    }
    CHECK(numbers == QList<qint64>{1, 9007199254740993LL, -3, 4, 5});
    CHECK(texts == QStringList{u"拖欠货款 ok"_s, QString(), QString(), u"x"_s, u"y"_s});
    CHECK(nulls == QList<bool>{false, true, false, false, false});
    // February 30th and a date without its zeros are not dates; NULL is no date.
    CHECK(dates ==
          QList<QDate>{QDate(2026, 11, 22), QDate(2024, 2, 29), QDate(), QDate(), QDate()});
    CHECK_FALSE(*query->next()); // stays done
}

TEST_CASE("NativeQuery: binds NULL, whole numbers, reals, text and dates in order")
{
    test::Workspace ws;
    auto db = ws.open();
    auto query = storage::NativeQuery::run(
        db->connection(),
        u"SELECT ? IS NULL, typeof(?), ? + 1, typeof(?), ?, ?, ? = '2026-03-09'"_s,
        {QVariant(), QVariant(qint64(7)), QVariant(41), QVariant(2.5), QVariant(true),
         QVariant(u"走访 ünï"_s), QVariant(QDate(2026, 3, 9))},
        u"x"_s);
    REQUIRE_OK(query);
    CHECK(textRows(*query, 7) == QStringList{u"1|integer|42|real|1|走访 ünï|1"_s});
}

TEST_CASE("NativeQuery: bad SQL, a wrong count of values and an error while stepping are values "
          "that name what was being done")
{
    test::Workspace ws;
    auto db = ws.open();
    const QString doing = u"reading the problem ledger"_s;
    auto bad = storage::NativeQuery::run(db->connection(), u"SELEC 1"_s, {}, doing);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(doing));
    auto counted = storage::NativeQuery::run(db->connection(), u"SELECT ?, ?"_s, {1}, doing);
    REQUIRE_FALSE(counted);
    CHECK(counted.error().message.contains(doing));
    // Integer overflow is found only when the row is computed.
    auto stepping = storage::NativeQuery::run(db->connection(),
                                              u"SELECT abs(-9223372036854775807 - 1)"_s, {}, doing);
    REQUIRE_OK(stepping);
    const Result<bool> row = stepping->next();
    REQUIRE_FALSE(row);
    CHECK(row.error().message.contains(doing));
    auto again = storage::NativeQuery::run(db->connection(),
                                           u"SELECT abs(-9223372036854775807 - 1)"_s, {}, doing);
    REQUIRE_OK(again);
    int rows = 0;
    const Result<void> read = again->forEachRow([&] { ++rows; });
    REQUIRE_FALSE(read);
    CHECK(read.error().message.contains(doing));
    CHECK(rows == 0);
}

TEST_CASE("NativeQuery: runs on the connection's own handle, so its statement trace sees it")
{
    test::Workspace ws;
    auto db = ws.open();
    const storage::StatementTrace trace(db->connection());
    auto query = storage::NativeQuery::run(db->connection(), u"SELECT ? + 1"_s, {1}, u"x"_s);
    REQUIRE_OK(query);
    CHECK(textRows(*query, 1) == QStringList{u"2"_s});
    CHECK(trace.reads() == QStringList{u"SELECT 1 + 1"_s});
}
