// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// EnterpriseImport::commit: the writing half of an import.
#include <QFileInfo>

#include "core/imports/enterpriseimport.h"
#include "core/storage/contactpointrepository.h"
#include "core/storage/database.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/officerrepository.h"
#include "core/storage/parkrepository.h"
#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/searchindex.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"
#include "core/taskcontrol.h"

using namespace Qt::StringLiterals;

namespace lp::imports {
namespace {

constexpr int kProblemsInMessage = 10;

// A code not yet taken in `table`: prefix + two or more digits.
Result<QString> freeCode(QSqlDatabase& connection, const QString& table, const QString& prefix)
{
    for (int n = 1;; ++n) {
        const QString code = u"%1%2"_s.arg(prefix).arg(n, 2, 10, QChar(u'0'));
        auto taken = storage::queryValue(
            connection, u"SELECT 1 FROM %1 WHERE code = ? AND deleted_at IS NULL"_s.arg(table),
            {code}, EnterpriseImport::tr("choosing a code"));
        if (!taken)
            return fail(taken.error());
        if (taken->isNull())
            return code;
    }
}

// The unit that hosts contact points an import creates: the importing officer's, else the
// first unit (the political-legal committee in a default district).
Result<QString> hostUnit(QSqlDatabase& connection, const Actor& actor)
{
    if (actor.isOfficer()) {
        auto officer = storage::OfficerRepository(connection).findById(actor.officerId());
        if (!officer)
            return fail(officer.error());
        if (officer->has_value() && !(*officer)->unitId.isEmpty())
            return (*officer)->unitId;
    }
    auto first = storage::queryValue(
        connection,
        u"SELECT id FROM units WHERE deleted_at IS NULL ORDER BY sort_order, code LIMIT 1"_s, {},
        EnterpriseImport::tr("choosing a host unit"));
    if (!first)
        return fail(first.error());
    if (first->isNull())
        return fail(
            ErrorCode::InvalidInput,
            EnterpriseImport::tr("A contact point needs a host unit, and the file has no "
                                 "units yet. Run the first start or `linkpoint-cli init`."));
    return first->toString();
}

struct Created {
    QHash<QString, QString> parks;  // name → id
    QHash<QString, QString> points; // name → id
};

Result<Created> createMissing(QSqlDatabase& connection, storage::RecordWriter& writer,
                              const Actor& actor, const ImportPlan& plan, qint64 batch)
{
    Created created;
    for (const QString& name : plan.missingParks) {
        auto code = freeCode(connection, u"parks"_s, u"yq"_s);
        if (!code)
            return fail(code.error());
        domain::Park park;
        park.code = *code;
        park.name = name;
        auto saved = storage::ParkRepository::insert(writer, park, batch);
        if (!saved)
            return fail(saved.error());
        created.parks.insert(name, saved->id);
    }
    if (plan.missingPoints.isEmpty())
        return created;
    auto host = hostUnit(connection, actor);
    if (!host)
        return fail(host.error());
    for (const QString& name : plan.missingPoints) {
        auto code = freeCode(connection, u"contact_points"_s, u"lxd"_s);
        if (!code)
            return fail(code.error());
        domain::ContactPoint point;
        point.code = *code;
        point.name = name;
        point.hostUnitId = *host;
        auto saved = storage::ContactPointRepository::insert(writer, point, batch);
        if (!saved)
            return fail(saved.error());
        created.points.insert(name, saved->id);
    }
    return created;
}

} // namespace

Result<ImportOutcome> EnterpriseImport::commit(storage::Database& database, const Actor& actor,
                                               const ImportPlan& plan, const ImportOptions& options,
                                               TaskControl* control)
{
    const QList<ImportProblem> found = problems(plan, options);
    if (!found.isEmpty()) {
        QStringList lines;
        for (const ImportProblem& problem : found.mid(0, kProblemsInMessage))
            lines.append(describe(problem));
        if (found.size() > kProblemsInMessage)
            lines.append(
                tr("… and %n more problem(s).", nullptr, int(found.size()) - kProblemsInMessage));
        return fail(ErrorCode::InvalidInput,
                    tr("Nothing was imported: %n problem(s) in %1.", nullptr, int(found.size()))
                            .arg(QFileInfo(plan.path).fileName()) +
                        u'\n' + lines.join(u'\n'));
    }
    auto transaction = storage::Transaction::begin(database);
    if (!transaction)
        return fail(transaction.error());
    QSqlDatabase& connection = transaction->connection();
    auto index = storage::BulkSearchIndex::suspend(connection);
    if (!index)
        return fail(index.error());
    storage::RecordWriter writer(connection, database.clock(), actor);
    auto batch = writer.beginBatch(storage::tables::enterprises(),
                                   tr("import of %1").arg(QFileInfo(plan.path).fileName()));
    if (!batch)
        return fail(batch.error());
    auto created = createMissing(connection, writer, actor, plan, *batch);
    if (!created)
        return fail(created.error());

    ImportOutcome outcome;
    outcome.createdParks = plan.missingParks;
    outcome.createdPoints = plan.missingPoints;
    for (qsizetype i = 0; i < plan.rows.size(); ++i) {
        if (control && i % 256 == 0) {
            if (control->cancelled)
                return fail(ErrorCode::Cancelled,
                            tr("The import was cancelled; nothing was written."));
            control->report(i, plan.rows.size());
        }
        const ImportRow& row = plan.rows[i];
        if (row.action == ImportRow::Action::Unchanged) {
            ++outcome.unchanged;
            continue;
        }
        domain::Enterprise record = row.record;
        if (!row.missingPark.isEmpty())
            record.parkId = created->parks.value(row.missingPark);
        if (!row.missingPoint.isEmpty())
            record.contactPointId = created->points.value(row.missingPoint);
        if (row.nonConformingCode && record.creditCodeOverride.isEmpty())
            record.creditCodeOverride = options.acceptedCodes.value(row.sheetRow).trimmed();
        auto saved = row.action == ImportRow::Action::Insert
                         ? storage::EnterpriseRepository::insert(writer, record, *batch)
                         : storage::EnterpriseRepository::update(writer, record);
        if (!saved) {
            Error error = saved.error();
            error.message = tr("Row %1: %2").arg(row.sheetRow).arg(error.message);
            return fail(error);
        }
        ++(row.action == ImportRow::Action::Insert ? outcome.inserted : outcome.updated);
    }
    if (auto finished = index->finish(); !finished)
        return fail(finished.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return outcome;
}

} // namespace lp::imports
