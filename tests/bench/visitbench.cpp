// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/visitbench.h"

#include <memory>

#include <QDir>

#include "core/clock.h"
#include "core/domain/creditcode.h"
#include "core/reports/documentexport.h"
#include "core/reports/problemlists.h"
#include "core/reports/visitlog.h"
#include "core/services/setupservice.h"
#include "core/storage/database.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/officerrepository.h"
#include "core/storage/problemlistsrepository.h"
#include "core/storage/problemrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"
#include "core/storage/visitrepository.h"

using namespace Qt::StringLiterals;

namespace lp::bench {
namespace {

constexpr int kYear = 2026;
constexpr int kLogMonth = 3;
constexpr int kCourtVisitsPerMonth = 170;
constexpr int kVisitsPerYear = 20'000; // two problems each: 40,000 problems
constexpr int kEnterprises = 400;

const SystemClock& clock()
{
    static const SystemClock systemClock;
    return systemClock;
}

QString creditCode(int n)
{
    const QString body = u"MA6B%1"_s.arg(n, 4, 10, QChar(u'0'));
    QString code = u"91610131"_s + body + domain::CreditCode::organizationCheck(body);
    return code + domain::CreditCode::checkCharacter(code);
}

// Writes the year's records in one transaction; false when anything failed.
bool fill(storage::Database& db, QString* courtId)
{
    if (!services::SetupService(db).createDefaultUnits(Actor::system()))
        return false;
    auto units = storage::UnitRepository(db.connection()).listActive();
    auto categories = storage::ProblemListsRepository(db.connection()).categories();
    if (!units || !categories || units->size() != 5 || categories->isEmpty())
        return false;
    auto transaction = storage::Transaction::begin(db);
    if (!transaction)
        return false;
    const QSqlDatabase connection = transaction->connection();
    storage::RecordWriter writer(connection, clock(), Actor::system());
    const auto batch = [&](const storage::TableSpec& table) {
        return writer.beginBatch(table, u"benchmark records"_s).value_or(0);
    };
    const qint64 enterpriseBatch = batch(storage::tables::enterprises());
    const qint64 officerBatch = batch(storage::tables::officers());
    const qint64 visitBatch = batch(storage::tables::visits());
    const qint64 linkBatch = batch(storage::tables::visitOfficers());
    const qint64 problemBatch = batch(storage::tables::problems());
    const qint64 partnerBatch = batch(storage::tables::problemUnits());

    QStringList enterprises;
    for (int i = 0; i < kEnterprises; ++i) {
        domain::Enterprise enterprise;
        enterprise.name = u"陈仓区第%1精密机械制造有限公司"_s.arg(i + 1);
        enterprise.creditCode = creditCode(i);
        auto saved = storage::EnterpriseRepository::insert(writer, enterprise, enterpriseBatch);
        if (!saved)
            return false;
        enterprises.append(saved->id);
    }
    QList<QStringList> officers; // per unit
    for (const domain::Unit& unit : std::as_const(*units)) {
        QStringList ids;
        for (int i = 0; i < 6; ++i) {
            domain::Officer officer;
            officer.code = u"%1b%2"_s.arg(unit.code).arg(i);
            officer.name = u"干警%1%2"_s.arg(unit.shortName).arg(i + 1);
            officer.unitId = unit.id;
            auto saved = storage::OfficerRepository::insert(writer, officer, officerBatch);
            if (!saved)
                return false;
            ids.append(saved->id);
        }
        officers.append(ids);
    }
    *courtId = units->at(1).id; // fy, second in sort order
    int seq = 0;
    const int others = (kVisitsPerYear - 12 * kCourtVisitsPerMonth) / 12 / 4;
    for (int month = 1; month <= 12; ++month) {
        const QDate first(kYear, month, 1);
        for (qsizetype u = 0; u < units->size(); ++u) {
            const int count = u == 1 ? kCourtVisitsPerMonth : others;
            for (int v = 0; v < count; ++v) {
                domain::Visit visit;
                visit.date = first.addDays(v % first.daysInMonth());
                visit.unitId = units->at(u).id;
                visit.enterpriseId = enterprises[(v * 7 + month) % kEnterprises];
                visit.officerIds = {officers[u][v % 6], officers[u][(v + 1) % 6]};
                visit.reason = domain::VisitReason(v % 4);
                visit.metName = u"总经理"_s;
                visit.content = u"了解企业生产经营、用工和合同履约情况，宣讲《优化营商环境条例》，"
                                "征集企业法治需求"_s;
                auto saved = storage::VisitRepository::insert(writer, visit, visitBatch, linkBatch);
                if (!saved)
                    return false;
                for (int p = 0; p < 2; ++p) {
                    const auto& category = categories->at((v + p) % categories->size());
                    domain::Problem problem;
                    problem.number = domain::problemNumber(kYear, ++seq);
                    problem.visitId = saved->id;
                    problem.unitId = visit.unitId;
                    problem.enterpriseId = visit.enterpriseId;
                    problem.foundOn = visit.date;
                    problem.categoryId = category.id;
                    problem.description = u"企业反映部分职工劳动合同到期未续签引发争议，"
                                          "请求协助化解并开展用工法律培训"_s;
                    problem.request = u"请求依法协调"_s;
                    problem.triage = domain::Triage(seq % 3);
                    problem.responsibleUnitId = visit.unitId;
                    problem.responsibleOfficerId = visit.officerIds.first();
                    problem.deadline = visit.date.addDays(category.deadlineDays);
                    problem.status =
                        seq % 2 ? domain::ProblemStatus::Closed : domain::ProblemStatus::InProgress;
                    if (problem.status == domain::ProblemStatus::Closed)
                        problem.closedOn = problem.deadline.addDays(-3);
                    if (!storage::ProblemRepository::insert(writer, connection, problem,
                                                            problemBatch, partnerBatch))
                        return false;
                }
            }
        }
    }
    return transaction->commit().has_value();
}

qsizetype tableRows(const reports::Document& document)
{
    for (const auto& block : document.blocks) {
        if (const auto* table = std::get_if<reports::Table>(&block))
            return table->rows.size();
    }
    return 0;
}

struct VisitYear {
    std::unique_ptr<storage::Database> db;
    QString courtId;

