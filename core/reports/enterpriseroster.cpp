// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/enterpriseroster.h"

#include "core/domain/industry.h"
#include "core/storage/database.h"
#include "core/storage/enterpriserepository.h"
#include "core/taskcontrol.h"

using namespace Qt::StringLiterals;

namespace lp::reports {
namespace {

constexpr int kWindow = 2000;

QString flagsText(int flags)
{
    QStringList names;
    for (domain::EnterpriseFlag flag : domain::EnterpriseFlagNames::all()) {
        if (flags & int(flag))
            names.append(domain::EnterpriseFlagNames::displayName(flag));
    }
    return names.join(EnterpriseRoster::tr(", "));
}

} // namespace

Document EnterpriseRoster::build(const RosterFacts& facts,
                                 const QList<storage::EnterpriseRow>& rows)
{
    Document document;
    document.title = tr("Enterprise roster");
    document.setup = PageSetup::ledger();
    document.setup.headerText = facts.districtName.isEmpty()
                                    ? tr("Enterprise roster")
                                    : tr("%1 enterprise roster").arg(facts.districtName);
    QString subtitle = tr("%n enterprise(s), as of %1", nullptr, int(rows.size()))
                           .arg(facts.date.toString(Qt::ISODate));
    if (!facts.filterDescription.isEmpty())
        subtitle = facts.filterDescription + u"  "_s + subtitle;
    document.blocks.append(Title{document.setup.headerText, subtitle});

    Table table;
    table.caption = tr("Enterprise roster");
    // Widths for 9 pt on landscape A4 (257 mm of text): the 18 characters of a credit code and
    // an 11-digit phone fit on one line; names and addresses wrap.
    table.fontPt = 9;
    table.columns = {{tr("No."), 0.45, Align::Center, CellType::Number},
                     {tr("Enterprise name"), 2.3},
                     {tr("Unified social credit code"), 2.05},
                     {tr("Legal representative"), 0.75},
                     {tr("Contact person"), 0.75},
                     {tr("Contact phone"), 1.45},
                     {tr("Address"), 2.3},
                     {tr("Industry"), 1.3},
                     {tr("Scale"), 0.55, Align::Center},
                     {tr("Park"), 1.2},
                     {tr("Contact point"), 1.45},
                     {tr("Liaison officer"), 0.75},
                     {tr("Liaison judge or prosecutor"), 0.75},
                     {tr("Priority"), 0.8}};
    table.rows.reserve(rows.size());
    int number = 0;
    for (const storage::EnterpriseRow& row : rows) {
        const auto text = [](const QString& value) {
            return TableCell{value.isEmpty() ? QVariant() : QVariant(value)};
        };
        table.rows.append(
            {{++number},
             text(row.name),
             text(row.creditCode),
             text(row.legalRepresentative),
             text(row.contactName),
             text(row.contactPhone),
             text(row.address),
             text(row.industry.isNull() ? QString()
                                        : domain::Industries::displayName(row.industry)),
             text(row.scale ? domain::EnterpriseScaleNames::displayName(*row.scale) : QString()),
             text(row.parkName),
             text(row.contactPointName),
             text(row.liaisonName),
             text(row.liaisonJudgeName),
             text(flagsText(row.flags))});
    }
    document.blocks.append(table);
    return document;
}

Result<Document> EnterpriseRoster::load(storage::Database& database,
                                        const storage::EnterpriseFilter& filter,
                                        const RosterFacts& facts, TaskControl* control)
{
    storage::EnterpriseRepository repository(database.connection());
    auto total = repository.count(filter);
    if (!total)
        return fail(total.error());
    QList<storage::EnterpriseRow> rows;
    rows.reserve(*total);
    for (int offset = 0; offset < *total; offset += kWindow) {
        if (control) {
            if (control->cancelled)
                return fail(ErrorCode::Cancelled, tr("The roster was cancelled."));
            control->report(offset, *total);
        }
        auto window = repository.rows(filter, offset, kWindow);
        if (!window)
            return fail(window.error());
        rows.append(*window);
    }
    return build(facts, rows);
}

} // namespace lp::reports
