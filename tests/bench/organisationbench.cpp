// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/organisationbench.h"

#include <memory>

#include <QDir>
#include <QFile>

#include "core/clock.h"
#include "core/demo/demogenerator.h"
#include "core/imports/enterpriseimport.h"
#include "core/reports/documentexport.h"
#include "core/reports/enterpriseroster.h"
#include "core/services/changehub.h"
#include "core/services/setupservice.h"
#include "core/settings/appsettings.h"
#include "core/storage/database.h"
#include "core/storage/enterpriserepository.h"
#include "tests/bench/districtfile.h"
#include "ui/models/enterpriselistmodel.h"
#include "ui/pages/enterprisespage.h"
#include "ui/prompts.h"
#include "ui/session.h"

using namespace Qt::StringLiterals;

namespace lp::bench {
namespace {

Measure search(const QString& name, const QString& scratch, const QString& text)
{
    return {name, 20,
            [scratch, text] {
                District& district = District::get(scratch);
                return std::function<bool()>([&district, text] {
                    if (!district.db)
                        return false;
                    // What one keystroke costs the list: the new total and the first window.
                    storage::EnterpriseFilter filter;
                    filter.search = text;
                    storage::EnterpriseRepository repository(district.db->connection());
                    auto total = repository.count(filter);
                    auto rows = repository.rows(filter, 0, 60);
                    return total && rows && *total > 0 && !rows->isEmpty();
                });
            },
            false, districtConnection(scratch)};
}

} // namespace

QList<Measure> organisationMeasures(const QString& scratch, bool smoke)
{
    QList<Measure> measures;
    measures.append(
        {u"demo_district"_s, 120'000, [scratch, smoke] {
             static int run = 0;
             const QString path = QDir(scratch).filePath(u"demo-%1.sqlite"_s.arg(++run));
             return std::function<bool()>([path, smoke] {
                 auto db = openFile(path);
                 demo::DemoOptions options;
                 options.scale = smoke ? demo::DemoScale::Small : demo::DemoScale::District;
                 options.today = districtToday();
                 return db && demo::DemoGenerator::create(*db, options, Actor::system());
             });
         }});
    measures.append(
        {u"import_xlsx_10000_rows"_s, 2000, [scratch] {
             static int run = 0;
             District& district = District::get(scratch);
             const QString path = QDir(scratch).filePath(u"import-%1.sqlite"_s.arg(++run));
             // An office's file before its first import: the units are there.
             auto shared = std::shared_ptr<storage::Database>(openFile(path));
             if (shared)
                 (void)services::SetupService(*shared).createDefaultUnits(Actor::system());
             return std::function<bool()>([shared, &district] {
                 storage::Database* db = shared.get();
                 if (!db || district.roster.isEmpty())
                     return false;
                 auto plan = imports::EnterpriseImport::prepare(*db, district.roster);
                 if (!plan || plan->rows.size() != 10'000)
                     return false;
                 imports::ImportOptions options;
                 options.createMissing = true;
                 auto outcome =
                     imports::EnterpriseImport::commit(*db, Actor::system(), *plan, options);
                 return outcome && outcome->inserted == 10'000;
             });
         }});
    measures.append(search(u"search_as_you_type_1_char"_s, scratch, u"锦"_s));
    measures.append(search(u"search_as_you_type_2_chars"_s, scratch, u"锦业"_s));
    measures.append(search(u"search_as_you_type_3_chars"_s, scratch, u"锦业路"_s));
    measures.append(search(u"search_as_you_type_code"_s, scratch, u"MA6T"_s));
    measures.append({u"enterprises_page_open"_s, 100, [scratch] {
                         District& district = District::get(scratch);
                         return std::function<bool()>([&district, scratch] {
                             if (!district.db)
                                 return false;
                             settings::AppSettings settings(
                                 QDir(scratch).filePath(u"bench-settings.ini"_s));
                             ui::DialogPrompts prompts;
                             services::ChangeHub changes;
                             ui::Session session{*district.db, settings,     prompts, benchClock(),
                                                 u"高新区"_s,  std::nullopt, changes};
                             // Built, and its first screen of rows read, as the window shows it.
                             ui::EnterprisesPage page(session);
                             page.refresh(); // as the window shows it
                             const QModelIndex last = page.model().index(40, 0);
                             return page.model().rowCount() == 10'000 && last.data().isValid();
                         });
                     }});
    return measures;
}

} // namespace lp::bench
