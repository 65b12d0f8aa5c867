// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/visitfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/officerrepository.h"
#include "core/storage/unitrepository.h"
#include "ui/session.h"
#include "ui/widgets/choices.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

constexpr int kDebounceMs = 150;

QDate firstOfMonth(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate lastOfMonth(const QDate& day)
{
    return firstOfMonth(day).addMonths(1).addDays(-1);
}

} // namespace

VisitFilterBar::VisitFilterBar(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_debounce(new QTimer(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search content, person met, enterprise (Ctrl+F)"));
    m_search->setMinimumWidth(240);
    layout->addWidget(m_search, 2);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"unitFilter"_s);
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_unit, 1);
    m_byMonth = new QCheckBox(tr("&Month:"), this);
    m_byMonth->setObjectName(u"byMonth"_s);
    m_byMonth->setChecked(true);
    layout->addWidget(m_byMonth);
    m_month = new QDateEdit(m_session.clock.today(), this);
    m_month->setObjectName(u"month"_s);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    m_month->setAccessibleName(tr("Month"));
    layout->addWidget(m_month);
    m_extraLabel = new QLabel(this);
    m_extraLabel->setObjectName(u"extraFilter"_s);
    layout->addWidget(m_extraLabel);
    m_clearExtra = new QPushButton(tr("Clear"), this);
    m_clearExtra->setObjectName(u"clearExtra"_s);
    layout->addWidget(m_clearExtra);
    updateExtraLabel();
    reloadChoices();
    if (m_session.officer) // an officer starts with his own unit's month, the visit log's view
        choose(m_unit, m_session.officer->unitId);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &VisitFilterBar::filterChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &VisitFilterBar::filterChanged);
    const auto monthChanged = [this] {
        // A month chosen here replaces a period given from elsewhere.
        m_extra.from = {};
        m_extra.to = {};
        m_month->setEnabled(m_byMonth->isChecked());
        updateExtraLabel();
        Q_EMIT filterChanged();
    };
    connect(m_byMonth, &QCheckBox::toggled, this, monthChanged);
    connect(m_month, &QDateEdit::dateChanged, this, monthChanged);
    connect(m_clearExtra, &QPushButton::clicked, this, [this] {
        clearExtra();
        Q_EMIT filterChanged();
    });
}

void VisitFilterBar::reloadChoices()
{
    QList<Choice> units;
    auto read = storage::UnitRepository(m_session.database.connection()).listActive();
    for (const auto& unit : read.value_or(QList<domain::Unit>()))
        units.append({unit.id, unit.name});
    const QSignalBlocker blocker(m_unit);
    setChoices(m_unit, units, tr("All units"));
}

storage::VisitFilter VisitFilterBar::filter() const
{
    storage::VisitFilter filter = m_extra;
    filter.search = m_search->text().trimmed();
    filter.unitId = chosenId(m_unit);
    if (m_byMonth->isChecked()) {
        filter.from = firstOfMonth(m_month->date());
        filter.to = lastOfMonth(m_month->date());
    }
    return filter;
}

void VisitFilterBar::setFilter(const storage::VisitFilter& filter)
{
    {
        const QSignalBlocker search(m_search);
        const QSignalBlocker unit(m_unit);
        const QSignalBlocker byMonth(m_byMonth);
        const QSignalBlocker month(m_month);
        m_search->setText(filter.search);
        choose(m_unit, filter.unitId);
        m_extra = {};
        m_extra.enterpriseId = filter.enterpriseId;
        m_extra.officerId = filter.officerId;
        const bool wholeMonth = filter.from.isValid() && filter.from.day() == 1 &&
                                filter.to == lastOfMonth(filter.from);
        m_byMonth->setChecked(wholeMonth);
        m_month->setEnabled(wholeMonth);
        if (wholeMonth) {
            m_month->setDate(filter.from);
        } else {
            m_extra.from = filter.from;
            m_extra.to = filter.to;
        }
    }
    m_debounce->stop();
    updateExtraLabel();
    Q_EMIT filterChanged();
}

QString VisitFilterBar::unitId() const
{
    return chosenId(m_unit);
}

QDate VisitFilterBar::month() const
{
    return m_byMonth->isChecked() ? m_month->date() : QDate();
}

void VisitFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void VisitFilterBar::clearExtra()
{
    m_extra = {};
    updateExtraLabel();
}

void VisitFilterBar::updateExtraLabel()
{
    QStringList parts;
    auto connection = m_session.database.connection();
    if (!m_extra.enterpriseId.isEmpty()) {
        auto found = storage::EnterpriseRepository(connection).findById(m_extra.enterpriseId);
        parts.append(found && found->has_value() ? (*found)->name : tr("one enterprise"));
    }
    if (!m_extra.officerId.isEmpty()) {
        auto found = storage::OfficerRepository(connection).findById(m_extra.officerId);
        parts.append(found && found->has_value() ? (*found)->name : tr("one officer"));
    }
    if (m_extra.from.isValid() || m_extra.to.isValid())
        parts.append(
            tr("%1 to %2")
                .arg(m_extra.from.isValid() ? m_extra.from.toString(Qt::ISODate) : tr("the start"),
                     m_extra.to.isValid() ? m_extra.to.toString(Qt::ISODate) : tr("today")));
    m_extraLabel->setText(parts.isEmpty() ? QString() : tr("Only: %1").arg(parts.join(tr("; "))));
    m_extraLabel->setVisible(!parts.isEmpty());
    m_clearExtra->setVisible(!parts.isEmpty());
}

} // namespace lp::ui
