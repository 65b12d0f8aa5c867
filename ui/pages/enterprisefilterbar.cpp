// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/enterprisefilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

#include "core/domain/industry.h"
#include "core/storage/contactpointrepository.h"
#include "core/storage/database.h"
#include "core/storage/officerrepository.h"
#include "core/storage/parkrepository.h"
#include "ui/session.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {
constexpr int kDebounceMs = 120;
}

EnterpriseFilterBar::EnterpriseFilterBar(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_debounce(new QTimer(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search name, code, contact, phone, address (Ctrl+F)"));
    m_search->setMinimumWidth(260);
    layout->addWidget(m_search, 2);
    const auto combo = [this, layout](const QString& name, const QString& tip) {
        auto* box = new QComboBox(this);
        box->setObjectName(name);
        box->setToolTip(tip);
        box->setAccessibleName(tip);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout->addWidget(box, 1);
        connect(box, &QComboBox::currentIndexChanged, this, &EnterpriseFilterBar::filterChanged);
        return box;
    };
    m_park = combo(u"parkFilter"_s, tr("Park"));
    m_point = combo(u"pointFilter"_s, tr("Contact point"));
    m_industry = combo(u"industryFilter"_s, tr("Industry"));
    m_scale = combo(u"scaleFilter"_s, tr("Scale"));
    m_flag = combo(u"flagFilter"_s, tr("Priority"));
    m_liaison = combo(u"liaisonFilter"_s, tr("Liaison"));

    QList<std::pair<QString, QVariant>> industries;
    for (const auto& section : domain::Industries::sections())
        industries.append(
            {domain::Industries::displayName(section.letter), QString(section.letter)});
    fill(m_industry, tr("All industries"), industries);
    QList<std::pair<QString, QVariant>> scales;
    for (domain::EnterpriseScale scale : domain::allEnterpriseScales())
        scales.append({domain::EnterpriseScaleNames::displayName(scale), int(scale)});
    fill(m_scale, tr("All scales"), scales);
    QList<std::pair<QString, QVariant>> flags;
    for (domain::EnterpriseFlag flag : domain::EnterpriseFlagNames::all())
        flags.append({domain::EnterpriseFlagNames::displayName(flag), int(flag)});
    fill(m_flag, tr("Any priority"), flags);
    reloadChoices();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &EnterpriseFilterBar::filterChanged);
}

void EnterpriseFilterBar::fill(QComboBox* combo, const QString& anyText,
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

void EnterpriseFilterBar::reloadChoices()
{
    const QSqlDatabase connection = m_session.database.connection();
    QList<std::pair<QString, QVariant>> parks;
    for (const auto& park : storage::ParkRepository(connection).list().value_or({}))
        parks.append({park.name, park.id});
    fill(m_park, tr("All parks"), parks);
    QList<std::pair<QString, QVariant>> points;
    for (const auto& point : storage::ContactPointRepository(connection).list().value_or({}))
        points.append({point.name, point.id});
    fill(m_point, tr("All contact points"), points);
    QList<std::pair<QString, QVariant>> officers;
    for (const auto& officer : storage::OfficerRepository(connection).listActive().value_or({}))
        officers.append({officer.name, officer.id});
    fill(m_liaison, tr("Any liaison"), officers);
}

storage::EnterpriseFilter EnterpriseFilterBar::filter() const
{
    storage::EnterpriseFilter filter;
    filter.search = m_search->text();
    filter.parkId = m_park->currentData().toString();
    filter.contactPointId = m_point->currentData().toString();
    const QString industry = m_industry->currentData().toString();
    filter.industry = industry.isEmpty() ? QChar() : industry[0];
    if (m_scale->currentData().isValid())
        filter.scale = domain::EnterpriseScale(m_scale->currentData().toInt());
    filter.flags = m_flag->currentData().toInt();
    filter.liaisonOfficerId = m_liaison->currentData().toString();
    return filter;
}

QString EnterpriseFilterBar::description() const
{
    QStringList parts;
    for (QComboBox* box : {m_park, m_point, m_industry, m_scale, m_flag, m_liaison}) {
        if (box->currentIndex() > 0)
            parts.append(tr("%1: %2").arg(box->toolTip(), box->currentText()));
    }
    if (!m_search->text().trimmed().isEmpty())
        parts.append(tr("Search: %1").arg(m_search->text().trimmed()));
    return parts.join(tr("; "));
}

void EnterpriseFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace lp::ui
