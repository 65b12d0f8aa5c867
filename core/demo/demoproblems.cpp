// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoproblems.h"

#include <algorithm>

#include "core/demo/demodays.h"
#include "core/demo/demogenerator.h"
#include "core/demo/demorandom.h"
#include "core/demo/demovisitwords.h"
#include "core/domain/problemflow.h"
#include "core/storage/problemlistsrepository.h"
#include "core/storage/problemrepository.h"
#include "core/storage/problemtrailrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/tables.h"

using namespace Qt::StringLiterals;

namespace lp::demo {
namespace {

using domain::ProblemStatus;
using domain::Satisfaction;
using domain::Triage;

// Per mille of the problems that run past their deadline, by triage; a few more never seem to
// end (they stay open for months: the old overdue ones). Tuned so that 5–10% of the problems
// open at today are overdue.
constexpr int kLateOwn = 20;
constexpr int kLateTransferred = 45;
constexpr int kStuck = 1;
constexpr double kOnTheSpot = 0.3; // own-unit problems solved on the day they are found
// Days from finding a problem to triaging (or transferring) it: 0, 1, 2, 3–7.
constexpr int kStartDelay[] = {40, 25, 15, 20};

QString pickText(DemoRandom& random, std::span<const QStringView> texts)
{
    return random.pick(texts).toString();
}

QString monthDay(const QDate& date)
{
    return u"%1月%2日"_s.arg(date.month()).arg(date.day());
}

const visitwords::Category& wordsFor(const QString& code)
{
    const auto all = visitwords::categories();
    for (const visitwords::Category& words : all) {
        if (words.code == code)
            return words;
    }
    return all.back(); // a category the office added: worded as 其他
}

} // namespace

DemoProblems::DemoProblems(storage::RecordWriter& writer, QSqlDatabase connection,
                           DemoRandom& random, const DemoWorld& world, const DemoDays& days,
                           const QDate& today, QString closedBy, DemoSummary& summary)
    : m_writer(writer)
    , m_connection(std::move(connection))
    , m_random(random)
    , m_world(world)
    , m_days(days)
    , m_today(today)
    , m_closedBy(std::move(closedBy))
    , m_summary(summary)
{
    for (const DemoWorld::Unit& unit : world.units) {
        for (const DemoWorld::Officer& officer : unit.officers)
            m_sections.insert(officer.id, officer.sectionId);
    }
}

Result<void> DemoProblems::begin()
{
    storage::ProblemListsRepository lists(m_connection);
    auto categories = lists.categories();
    if (!categories)
        return fail(categories.error());
    auto departments = lists.departments();
    if (!departments)
        return fail(departments.error());
    QHash<QString, QString> departmentByCode;
    QStringList allDepartments;
    for (const domain::Department& department : std::as_const(*departments)) {
        if (!department.active)
            continue;
        m_departmentNames.insert(department.id, department.name);
        departmentByCode.insert(department.code, department.id);
        allDepartments.append(department.id);
    }
    for (const domain::ProblemCategory& category : std::as_const(*categories)) {
        if (!category.active)
            continue;
        Category entry{category, &wordsFor(category.code), {}};
        for (const QStringView code : entry.words->departments) {
            const QString id = departmentByCode.value(code.toString());
            if (!id.isEmpty())
                entry.departmentIds.append(id);
        }
        if (entry.departmentIds.isEmpty())
            entry.departmentIds = allDepartments;
        m_categories.append(entry);
        m_categoryWeights.push_back(entry.words->weight);
    }
    if (m_categories.isEmpty() || allDepartments.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    DemoGenerator::tr("The file has no active problem categories or departments; "
                                      "demonstration problems need both."));
    }
    const QString note = DemoGenerator::tr("demonstration data");
    for (auto [table, id] : {std::pair{&storage::tables::problems(), &m_problemBatch},
                             std::pair{&storage::tables::problemUnits(), &m_unitBatch},
                             std::pair{&storage::tables::measures(), &m_measureBatch},
                             std::pair{&storage::tables::feedback(), &m_feedbackBatch}}) {
        auto batch = m_writer.beginBatch(*table, note);
        if (!batch)
            return fail(batch.error());
        *id = *batch;
    }
    return {};
}

