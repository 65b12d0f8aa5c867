// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/overviewpage.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/storage/database.h"
#include "core/storage/officerrepository.h"
#include "core/storage/unitrepository.h"
#include "ui/icons.h"
#include "ui/session.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

OverviewPage::OverviewPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"overviewHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto* unitsTitle = new QLabel(tr("Political-legal units"), this);
    QFont sectionFont = unitsTitle->font();
    sectionFont.setBold(true);
    unitsTitle->setFont(sectionFont);
    m_units = new QTableWidget(0, 4, this);
    m_units->setObjectName(u"overviewUnits"_s);
    m_units->setHorizontalHeaderLabels({tr("Code"), tr("Unit"), tr("Kind"), tr("Officers")});
    m_units->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_units->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_units->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_units->verticalHeader()->hide();
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(unitsTitle);
    layout->addWidget(m_units, 1);
    refresh();
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QIcon OverviewPage::pageIcon() const
{
    return icon(Icon::Overview);
}

void OverviewPage::refresh()
{
    m_heading->setText(m_session.districtName.isEmpty()
                           ? tr("LinkPoint")
                           : tr("%1 — service contact points").arg(m_session.districtName));
    auto units = storage::UnitRepository(m_session.database.connection()).listActive();
    auto officers = storage::OfficerRepository(m_session.database.connection()).listActive();
    if (!units || !officers) {
        m_summary->setText(units ? officers.error().message : units.error().message);
        return;
    }
    QHash<QString, int> perUnit;
    for (const domain::Officer& officer : std::as_const(*officers))
        ++perUnit[officer.unitId];
    const QString who = m_session.officer
                            ? tr("You are working as %1.").arg(m_session.officer->name)
                            : tr("No current officer is chosen; choose one in Settings.");
    m_summary->setText(tr("Units registered: %1; officers: %2. %3")
                           .arg(units->size())
                           .arg(officers->size())
                           .arg(who));
    m_units->setRowCount(0);
    for (const domain::Unit& unit : std::as_const(*units)) {
        const int row = m_units->rowCount();
        m_units->insertRow(row);
        m_units->setItem(row, 0, new QTableWidgetItem(unit.code));
        m_units->setItem(row, 1, new QTableWidgetItem(unit.name));
        m_units->setItem(row, 2,
                         new QTableWidgetItem(domain::UnitKindNames::displayName(unit.kind)));
        auto* count = new QTableWidgetItem(QString::number(perUnit.value(unit.id)));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_units->setItem(row, 3, count);
    }
    m_units->resizeColumnToContents(0);
    m_units->resizeColumnToContents(2);
}

} // namespace lp::ui
