// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"

#include <array>

#include "core/demo/demonames.h"
#include "core/demo/demorandom.h"
#include "core/demo/demovisits.h"
#include "core/demo/demoworld.h"
#include "core/domain/unit.h"
#include "core/storage/bulkcache.h"
#include "core/storage/contactpointrepository.h"
#include "core/storage/database.h"
#include "core/storage/districtrepository.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/officerrepository.h"
#include "core/storage/parkrepository.h"
#include "core/storage/queryutil.h"
#include "core/storage/recordwriter.h"
#include "core/storage/searchindex.h"
#include "core/storage/sectionrepository.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"
#include "core/taskcontrol.h"

using namespace Qt::StringLiterals;

namespace lp::demo {
namespace {

constexpr int kOfficersPerUnit = 12;
constexpr int kParks = 8;
constexpr int kProgressEvery = 250;

struct UnitPeople {
    domain::Unit unit;
    QList<domain::Section> sections;
    QList<domain::Officer> officers;
};

// Writes the records in order; every step fails the whole demo on the first error.
class Builder final {
public:
    Builder(storage::RecordWriter& writer, DemoRandom& random, DemoNames& names,
            const DemoOptions& options)
        : m_writer(writer)
        , m_random(random)
        , m_names(names)
        , m_options(options)
    {}

    Result<void> organisation(DemoSummary& summary);
    Result<void> enterprises(int count, DemoSummary& summary, TaskControl* control,
                             qint64 progressTotal);
    // What the visits build on: the units, their sections and officers, the enterprises.
    [[nodiscard]] const DemoWorld& world() const { return m_world; }

private:
    Result<qint64> batch(const storage::TableSpec& table);
    Result<void> units(DemoSummary& summary);
    Result<void> parks(DemoSummary& summary);
    Result<void> contactPoints(DemoSummary& summary);
    domain::Enterprise enterprise();