    static VisitYear& get(const QString& scratch)
    {
        static VisitYear year = [&] {
            VisitYear made;
            storage::DatabaseOptions options;
            options.path = QDir(scratch).filePath(u"visits.sqlite"_s);
            auto db = storage::Database::open(options, clock());
            if (db && fill(**db, &made.courtId))
                made.db = std::move(*db);
            return made;
        }();
        return year;
    }
};

Measure visitLog(const QString& name, double goal, reports::OutputFormat format,
                 const QString& scratch)
{
    return {name, goal, [=] {
                VisitYear& year = VisitYear::get(scratch);
                const QString path = QDir(scratch).filePath(u"visit-log"_s);
                return std::function<bool()>([&year, format, path] {
                    if (!year.db)
                        return false;
                    auto document = reports::VisitLog::load(*year.db, year.courtId,
                                                            QDate(kYear, kLogMonth, 1), {});
                    return document && tableRows(*document) == 2 * kCourtVisitsPerMonth &&
                           reports::writeDocument(*document, format, path);
                });
            }};
}

} // namespace

QList<Measure> visitMeasures(const QString& scratch)
{
    QList<Measure> measures;
    measures.append(visitLog(u"visit_log_month_pdf"_s, 2000, reports::OutputFormat::Pdf, scratch));
    measures.append(
        visitLog(u"visit_log_month_docx"_s, 1000, reports::OutputFormat::Docx, scratch));
    measures.append({u"problem_list_full_year_xlsx"_s, 1500, [scratch] {
                         VisitYear& year = VisitYear::get(scratch);
                         const QString path = QDir(scratch).filePath(u"problems.xlsx"_s);
                         return std::function<bool()>([&year, path] {
                             if (!year.db)
                                 return false;
                             auto document = reports::ProblemLists::load(
                                 *year.db, reports::ProblemListKind::Problems,
                                 {{}, {}, QDate(kYear, 1, 1), QDate(kYear, 12, 31)});
                             // About 40,000 rows: two problems for each visit of the year.
                             return document && tableRows(*document) > 39'000 &&
                                    reports::writeDocument(*document, reports::OutputFormat::Xlsx,
                                                           path);
                         });
                     }});
    return measures;
}

} // namespace lp::bench
