// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/districtfile.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include "core/clock.h"
#include "core/demo/demogenerator.h"
#include "core/reports/documentexport.h"
#include "core/reports/enterpriseroster.h"
#include "core/services/dashboard.h"

using namespace Qt::StringLiterals;

namespace lp::bench {
const Clock& benchClock()
{
    static const SystemClock systemClock;
    return systemClock;
}

QDate districtToday()
{
    return {2026, 11, 22};
}

const Clock& districtClock()
{
    static const FixedClock clock(districtToday().startOfDay(Qt::UTC).addSecs(9 * 3600));
    return clock;
}

std::unique_ptr<storage::Database> openFile(const QString& path)
{
    storage::DatabaseOptions options;
    options.path = path;
    auto db = storage::Database::open(options, benchClock());
    return db ? std::move(*db) : nullptr;
}

namespace {

QString& givenFile()
{
    static QString given;
    return given;
}

bool& smokeRun()
{
    static bool smoke = false;
    return smoke;
}

bool copied(const QString& from, const QString& to)
{
    QTextStream(stderr) << "linkpoint-bench: measuring on a copy of " << from << '\n';
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

void District::configure(const QString& given, bool smoke)
{
    givenFile() = given;
    smokeRun() = smoke;
}

District& District::get(const QString& scratch)
{
    static District district = [&] {
        District made;
        made.path = QDir(scratch).filePath(u"district.sqlite"_s);
        const bool given = !givenFile().isEmpty();
        if (given && !copied(givenFile(), made.path))
            return made;
        made.db = openFile(made.path);
        demo::DemoOptions options;
        options.scale = demo::DemoScale::District;
        options.today = districtToday();
        if (smokeRun())
            options.visits = 20'000;
        if (made.db && (given || demo::DemoGenerator::create(*made.db, options, Actor::system()))) {
            made.roster = QDir(scratch).filePath(u"roster.xlsx"_s);
            auto document = reports::EnterpriseRoster::load(*made.db, {}, {});
            if (!document ||
                !reports::writeDocument(*document, reports::OutputFormat::Xlsx, made.roster))
                made.roster.clear();
            made.dashboard = openFile(made.path);
            if (made.dashboard)
                (void)services::Dashboard::keepPagesCached(*made.dashboard);
        }
        return made;
    }();
    return district;
}

std::function<QSqlDatabase()> districtConnection(const QString& scratch, bool dashboard)
{
    return [scratch, dashboard] {
        District& district = District::get(scratch);
        storage::Database* db = dashboard ? district.dashboard.get() : district.db.get();
        return db ? db->connection() : QSqlDatabase();
    };
}

} // namespace lp::bench
