// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/dashboard.h"

#include <tuple>

#include <QHash>
#include <QSqlDatabase>

#include "core/domain/problem.h"
#include "core/storage/database.h"
#include "core/storage/queryutil.h"

using namespace Qt::StringLiterals;

namespace lp::services {
namespace {

// The problems found and closed in each of `months`, from the counters schema 8 keeps in step
// with every write (problem_months): one read of twelve rows, where counting index ranges read
// 40,000 entries on the district file.
Result<void> readMonths(const QSqlDatabase& connection, QList<MonthFlow>& months)
{
    if (months.isEmpty())
        return {};
    const auto key = [](const QDate& day) {
        return day.toString(u"yyyy-MM"_s);
    };
    auto query = storage::runQuery(
        connection,
        u"SELECT month, found, closed FROM problem_months WHERE month BETWEEN ? AND ?"_s,
        {key(months.first().firstDay), key(months.last().firstDay)},
        Dashboard::tr("counting the problems found and closed per month"));
    if (!query)
        return fail(query.error());
    QHash<QString, std::pair<int, int>> counted;
    while (query->next())
        counted.insert(query->value(0).toString(),
                       {query->value(1).toInt(), query->value(2).toInt()});
    for (MonthFlow& month : months)
        std::tie(month.found, month.closed) = counted.value(key(month.firstDay));
    return {};
}

Result<TriageCounts> openByTriage(const QSqlDatabase& connection)
{
    // From the index of the open problems alone (see Oversight::deadlines).
    auto query = storage::runQuery(connection,
                                   u"SELECT triage, count(*) FROM problems INDEXED BY "
                                   "problems_open_units WHERE status <> 'closed' AND deleted_at "
                                   "IS NULL GROUP BY triage"_s,
                                   {}, Dashboard::tr("counting the open problems by triage"));
    if (!query)
        return fail(query.error());
    TriageCounts counts;
    while (query->next()) {
        const int count = query->value(1).toInt();
        if (query->value(0).isNull()) {
            counts.untriaged += count;
            continue;
        }
        switch (
            domain::triageFromCode(query->value(0).toString()).value_or(domain::Triage::OwnUnit)) {
        case domain::Triage::OwnUnit:
            counts.ownUnit += count;
            break;
        case domain::Triage::CrossUnit:
            counts.crossUnit += count;
            break;
        case domain::Triage::Transfer:
            counts.transfer += count;
            break;
        }
    }
    return counts;
}

// Reads in one deferred (read) transaction, so every count sees the same records; ends it on
// leaving. Without a transaction (one is already open on the connection) it reads as it is.
class ReadSnapshot final {
public:
    explicit ReadSnapshot(QSqlDatabase connection)
        : m_connection(std::move(connection))
        , m_open(m_connection.transaction())
    {}
    ~ReadSnapshot()
    {
        if (m_open)
            m_connection.commit();
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    QSqlDatabase m_connection;
    bool m_open;
};

} // namespace

QDate Dashboard::weekEnd(const QDate& day)
{
    return day.addDays(7 - day.dayOfWeek());
}

Result<void> Dashboard::keepPagesCached(storage::Database& database)
{
    auto set = storage::runQuery(database.connection(), u"PRAGMA cache_size = -65536"_s, {},
                                 tr("enlarging the page cache"));
    if (!set)
        return fail(set.error());
    return {};
}

Result<DashboardFacts> Dashboard::compute(storage::Database& database, const QDate& today)
{
    const QSqlDatabase connection = database.connection();
    const ReadSnapshot snapshot(connection);
    DashboardFacts facts;
    facts.today = today;
    facts.weekEnd = weekEnd(today);

    auto deadlines = Oversight::deadlines(database, today, int(today.daysTo(facts.weekEnd)));
    if (!deadlines)
        return fail(deadlines.error());
    facts.deadlines = std::move(*deadlines);

    auto triage = openByTriage(connection);
    if (!triage)
        return fail(triage.error());
    facts.triage = *triage;

    auto cadence = Oversight::cadence(database, today);
    if (!cadence)
        return fail(cadence.error());
    facts.cadence = std::move(*cadence);

    const QDate thisMonth(today.year(), today.month(), 1);
    for (int back = kMonths - 1; back >= 0; --back)
        facts.months.append({thisMonth.addMonths(-back)});
    if (auto counted = readMonths(connection, facts.months); !counted)
        return fail(counted.error());

    auto due = Oversight::supervisionDue(database, today);
    if (!due)
        return fail(due.error());
    facts.supervisionDue = int(due->size());
    return facts;
}

} // namespace lp::services
