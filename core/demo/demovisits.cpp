// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demovisits.h"

#include <algorithm>

#include "core/demo/demodays.h"
#include "core/demo/demonames.h"
#include "core/demo/demoproblems.h"
#include "core/demo/demovisitwords.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"
#include "core/storage/visitrepository.h"
#include "core/taskcontrol.h"

using namespace Qt::StringLiterals;

namespace lp::demo {
namespace {

using domain::VisitReason;

constexpr int kProgressEvery = 250;
// The visits' stream is the seed's stream moved by a constant, so it differs from the one the
// organisation is drawn from.
constexpr quint64 kStreamOffset = 0x7669736974730001ULL; // "visits"

// Per cent of a unit's visits, by unit code: the police and the court visit most.
int unitShare(const QString& code)
{
    static const QHash<QString, int> shares{
        {u"zfw"_s, 70}, {u"fy"_s, 110}, {u"jcy"_s, 90}, {u"gaj"_s, 130}, {u"sfj"_s, 100}};
    return shares.value(code, 100);
}

// Per cent of an ordinary month's visits: fewer in the Spring Festival month and in August.
int season(const QDate& month)
{
    if (month.month() == DemoDays::springFestival(month.year()).month())
        return 55;
    if (month.month() == 8)
        return 70;
    if (month.month() == 10)
        return 90; // the National Day week
    return 100;
}

// How many problems a visit finds (0–4, about 2 on average), by why the enterprise was visited.
int problemCount(DemoRandom& random, VisitReason reason)
{
    static constexpr int kRoutine[] = {12, 27, 31, 18, 12};
    static constexpr int kTroubled[] = {5, 20, 30, 25, 20};
    static constexpr int kRevisit[] = {25, 35, 25, 10, 5};
    switch (reason) {
    case VisitReason::Disputes:
    case VisitReason::Difficulty:
        return random.weightedIndex(kTroubled);
    case VisitReason::Revisit:
        return random.weightedIndex(kRevisit);
    case VisitReason::Routine:
        break;
    }
    return random.weightedIndex(kRoutine);
}

} // namespace

DemoVisits::DemoVisits(const DemoOptions& options, const QStringList& unitCodes)
    : m_random(options.seed + kStreamOffset)
{
    schedule(options, unitCodes);
}

void DemoVisits::schedule(const DemoOptions& options, const QStringList& unitCodes)
{
    const bool district = options.scale == DemoScale::District;
    const qint64 target = options.visits > 0 ? options.visits : district ? 200'000 : 300;
    m_today = options.today;
    m_first = m_today.addYears(district ? -10 : -1).addDays(1);
    for (QDate month(m_first.year(), m_first.month(), 1); month <= m_today;
         month = month.addMonths(1))
        m_months.append(month);

    // Integer weights only, so every platform gets the same counts: per mille of growth (the
    // practice started at an eighth of today's pace and grew quadratically), per cent of season,
    // and the share of the month's days inside [first day, today].
    const qint64 last = std::max<qint64>(1, m_months.size() - 1);
    std::vector<qint64> weights;
    qint64 monthSum = 0;
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        const QDate& month = m_months[i];
        const qint64 growth = district ? 120 + 880 * i * i / (last * last) : 850 + 150 * i / last;
        const QDate from = std::max(month, m_first);
        const QDate to = std::min(month.addMonths(1).addDays(-1), m_today);
        const qint64 covered = from.daysTo(to) + 1;
        const qint64 weight = growth * season(month) * covered * 1000 / month.daysInMonth();
        weights.push_back(weight);
        monthSum += weight;
    }
    qint64 shareSum = 0;
    for (const QString& code : unitCodes)
        shareSum += unitShare(code);
    const qint64 denominator = std::max<qint64>(1, monthSum * shareSum) * 1000;
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        std::vector<int> counts;
        for (const QString& code : unitCodes) {
            const qint64 noise = 850 + m_random.between(0, 300); // per mille
            const qint64 numerator = target * weights[std::size_t(i)] * unitShare(code) * noise;
            int count = int((numerator + denominator / 2) / denominator);
            // Every unit visited in the last full month and in the current one.
            if (i >= m_months.size() - 2)
                count = std::max(count, 1);
            counts.push_back(count);
            m_total += count;
        }
        m_counts.push_back(std::move(counts));
    }
}

QList<DemoVisits::Planned> DemoVisits::month(int index, const std::vector<QDate>& workdays,
                                             const std::vector<QDate>& days)
{
    QList<Planned> planned;
    const std::vector<int>& counts = m_counts[std::size_t(index)];
    for (int unit = 0; unit < int(counts.size()); ++unit) {
        for (int i = 0; i < counts[std::size_t(unit)]; ++i) {
            // Working days mostly; now and then a weekend or a holiday.
            const bool workday = !workdays.empty() && m_random.chance(0.95);
            planned.append({workday ? m_random.pick(workdays) : m_random.pick(days), unit});
        }
    }
    std::stable_sort(planned.begin(), planned.end(),
                     [](const Planned& a, const Planned& b) { return a.date < b.date; });
    return planned;
}