Satisfaction DemoProblems::satisfaction(bool allowUnsatisfied)
{
    static constexpr int kFirst[] = {80, 15, 5};
    static constexpr int kAgain[] = {80, 20, 0};
    return domain::allSatisfactions().at(
        m_random.weightedIndex(allowUnsatisfied ? std::span(kFirst) : std::span(kAgain)));
}

QList<QDate> DemoProblems::measureDays(const QDate& from, const QDate& to, int count)
{
    const int span = int(std::max<qint64>(0, from.daysTo(to)));
    QList<QDate> days;
    for (int i = 0; i < count; ++i)
        days.append(from.addDays(m_random.between(0, span)));
    std::sort(days.begin(), days.end());
    return days;
}

DemoProblems::Life DemoProblems::life(const QDate& found, const QDate& deadline, Triage triage)
{
    Life story;
    if (triage == Triage::OwnUnit && m_random.chance(kOnTheSpot)) {
        story.start = found;
        const QDate told = found.addDays(m_random.between(0, 2));
        story.rounds.append(Round{{found}, found, told, satisfaction(false)});
        story.closed = told.addDays(m_random.between(0, 1));
        return story;
    }
    const int delay = m_random.weightedIndex(kStartDelay);
    story.start = found.addDays(delay < 3 ? delay : m_random.between(3, 7));
    const int roll = m_random.below(1000);
    const int late = triage == Triage::Transfer ? kLateTransferred : kLateOwn;
    QDate result;
    if (roll < kStuck) {
        result = deadline.addDays(m_random.between(60, 400));
    } else if (roll < kStuck + late) {
        result = deadline.addDays(m_random.between(1, 30));
    } else {
        // In time, and mostly well before the deadline: the earlier of two days drawn.
        const int room = int(std::max<qint64>(1, story.start.daysTo(deadline)));
        const int early = m_random.between(1, room);
        result = story.start.addDays(std::min(early, m_random.between(1, room)));
    }
    Round first{measureDays(story.start, result, m_random.between(1, 3)), result,
                result.addDays(m_random.between(0, 3)), satisfaction(true)};
    story.rounds.append(first);
    if (first.satisfaction == Satisfaction::Unsatisfied) {
        // Handled again: more measures, a new result, new feedback.
        const QDate again = first.feedback.addDays(m_random.between(3, 15));
        story.rounds.append(
            Round{measureDays(first.feedback.addDays(1), again, m_random.between(1, 2)), again,
                  again.addDays(m_random.between(0, 3)), satisfaction(false)});
    }
    story.closed = story.rounds.last().feedback.addDays(m_random.between(0, 2));
    return story;
}

QString DemoProblems::officerSection(const QString& officerId, int unit)
{
    const QString section = m_sections.value(officerId);
    if (!section.isEmpty() || m_world.units[unit].sectionIds.isEmpty())
        return section;
    return m_random.pick(m_world.units[unit].sectionIds);
}