    storage::RecordWriter& m_writer;
    DemoRandom& m_random;
    DemoNames& m_names;
    const DemoOptions& m_options;
    QList<UnitPeople> m_units;
    QList<domain::Park> m_parks;
    QList<domain::ContactPoint> m_points;
    QStringList m_judgeIds; // judges and prosecutors, who may be an enterprise's liaison judge
    DemoWorld m_world;
};

Result<qint64> Builder::batch(const storage::TableSpec& table)
{
    return m_writer.beginBatch(table, DemoGenerator::tr("demonstration data"));
}

Result<void> Builder::units(DemoSummary& summary)
{
    const DemoPlace& place = m_names.place();
    auto unitBatch = batch(storage::tables::units());
    auto sectionBatch = batch(storage::tables::sections());
    auto officerBatch = batch(storage::tables::officers());
    for (const auto* b : {&unitBatch, &sectionBatch, &officerBatch}) {
        if (!*b)
            return fail(b->error());
    }
    for (domain::Unit unit : domain::defaultDistrictUnits()) {
        if (unit.name.startsWith(u'区'))
            unit.name = place.district + unit.name.mid(1);
        else
            unit.name = place.district.chopped(1) + unit.name;
        auto fields = storage::UnitRepository::fields(unit);
        auto meta = m_writer.insert(storage::tables::units(), fields, *unitBatch);
        if (!meta)
            return fail(meta.error());
        unit.id = meta->id;
        UnitPeople people{unit, {}, {}};
        const QString kind = domain::unitKindCode(unit.kind);
        int order = 0;
        for (const DemoSection& demo : DemoNames::sections(kind)) {
            domain::Section section{{}, unit.id, demo.code, demo.name, order += 10, 0};
            auto saved = storage::SectionRepository::insert(m_writer, section, *sectionBatch);
            if (!saved)
                return fail(saved.error());
            people.sections.append(*saved);
        }
        for (int i = 1; i <= kOfficersPerUnit; ++i) {
            domain::Officer officer;
            officer.code = u"%1%2"_s.arg(unit.code).arg(i, 2, 10, QChar(u'0'));
            officer.name = m_names.personName();
            officer.unitId = unit.id;
            officer.role = i == 1 ? domain::OfficerRole::Leader
                                  : domain::officerRoleFromCode(m_names.officerRole(kind))
                                        .value_or(domain::OfficerRole::Staff);
            if (!people.sections.isEmpty())
                officer.sectionId = m_random.pick(people.sections).id;
            officer.phone = m_names.mobile();
            officer.active = m_random.chance(0.97);
            auto saved = storage::OfficerRepository::insert(m_writer, officer, *officerBatch);
            if (!saved)
                return fail(saved.error());
            people.officers.append(*saved);
        }
        summary.sections += int(people.sections.size());
        summary.officers += int(people.officers.size());
        for (const domain::Officer& officer : std::as_const(people.officers)) {
            if (officer.role == domain::OfficerRole::Judge ||
                officer.role == domain::OfficerRole::Prosecutor)
                m_judgeIds.append(officer.id);
        }
        m_units.append(people);
        DemoWorld::Unit staff{unit.id, unit.code, {}, {}};
        for (const domain::Section& section : std::as_const(people.sections))
            staff.sectionIds.append(section.id);
        for (const domain::Officer& officer : std::as_const(people.officers))
            staff.officers.append({officer.id, officer.sectionId});
        m_world.units.append(staff);
    }
    summary.units = int(m_units.size());
    return {};
}

Result<void> Builder::parks(DemoSummary& summary)
{
    auto parkBatch = batch(storage::tables::parks());
    if (!parkBatch)
        return fail(parkBatch.error());
    for (const DemoPark& demo : m_names.parks(kParks)) {
        domain::Park park{{},
                          demo.code,
                          demo.name,
                          demo.address,
                          demo.managingBody,
                          demo.contactName,
                          demo.contactPhone,
                          0};
        auto saved = storage::ParkRepository::insert(m_writer, park, *parkBatch);
        if (!saved)
            return fail(saved.error());
        m_parks.append(*saved);
    }
    summary.parks = int(m_parks.size());
    return {};
}

Result<void> Builder::contactPoints(DemoSummary& summary)
{
    auto pointBatch = batch(storage::tables::contactPoints());
    if (!pointBatch)
        return fail(pointBatch.error());
    // Courts, procuratorate, police and justice each host one; the committee one more when the
    // draw says so (4 to 6 points in all, at most one per park pair).
    const int count = m_random.between(4, 6);
    for (int i = 0; i < count; ++i) {
        const UnitPeople& host = m_units[1 + i % (m_units.size() - 1)];
        const domain::Park& park = m_parks[i % m_parks.size()];
        domain::ContactPoint point;
        point.code = u"%1-%2"_s.arg(host.unit.code, park.code);
        point.name = m_names.contactPointName(host.unit.shortName,
                                              domain::unitKindCode(host.unit.kind), park.name);
        point.hostUnitId = host.unit.id;
        point.convenerId = host.officers.first().id;
        point.address = park.address;
        point.phone = m_names.landline();
        point.establishedOn = m_options.today.addDays(-m_random.between(180, 4 * 365));
        point.parkIds = {park.id};
        if (i + kParks / 2 < m_parks.size() && m_random.chance(0.5))
            point.parkIds.append(m_parks[i + kParks / 2].id);
        point.memberIds = {point.convenerId};
        for (int m = 0; m < m_random.between(4, 6); ++m)
            point.memberIds.append(m_random.pick(host.officers).id);
        for (int m = 0; m < m_random.between(1, 2); ++m)
            point.memberIds.append(m_random.pick(m_random.pick(m_units).officers).id);
        point.memberIds.removeDuplicates();
        auto saved = storage::ContactPointRepository::insert(m_writer, point, *pointBatch);
        if (!saved)
            return fail(saved.error());
        m_points.append(*saved);
    }
    summary.contactPoints = int(m_points.size());
    return {};
}

Result<void> Builder::organisation(DemoSummary& summary)
{
    const DemoPlace& place = m_names.place();
    auto district =
        storage::DistrictRepository::insert(m_writer, place.city + u"市"_s + place.district);
    if (!district)
        return fail(district.error());
    if (auto done = units(summary); !done)
        return done;
    if (auto done = parks(summary); !done)
        return done;
    return contactPoints(summary);
}

domain::Enterprise Builder::enterprise()
{
    const DemoEnterprise demo = m_names.enterprise();
    domain::Enterprise e;
    e.name = demo.name;
    e.creditCode = demo.creditCode;
    e.legalRepresentative = demo.legalRepresentative;
    e.contactName = demo.contactName;
    e.contactPhone = !demo.landline.isEmpty() && m_random.chance(0.3) ? demo.landline : demo.mobile;
    e.address = demo.address;
    e.industry = demo.industrySection;
    static constexpr std::array kScaleWeights{12, 30, 58};
    e.scale = demo.individualBusiness
                  ? domain::EnterpriseScale::Individual
                  : domain::allEnterpriseScales()[m_random.weightedIndex(kScaleWeights)];
    const domain::ContactPoint* point = nullptr;
    if (m_random.chance(0.85)) {
        const domain::Park& park = m_random.pick(m_parks);
        e.parkId = park.id;
        for (const domain::ContactPoint& candidate : std::as_const(m_points)) {
            if (candidate.parkIds.contains(park.id))
                point = &candidate;
        }
    }
    if (!point && m_random.chance(0.5))
        point = &m_random.pick(m_points);
    if (point) {
        e.contactPointId = point->id;
        e.liaisonOfficerId = m_random.pick(point->memberIds);
    }
    if (m_random.chance(0.6)) {
        if (!m_judgeIds.isEmpty())
            e.liaisonJudgeId = m_random.pick(m_judgeIds);
    }
    e.disputes = m_random.chance(0.08);
    e.difficulty = m_random.chance(0.06);
    e.key = e.scale == domain::EnterpriseScale::AboveDesignated ? m_random.chance(0.5)
                                                                : m_random.chance(0.03);
    return e;
}

Result<void> Builder::enterprises(int count, DemoSummary& summary, TaskControl* control,
                                  qint64 progressTotal)
{
    auto enterpriseBatch = batch(storage::tables::enterprises());
    if (!enterpriseBatch)
        return fail(enterpriseBatch.error());
    for (int i = 0; i < count; ++i) {
        if (control && i % kProgressEvery == 0) {
            if (control->cancelled)
                return fail(ErrorCode::Cancelled,
                            DemoGenerator::tr("Cancelled; nothing was written."));
            control->report(i, progressTotal);
        }
        auto saved =
            storage::EnterpriseRepository::insert(m_writer, enterprise(), *enterpriseBatch);
        if (!saved)
            return fail(saved.error());
        m_world.enterprises.append({saved->id, saved->disputes, saved->difficulty});
    }
    summary.enterprises = count;
    return {};
}

// Problem categories and departments are settings every new file starts with, not records.
Result<bool> holdsRecords(QSqlDatabase connection)
{
    for (const storage::TableSpec* table : storage::tables::all()) {
        if (table == &storage::tables::problemCategories() ||
            table == &storage::tables::departments())
            continue;
        auto any = storage::queryValue(connection, u"SELECT 1 FROM %1 LIMIT 1"_s.arg(table->name),
                                       {}, DemoGenerator::tr("looking for records"));
        if (!any)
            return fail(any.error());
        if (!any->isNull())
            return true;
    }
    return false;
}

} // namespace

Result<bool> DemoGenerator::canFill(storage::Database& database)
{
    auto occupied = holdsRecords(database.connection());
    if (!occupied)
        return fail(occupied.error());
    return !*occupied;
}

int DemoGenerator::enterpriseCount(DemoScale scale)
{
    return scale == DemoScale::District ? 10'000 : 200;
}

Result<DemoSummary> DemoGenerator::create(storage::Database& database, const DemoOptions& options,
                                          const Actor& actor, TaskControl* control)
{
    auto transaction = storage::Transaction::begin(database);
    if (!transaction)
        return fail(transaction.error());
    QSqlDatabase& connection = transaction->connection();
    auto occupied = holdsRecords(connection);
    if (!occupied)
        return fail(occupied.error());
    if (*occupied) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 already holds records. Demonstration data goes into a new file only: "
                       "give another file with --db.")
                        .arg(database.path()));
    }
    auto index = storage::BulkSearchIndex::suspend(
        connection, {u"enterprises"_s, u"visits"_s, u"problems"_s});
    if (!index)
        return fail(index.error());
    auto cache = storage::BulkCache::raise(connection);
    if (!cache)
        return fail(cache.error());
    storage::RecordWriter writer(connection, database.clock(), actor);
    DemoRandom random(options.seed);
    DemoNames names(random, DemoPlace::xianHighTechZone());
    Builder builder(writer, random, names, options);
    QStringList unitCodes;
    for (const domain::Unit& unit : domain::defaultDistrictUnits())
        unitCodes.append(unit.code);
    DemoVisits visits(options, unitCodes);
    const int enterprises = enterpriseCount(options.scale);
    const qint64 progressTotal = enterprises + visits.visitCount();
    DemoSummary summary;
    if (auto built = builder.organisation(summary); !built)
        return fail(built.error());
    if (auto built = builder.enterprises(enterprises, summary, control, progressTotal); !built)
        return fail(built.error());
    if (auto built = visits.create(writer, connection, builder.world(), actor, summary, control,
                                   enterprises, progressTotal);
        !built)
        return fail(built.error());
    if (auto finished = index->finish(); !finished)
        return fail(finished.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return summary;
}

} // namespace lp::demo
