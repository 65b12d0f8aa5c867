// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/storagebench.h"

#include <memory>

#include <QFile>
#include <QTextStream>

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"
#include "tests/bench/districtfile.h"

using namespace Qt::StringLiterals;

namespace lp::bench {
namespace {

constexpr int kInsertRows = 100'000;

std::unique_ptr<storage::Database> openOrReport(const QString& path)
{
    storage::DatabaseOptions options;
    options.path = path;
    auto db = storage::Database::open(options, benchClock());
    if (!db) {
        QTextStream(stderr) << "linkpoint-bench: " << db.error().message << '\n';
        return nullptr;
    }
    return std::move(*db);
}

bool insertRows(storage::Database& db)
{
    auto transaction = storage::Transaction::begin(db);
    if (!transaction)
        return false;
    storage::RecordWriter writer(transaction->connection(), benchClock(), Actor::system());
    auto batch = writer.beginBatch(storage::tables::officers(), u"benchmark"_s);
    if (!batch)
        return false;
    for (int i = 0; i < kInsertRows; ++i) {
        auto inserted =
            writer.insert(storage::tables::officers(),
                          {{u"code"_s, u"o%1"_s.arg(i)},
                           {u"name"_s, u"干警%1"_s.arg(i)},
                           {u"phone"_s, u"1380000%1"_s.arg(i % 10000, 4, 10, QLatin1Char('0'))},
                           {u"active"_s, 1}},
                          *batch);
        if (!inserted)
            return false;
    }
    return transaction->commit().has_value();
}

} // namespace

QList<Measure> storageMeasures(const QString& scratchFolder)
{
    QList<Measure> measures;
    // The district file opened a second time, as the window opens it (the first connection of
    // the bench stays open, as the window's others do).
    measures.append({u"open_with_migration_check"_s, 100, [scratchFolder] {
                         District& district = District::get(scratchFolder);
                         const QString path = district.db ? district.path : QString();
                         return std::function<bool()>(
                             [path] { return !path.isEmpty() && bool(openOrReport(path)); });
                     }});
    measures.append({u"insert_100k_rows_one_transaction"_s, 2000, [scratchFolder] {
                         const QString path = scratchFolder + u"/insert.sqlite"_s;
                         for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                             QFile::remove(path + suffix);
                         auto db = std::shared_ptr<storage::Database>(openOrReport(path));
                         if (!db)
                             return std::function<bool()>();
                         return std::function<bool()>([db] { return insertRows(*db); });
                     }});
    return measures;
}

} // namespace lp::bench