Result<void> DemoProblems::add(const domain::Visit& visit, int unit)
{
    const Category& category = m_categories[m_random.weightedIndex(m_categoryWeights)];
    const visitwords::Category& words = *category.words;
    domain::Problem problem;
    const int year = visit.date.year();
    problem.number = domain::problemNumber(year, ++m_problemSeq[year]);
    problem.visitId = visit.id;
    problem.unitId = visit.unitId;
    problem.enterpriseId = visit.enterpriseId;
    problem.foundOn = visit.date;
    problem.categoryId = category.category.id;
    const visitwords::Issue& issue = m_random.pick(words.issues);
    problem.description = issue.description.toString();
    if (m_random.chance(0.85))
        problem.request = issue.request.toString();
    problem.deadline = m_days.deadline(visit.date, category.category.deadlineDays);

    const int triageWeights[] = {words.own, words.cross, words.transfer};
    const Triage triage = domain::allTriages().at(m_random.weightedIndex(triageWeights));
    QString departmentId;
    QStringList partners;
    if (triage == Triage::Transfer)
        departmentId = m_random.pick(category.departmentIds);
    if (triage == Triage::CrossUnit) {
        const int wanted = m_random.between(1, 2);
        for (int attempt = 0; partners.size() < wanted && attempt < 8; ++attempt) {
            const QString& other = m_random.pick(m_world.units).id;
            if (other != visit.unitId && !partners.contains(other))
                partners.append(other);
        }
    }
    const Life story = life(visit.date, problem.deadline, triage);

    QList<QDate> measureDays;
    QList<const Round*> told;
    if (story.start <= m_today) {
        problem.triage = triage;
        problem.partnerUnitIds = partners;
        problem.responsibleUnitId = visit.unitId;
        problem.responsibleOfficerId = visit.officerIds.first();
        problem.responsibleSectionId = officerSection(problem.responsibleOfficerId, unit);
        problem.status = domain::ProblemFlow::handlingStatus(problem);
        for (const Round& round : story.rounds) {
            for (const QDate& day : round.measures) {
                if (day <= m_today)
                    measureDays.append(day);
            }
            if (round.result > m_today)
                break;
            problem.result = round.satisfaction == Satisfaction::Unsatisfied
                                 ? pickText(m_random, visitwords::partialResults())
                                 : issue.result.toString();
            problem.resultOn = round.result;
            problem.status = ProblemStatus::ResultReceived;
            if (round.feedback > m_today)
                break;
            told.append(&round);
            problem.status = round.satisfaction == Satisfaction::Unsatisfied
                                 ? domain::ProblemFlow::handlingStatus(problem)
                                 : ProblemStatus::FeedbackGiven;
        }
        if (problem.status == ProblemStatus::FeedbackGiven && story.closed <= m_today) {
            problem.status = ProblemStatus::Closed;
            problem.closedOn = story.closed;
            problem.closedBy = m_closedBy;
        }
    }
    auto saved = storage::ProblemRepository::insert(m_writer, m_connection, problem, m_problemBatch,
                                                    m_unitBatch);
    if (!saved)
        return fail(saved.error());
    ++m_summary.problems;
    if (!saved->triage)
        return {};
    if (auto done = measures(*saved, category, measureDays, departmentId, visit.officerIds); !done)
        return done;
    for (const Round* round : std::as_const(told)) {
        if (auto done = feedback(*saved, *round); !done)
            return done;
    }
    if (triage == Triage::Transfer) {
        domain::Transfer transfer;
        transfer.problemId = saved->id;
        transfer.departmentId = departmentId;
        transfer.transferredOn = story.start;
        transfer.note = pickText(m_random, visitwords::transferNotes());
        const Round& first = story.rounds.first();
        if (first.result <= m_today) {
            transfer.reply = pickText(m_random, visitwords::departmentReplies());
            transfer.repliedOn = first.result;
        }
        m_transfers.push_back(transfer);
        supervise(*saved, story);
    }
    return {};
}

Result<void> DemoProblems::measures(const domain::Problem& problem, const Category& category,
                                    const QList<QDate>& days, const QString& departmentId,
                                    const QStringList& visitOfficers)
{
    for (const QDate& day : days) {
        domain::Measure measure;
        measure.problemId = problem.id;
        measure.takenOn = day;
        if (problem.triage == Triage::Transfer) {
            if (m_random.chance(0.7)) {
                measure.doneBy = m_departmentNames.value(departmentId);
                measure.content =
                    m_random.pick(visitwords::departmentMeasures()).arg(measure.doneBy);
            } else {
                measure.officerId = m_random.pick(visitOfficers);
                measure.content = pickText(m_random, visitwords::supervisingMeasures());
            }
        } else if (problem.triage == Triage::CrossUnit && m_random.chance(0.4)) {
            const QString& partner = m_random.pick(problem.partnerUnitIds);
            for (const DemoWorld::Unit& unit : m_world.units) {
                if (unit.id == partner)
                    measure.officerId = m_random.pick(unit.officers).id;
            }
            measure.content = pickText(m_random, visitwords::coordinationMeasures());
        } else {
            measure.officerId = m_random.pick(visitOfficers);
            measure.content = pickText(m_random, category.words->measures);
        }
        auto saved = storage::ProblemTrailRepository::insert(m_writer, measure, m_measureBatch);
        if (!saved)
            return fail(saved.error());
        ++m_summary.measures;
    }
    return {};
}