int DemoVisits::enterprise(const DemoWorld& world, int unit, VisitReason& reason)
{
    static constexpr int kReasons[] = {55, 20, 13, 12};
    reason = domain::allVisitReasons().at(m_random.weightedIndex(kReasons));
    if (reason == VisitReason::Disputes && !m_disputes.empty())
        return m_random.pick(m_disputes);
    if (reason == VisitReason::Difficulty && !m_difficulty.empty())
        return m_random.pick(m_difficulty);
    if (reason == VisitReason::Revisit) {
        const auto& recent = m_recent[std::size_t(unit)];
        qsizetype candidates = 0;
        for (std::size_t slot = 0; slot < recent.size(); ++slot) {
            if (int(slot) != m_monthIndex % int(recent.size()))
                candidates += recent[slot].size();
        }
        if (candidates > 0) {
            qsizetype draw = m_random.below(int(candidates));
            for (std::size_t slot = 0; slot < recent.size(); ++slot) {
                if (int(slot) == m_monthIndex % int(recent.size()))
                    continue;
                if (draw < recent[slot].size())
                    return recent[slot][draw];
                draw -= recent[slot].size();
            }
        }
    }
    reason = VisitReason::Routine;
    return m_random.below(int(world.enterprises.size()));
}

domain::Visit DemoVisits::visit(const DemoWorld& world, const Planned& planned, DemoNames& names,
                                VisitReason reason, int problems)
{
    const DemoWorld::Unit& unit = world.units[planned.unit];
    domain::Visit visit;
    visit.date = planned.date;
    visit.unitId = unit.id;
    visit.reason = reason;
    static constexpr int kOfficers[] = {30, 55, 15};
    const int officers = std::min(1 + m_random.weightedIndex(kOfficers), int(unit.officers.size()));
    while (visit.officerIds.size() < officers) {
        const QString& officer = m_random.pick(unit.officers).id;
        if (!visit.officerIds.contains(officer))
            visit.officerIds.append(officer);
    }
    if (m_random.chance(0.92)) {
        visit.metName = names.personName();
        const auto roles = visitwords::metRoles();
        std::vector<int> weights;
        for (const auto& role : roles)
            weights.push_back(role.weight);
        visit.metRole = roles[std::size_t(m_random.weightedIndex(weights))].text.toString();
    }
    const QStringView first = m_random.pick(visitwords::services());
    visit.content = m_random.pick(visitwords::openings(visit.reason)).toString();
    visit.content += u'，';
    visit.content += first;
    if (m_random.chance(0.6)) {
        const QStringView second = m_random.pick(visitwords::services());
        if (second != first) {
            visit.content += u'，';
            visit.content += second;
        }
    }
    visit.content += u'；';
    if (problems > 0)
        visit.content += u"企业反映%1个问题，已逐一登记"_s.arg(problems);
    else
        visit.content += m_random.pick(visitwords::closings());
    visit.content += u'。';
    return visit;
}

Result<void> DemoVisits::create(storage::RecordWriter& writer, QSqlDatabase connection,
                                const DemoWorld& world, const Actor& actor, DemoSummary& summary,
                                TaskControl* control, qint64 progressDone, qint64 progressTotal)
{
    if (world.units.isEmpty() || world.enterprises.isEmpty())
        return {};
    auto days = DemoDays::load();
    if (!days)
        return fail(days.error());
    const QString note = DemoGenerator::tr("demonstration data");
    auto visitBatch = writer.beginBatch(storage::tables::visits(), note);
    if (!visitBatch)
        return fail(visitBatch.error());
    auto officerBatch = writer.beginBatch(storage::tables::visitOfficers(), note);
    if (!officerBatch)
        return fail(officerBatch.error());
    DemoProblems problems(writer, connection, m_random, world, *days, m_today, actor.stored(),
                          summary);
    if (auto begun = problems.begin(); !begun)
        return begun;

    for (int i = 0; i < int(world.enterprises.size()); ++i) {
        if (world.enterprises[i].disputes)
            m_disputes.push_back(i);
        if (world.enterprises[i].difficulty)
            m_difficulty.push_back(i);
    }
    m_recent.assign(std::size_t(world.units.size()), std::vector<QList<int>>(4));
    DemoNames names(m_random, DemoPlace::xianHighTechZone());
    qint64 written = 0;
    for (m_monthIndex = 0; m_monthIndex < int(m_months.size()); ++m_monthIndex) {
        const QDate& start = m_months[m_monthIndex];
        std::vector<QDate> workdays;
        std::vector<QDate> all;
        for (QDate day = std::max(start, m_first);
             day <= std::min(start.addMonths(1).addDays(-1), m_today); day = day.addDays(1)) {
            all.push_back(day);
            if (days->isWorkday(day))
                workdays.push_back(day);
        }
        for (auto& recent : m_recent)
            recent[std::size_t(m_monthIndex) % recent.size()].clear();
        for (const Planned& planned : month(m_monthIndex, workdays, all)) {
            if (control && written % kProgressEvery == 0) {
                if (control->cancelled)
                    return fail(ErrorCode::Cancelled,
                                DemoGenerator::tr("Cancelled; nothing was written."));
                control->report(progressDone + written, progressTotal);
            }
            VisitReason reason = VisitReason::Routine;
            const int enterprise = this->enterprise(world, planned.unit, reason);
            const int found = problemCount(m_random, reason);
            domain::Visit visit = this->visit(world, planned, names, reason, found);
            visit.enterpriseId = world.enterprises[enterprise].id;
            auto saved =
                storage::VisitRepository::insert(writer, visit, *visitBatch, *officerBatch);
            if (!saved)
                return fail(saved.error());
            ++written;
            for (int p = 0; p < found; ++p) {
                if (auto added = problems.add(*saved, planned.unit); !added)
                    return added;
            }
            if (found > 0) {
                auto& recent = m_recent[std::size_t(planned.unit)];
                recent[std::size_t(m_monthIndex) % recent.size()].append(enterprise);
            }
        }
    }
    summary.visits = int(written);
    return problems.finish();
}

} // namespace lp::demo
