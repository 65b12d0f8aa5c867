// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/problemfilterbar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/problemlistsrepository.h"
#include "core/storage/unitrepository.h"
#include "ui/session.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

constexpr int kDebounceMs = 250;
// The state combo's data: these three, then the int of each status.
constexpr int kAnyState = -1;
constexpr int kOpen = -2;
constexpr int kClosed = -3;
constexpr int kOverdue = -1; // the deadline combo's data: this, 0 for any, or the days

} // namespace

ProblemFilterBar::ProblemFilterBar(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_debounce(new QTimer(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search number, problem, result, enterprise (Ctrl+F)"));
    m_search->setMinimumWidth(220);
    layout->addWidget(m_search, 2);
    const auto combo = [this, layout](const QString& name, const QString& tip) {
        auto* box = new QComboBox(this);
        box->setObjectName(name);
        box->setToolTip(tip);
        box->setAccessibleName(tip);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout->addWidget(box);
        return box;
    };
    m_state = combo(u"stateFilter"_s, tr("State"));
    m_unit = combo(u"unitFilter"_s, tr("Unit"));
    m_category = combo(u"categoryFilter"_s, tr("Category"));
    m_triage = combo(u"triageFilter"_s, tr("Triage"));
    m_due = combo(u"dueFilter"_s, tr("Deadline"));
    m_period = combo(u"periodFilter"_s, tr("Found in"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    m_from->setObjectName(u"foundFrom"_s);
    m_to->setObjectName(u"foundTo"_s);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setDate(m_session.clock.today());
        edit->setEnabled(false);
        layout->addWidget(edit);
    }
    m_from->setAccessibleName(tr("Found from"));
    m_to->setAccessibleName(tr("Found to"));
    m_enterprise = new QToolButton(this);
    m_enterprise->setObjectName(u"enterpriseFilter"_s);
    m_enterprise->setToolTip(tr("Show the problems of every enterprise"));
    m_enterprise->hide();
    layout->addWidget(m_enterprise);
    connect(m_enterprise, &QToolButton::clicked, this, [this] {
        showEnterprise({});
        Q_EMIT filterChanged();
    });

    QList<std::pair<QString, QVariant>> states{{tr("Open"), kOpen}, {tr("Closed"), kClosed}};
    for (domain::ProblemStatus status : domain::allProblemStatuses())
        states.append({domain::ProblemNames::displayName(status), int(status)});
    fill(m_state, tr("All states"), states);
    m_state->setItemData(0, kAnyState);
    QList<std::pair<QString, QVariant>> triages;
    for (domain::Triage triage : domain::allTriages())
        triages.append({domain::ProblemNames::displayName(triage), int(triage)});
    fill(m_triage, tr("Any triage"), triages);
    fill(m_due, tr("Any deadline"),
         {{tr("Overdue"), kOverdue},
          {tr("Due within %n day(s)", nullptr, 3), 3},
          {tr("Due within %n day(s)", nullptr, 7), 7}});
    m_due->setItemData(0, 0);
    fill(m_period, tr("Any time"),
         {{tr("This month"), int(Period::ThisMonth)},
          {tr("Last month"), int(Period::LastMonth)},
          {tr("This year"), int(Period::ThisYear)},
          {tr("Dates…"), int(Period::Custom)}});
    m_period->setItemData(0, int(Period::All));
    reloadChoices();

    for (QComboBox* box : {m_state, m_unit, m_category, m_triage, m_due})
        connect(box, &QComboBox::currentIndexChanged, this, &ProblemFilterBar::filterChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ProblemFilterBar::periodChosen);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ProblemFilterBar::filterChanged);
}

void ProblemFilterBar::fill(QComboBox* combo, const QString& anyText,
                            const QList<std::pair<QString, QVariant>>& items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText);
    for (const auto& [label, value] : items)
        combo->addItem(label, value);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void ProblemFilterBar::reloadChoices()
{
    const QSqlDatabase connection = m_session.database.connection();
    QList<std::pair<QString, QVariant>> units;
    for (const auto& unit : storage::UnitRepository(connection).listActive().value_or({}))
        units.append({unit.shortName.isEmpty() ? unit.name : unit.shortName, unit.id});
    fill(m_unit, tr("All units"), units);
    QList<std::pair<QString, QVariant>> categories;
    for (const auto& category :
         storage::ProblemListsRepository(connection).categories().value_or({}))
        categories.append({category.name, category.id});
    fill(m_category, tr("All categories"), categories);
    if (!m_enterpriseId.isEmpty())
        showEnterprise(m_enterpriseId);
}

std::pair<QDate, QDate> ProblemFilterBar::presetRange(Period period) const
{
    const QDate today = m_session.clock.today();
    const QDate month(today.year(), today.month(), 1);
    switch (period) {
    case Period::ThisMonth:
        return {month, month.addMonths(1).addDays(-1)};
    case Period::LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case Period::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Period::All:
    case Period::Custom:
        break;
    }
    return {};
}

void ProblemFilterBar::periodChosen()
{
    const auto period = Period(m_period->currentData().toInt());
    const bool custom = period == Period::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (const auto [from, to] = presetRange(period); from.isValid()) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_debounce->stop();
    Q_EMIT filterChanged();
}

void ProblemFilterBar::showEnterprise(const QString& id)
{
    m_enterpriseId = id;
    if (id.isEmpty()) {
        m_enterprise->hide();
        return;
    }
    auto found = storage::EnterpriseRepository(m_session.database.connection()).findById(id);
    const QString name = found && found->has_value() ? (*found)->name : id;
    m_enterprise->setText(tr("%1 ✕").arg(name));
    m_enterprise->show();
}

storage::ProblemFilter ProblemFilterBar::filter() const
{
    storage::ProblemFilter filter;
    filter.today = m_session.clock.today();
    filter.search = m_search->text();
    const int state = m_state->currentData().toInt();
    if (state == kOpen)
        filter.state = storage::ProblemState::Open;
    else if (state == kClosed)
        filter.state = storage::ProblemState::Closed;
    else if (state >= 0)
        filter.status = domain::ProblemStatus(state);
    filter.unitId = m_unit->currentData().toString();
    filter.categoryId = m_category->currentData().toString();
    if (m_triage->currentData().isValid())
        filter.triage = domain::Triage(m_triage->currentData().toInt());
    const int due = m_due->currentData().toInt();
    if (due == kOverdue) {
        filter.due = storage::ProblemDue::Overdue;
    } else if (due > 0) {
        filter.due = storage::ProblemDue::DueWithin;
        filter.dueDays = due;
    }
    if (Period(m_period->currentData().toInt()) != Period::All) {
        filter.foundFrom = m_from->date();
        filter.foundTo = m_to->date();
    }
    filter.enterpriseId = m_enterpriseId;
    return filter;
}

void ProblemFilterBar::setFilter(const storage::ProblemFilter& filter)
{
    const QList<QObject*> quiet{m_search, m_state,  m_unit, m_category, m_triage,
                                m_due,    m_period, m_from, m_to};
    QList<std::shared_ptr<QSignalBlocker>> blockers;
    for (QObject* object : quiet)
        blockers.append(std::make_shared<QSignalBlocker>(object));
    m_search->setText(filter.search);
    int state = kAnyState;
    if (filter.status)
        state = int(*filter.status);
    else if (filter.state == storage::ProblemState::Open)
        state = kOpen;
    else if (filter.state == storage::ProblemState::Closed)
        state = kClosed;
    const auto select = [](QComboBox* box, const QVariant& value) {
        const int index = value.isValid() ? box->findData(value) : 0;
        box->setCurrentIndex(index < 0 ? 0 : index);
    };
    select(m_state, state);
    select(m_unit, filter.unitId.isEmpty() ? QVariant() : QVariant(filter.unitId));
    select(m_category, filter.categoryId.isEmpty() ? QVariant() : QVariant(filter.categoryId));
    select(m_triage, filter.triage ? QVariant(int(*filter.triage)) : QVariant());
    int due = 0;
    if (filter.due == storage::ProblemDue::Overdue) {
        due = kOverdue;
    } else if (filter.due == storage::ProblemDue::DueWithin) {
        due = filter.dueDays;
        if (m_due->findData(due) < 0)
            m_due->addItem(tr("Due within %n day(s)", nullptr, due), due);
    }
    select(m_due, due);
    Period period = Period::All;
    if (filter.foundFrom.isValid() || filter.foundTo.isValid()) {
        period = Period::Custom;
        for (Period preset : {Period::ThisMonth, Period::LastMonth, Period::ThisYear}) {
            if (presetRange(preset) == std::pair(filter.foundFrom, filter.foundTo))
                period = preset;
        }
        // An open end shows as the earliest or latest day the editor allows.
        m_from->setDate(filter.foundFrom.isValid() ? filter.foundFrom : m_from->minimumDate());
        m_to->setDate(filter.foundTo.isValid() ? filter.foundTo : m_to->maximumDate());
    }
    select(m_period, int(period));
    m_from->setEnabled(period == Period::Custom);
    m_to->setEnabled(period == Period::Custom);
    m_debounce->stop();
    showEnterprise(filter.enterpriseId);
}

void ProblemFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace lp::ui