Result<void> DemoProblems::feedback(const domain::Problem& problem, const Round& round)
{
    static constexpr int kManners[] = {45, 40, 15};
    domain::Feedback given;
    given.problemId = problem.id;
    given.givenOn = round.feedback;
    given.manner = domain::allFeedbackManners().at(m_random.weightedIndex(kManners));
    given.content = pickText(m_random, visitwords::feedback(round.satisfaction));
    given.satisfaction = round.satisfaction;
    given.officerId = problem.responsibleOfficerId;
    auto saved = storage::ProblemTrailRepository::insert(m_writer, given, m_feedbackBatch);
    if (!saved)
        return fail(saved.error());
    ++m_summary.feedback;
    return {};
}

void DemoProblems::supervise(const domain::Problem& problem, const Life& life)
{
    // An order is issued while the problem is with the department: after the transfer, before
    // its first result. Overdue when the problem has run past its deadline, else on demand.
    const QDate result = life.rounds.first().result;
    domain::SupervisionOrder order;
    if (result > problem.deadline.addDays(1) && m_random.chance(0.9)) {
        order.issuedOn =
            std::min(problem.deadline.addDays(m_random.between(1, 5)), result.addDays(-1));
        order.trigger = domain::SupervisionTrigger::Overdue;
    } else if (life.start.daysTo(result) >= 3 && m_random.chance(0.35)) {
        order.issuedOn =
            life.start.addDays(m_random.between(1, int(life.start.daysTo(result)) - 1));
        order.trigger = domain::SupervisionTrigger::OnDemand;
    } else {
        return;
    }
    if (order.issuedOn > m_today)
        return;
    order.problemId = problem.id;
    order.timeLimit = order.issuedOn.addDays(m_random.between(5, 15));
    order.unitId = problem.unitId;
    order.requirement = m_random.pick(visitwords::supervisionRequirements(order.trigger))
                            .arg(monthDay(order.timeLimit));
    if (result <= m_today) {
        order.reply = pickText(m_random, visitwords::supervisionReplies());
        order.repliedOn = result;
    }
    m_orders.push_back(order);
}

Result<void> DemoProblems::finish()
{
    const QString note = DemoGenerator::tr("demonstration data");
    storage::ProblemTrailRepository trail(m_connection);
    std::stable_sort(m_transfers.begin(), m_transfers.end(), [](const auto& a, const auto& b) {
        return a.transferredOn < b.transferredOn;
    });
    std::stable_sort(m_orders.begin(), m_orders.end(),
                     [](const auto& a, const auto& b) { return a.issuedOn < b.issuedOn; });
    if (!m_transfers.empty()) {
        auto batch = m_writer.beginBatch(storage::tables::transfers(), note);
        if (!batch)
            return fail(batch.error());
        QHash<int, int> seq;
        for (domain::Transfer& transfer : m_transfers) {
            const int year = transfer.transferredOn.year();
            transfer.letter = {year, ++seq[year]};
            if (auto saved = trail.insert(m_writer, transfer, *batch); !saved)
                return fail(saved.error());
        }
        m_summary.transfers = int(m_transfers.size());
    }
    if (!m_orders.empty()) {
        auto batch = m_writer.beginBatch(storage::tables::supervisionOrders(), note);
        if (!batch)
            return fail(batch.error());
        QHash<int, int> seq;
        for (domain::SupervisionOrder& order : m_orders) {
            const int year = order.issuedOn.year();
            order.number = {year, ++seq[year]};
            if (auto saved = trail.insert(m_writer, order, *batch); !saved)
                return fail(saved.error());
        }
        m_summary.supervisionOrders = int(m_orders.size());
    }
    return {};
}

} // namespace lp::demo
