// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imports/enterpriseimport.h"

#include <QFileInfo>
#include <QHash>

#include "core/domain/creditcode.h"
#include "core/domain/industry.h"
#include "core/formats/tablereader.h"
#include "core/imports/importlookups.h"
#include "core/imports/rostercolumns.h"
#include "core/services/enterpriseservice.h"
#include "core/storage/database.h"
#include "core/taskcontrol.h"

using namespace Qt::StringLiterals;

namespace lp::imports {
namespace {

constexpr int kCancelCheckEvery = 256;

bool blank(const QStringList& row)
{
    for (const QString& cell : row) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// The file's value for a field, or the stored one when the file leaves the cell empty (a
// re-import never erases what the roster does not say).
void take(QString& target, const RosterColumns& columns, const QStringList& row, RosterField field)
{
    const QString value = columns.cell(row, field);
    if (!value.isEmpty())
        target = value;
}

bool sameRecord(const domain::Enterprise& a, const domain::Enterprise& b)
{
    return a.name == b.name && a.creditCode == b.creditCode &&
           a.legalRepresentative == b.legalRepresentative && a.contactName == b.contactName &&
           a.contactPhone == b.contactPhone && a.address == b.address && a.industry == b.industry &&
           a.scale == b.scale && a.parkId == b.parkId && a.contactPointId == b.contactPointId;
}

class RowReader final {
public:
    RowReader(const RosterColumns& columns, const QStringList& header, const Lookups& lookups)
        : m_columns(columns)
        , m_header(header)
        , m_lookups(lookups)
    {}

    ImportRow read(const QStringList& cells, int sheetRow) const;

private:
    QString headerOf(RosterField field) const
    {
        return m_header.value(m_columns.index.value(field)).trimmed();
    }
    // `message` already names the field when `labelled`; otherwise it gets the file's header.
    void addIssue(ImportRow& row, RosterField field, const QString& message,
                  bool labelled = false) const
    {
        const QString header = headerOf(field);
        row.issues.append(
            {header, labelled ? message : EnterpriseImport::tr("%1: %2").arg(header, message)});
    }
    void readCodes(ImportRow& row, const QStringList& cells) const;

    const RosterColumns& m_columns;
    const QStringList& m_header;
    const Lookups& m_lookups;
};

void RowReader::readCodes(ImportRow& row, const QStringList& cells) const
{
    domain::Enterprise& e = row.record;
    const QString industry = m_columns.cell(cells, RosterField::Industry);
    if (!industry.isEmpty()) {
        if (const auto section = domain::Industries::parse(industry))
            e.industry = section->letter;
        else
            addIssue(row, RosterField::Industry,
                     EnterpriseImport::tr("\"%1\" is not a GB/T 4754 section; write its letter "
                                          "(A to T) or its name, such as 制造业.")
                         .arg(industry));
    }
    const QString scale = m_columns.cell(cells, RosterField::Scale);
    if (!scale.isEmpty()) {
        if (const auto parsed = domain::EnterpriseScaleNames::parse(scale))
            e.scale = parsed;
        else
            addIssue(row, RosterField::Scale,
                     EnterpriseImport::tr("\"%1\" is not a scale; write 规上, 规下, 小微 or 个体.")
                         .arg(scale));
    }
    const QString park = m_columns.cell(cells, RosterField::Park);
    if (!park.isEmpty()) {
        e.parkId = m_lookups.parks.value(park);
        if (e.parkId.isEmpty())
            row.missingPark = park;
    }
    const QString point = m_columns.cell(cells, RosterField::ContactPoint);
    if (!point.isEmpty()) {
        e.contactPointId = m_lookups.points.value(point);
        if (e.contactPointId.isEmpty())
            row.missingPoint = point;
    }
}

ImportRow RowReader::read(const QStringList& cells, int sheetRow) const
{
    ImportRow row;
    row.sheetRow = sheetRow;
    const QString code =
        domain::CreditCode::normalized(m_columns.cell(cells, RosterField::CreditCode));
    const auto stored = m_lookups.enterprises.constFind(code);
    domain::Enterprise& e = row.record;
    if (stored != m_lookups.enterprises.constEnd()) {
        e = *stored;
        row.action = ImportRow::Action::Update;
    }
    e.creditCode = code;
    take(e.name, m_columns, cells, RosterField::Name);
    take(e.legalRepresentative, m_columns, cells, RosterField::LegalRepresentative);
    take(e.contactName, m_columns, cells, RosterField::ContactName);
    take(e.contactPhone, m_columns, cells, RosterField::ContactPhone);
    take(e.address, m_columns, cells, RosterField::Address);
    readCodes(row, cells);
    e = services::EnterpriseService::normalized(e);

    static const QMap<QString, RosterField> fieldOfColumn{{u"name"_s, RosterField::Name},
                                                   {u"credit_code"_s, RosterField::CreditCode},
                                                   {u"contact_phone"_s, RosterField::ContactPhone},
                                                   {u"industry"_s, RosterField::Industry}};
    for (const services::FieldIssue& issue : services::EnterpriseService::validate(e)) {
        if (issue.field == u"credit_code"_s && issue.error.code == ErrorCode::Conflict) {
            row.nonConformingCode = true;
            continue;
        }
        addIssue(row, fieldOfColumn.value(issue.field, RosterField::Name), issue.error.message,
                 true);
    }
    if (row.action == ImportRow::Action::Update && sameRecord(e, *stored) && row.issues.isEmpty())
        row.action = ImportRow::Action::Unchanged;
    return row;
}

} // namespace

Result<ImportPlan> EnterpriseImport::prepare(storage::Database& database, const QString& path,
                                             const QString& sheet, TaskControl* control)
{
    auto table = formats::TableReader::readTable(path, sheet, control);
    if (!table)
        return fail(table.error());
    if (table->rows.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is empty: row 1 should hold the column headers.")
                        .arg(QFileInfo(path).fileName()));
    const QStringList header = table->rows.first();
    auto columns = RosterColumnMatcher::match(header);
    if (!columns)
        return fail(columns.error());
    auto lookups = Lookups::load(database.connection());
    if (!lookups)
        return fail(lookups.error());

    ImportPlan plan;
    plan.path = path;
    plan.sheetName = table->sheetName;
    plan.encoding = table->encoding;
    plan.ignoredColumns = columns->ignored;
    const RowReader reader(*columns, header, *lookups);
    QHash<QString, int> firstRowOfCode;
    for (qsizetype i = 1; i < table->rows.size(); ++i) {
        if (control && i % kCancelCheckEvery == 0) {
            if (control->cancelled)
                return fail(ErrorCode::Cancelled, tr("The import was cancelled."));
            control->report(i, table->rows.size());
        }
        const QStringList& cells = table->rows[i];
        if (blank(cells))
            continue;
        ImportRow row = reader.read(cells, int(i) + 1);
        const QString code = row.record.creditCode;
        if (!code.isEmpty()) {
            if (const int first = firstRowOfCode.value(code); first > 0) {
                const QString field = header.value(columns->index.value(RosterField::CreditCode));
                row.issues.append({field, tr("%1: %2 is also the code in row %3; an enterprise "
                                             "may appear only once.")
                                              .arg(field, code)
                                              .arg(first)});
            } else {
                firstRowOfCode.insert(code, row.sheetRow);
            }
        }
        if (!row.missingPark.isEmpty() && !plan.missingParks.contains(row.missingPark))
            plan.missingParks.append(row.missingPark);
        if (!row.missingPoint.isEmpty() && !plan.missingPoints.contains(row.missingPoint))
            plan.missingPoints.append(row.missingPoint);
        plan.rows.append(row);
    }
    return plan;
}

QList<ImportProblem> EnterpriseImport::problems(const ImportPlan& plan,
                                                const ImportOptions& options)
{
    QList<ImportProblem> problems;
    for (const ImportRow& row : plan.rows) {
        for (const ImportIssue& issue : row.issues)
            problems.append({row.sheetRow, issue.field, issue.message});
        if (!options.createMissing && !row.missingPark.isEmpty()) {
            const QString field = RosterColumnMatcher::header(RosterField::Park);
            problems.append({row.sheetRow, field,
                             tr("%1: there is no park \"%2\"; correct the name or confirm "
                                "creating it (--create-missing on the command line).")
                                 .arg(field, row.missingPark)});
        }
        if (!options.createMissing && !row.missingPoint.isEmpty()) {
            const QString field = RosterColumnMatcher::header(RosterField::ContactPoint);
            problems.append({row.sheetRow, field,
                             tr("%1: there is no contact point \"%2\"; correct the name or "
                                "confirm creating it (--create-missing on the command line).")
                                 .arg(field, row.missingPoint)});
        }
        if (row.nonConformingCode &&
            options.acceptedCodes.value(row.sheetRow).trimmed().isEmpty()) {
            auto check = domain::CreditCode::validate(row.record.creditCode);
            problems.append({row.sheetRow, RosterColumnMatcher::header(RosterField::CreditCode),
                             (check ? QString() : check.error().message) + u' ' +
                                 tr("If the licence really reads so, accept the code in the "
                                    "import preview and give the reason.")});
        }
    }
    return problems;
}

QString EnterpriseImport::describe(const ImportProblem& problem)
{
    return tr("Row %1: %2").arg(problem.sheetRow).arg(problem.message);
}

} // namespace lp::imports
