// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/firststartwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/actor.h"
#include "ui/icons.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

constexpr int kCodeColumn = 0;
constexpr int kNameColumn = 1;
constexpr int kKindColumn = 2;

const QList<domain::UnitKind> kKinds{domain::UnitKind::Committee,     domain::UnitKind::Court,
                                     domain::UnitKind::Procuratorate, domain::UnitKind::Police,
                                     domain::UnitKind::Justice,       domain::UnitKind::Other};

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(u"problemLabel"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b71c1c;"_s);
    label->hide();
    return label;
}

// A code suggestion from the operating-system user name: lower-case ASCII only.
QString suggestedCode()
{
    QString code = currentOsUserName().toLower();
    code.remove(QRegularExpression(u"[^a-z0-9_-]"_s));
    return code.left(32);
}

} // namespace

FirstStartWizard::FirstStartWizard(const services::FirstStartInput& proposal, QWidget* parent)
    : QWizard(parent)
    , m_proposedUnitCode(proposal.officerUnitCode)
{
    setWindowTitle(tr("Welcome to LinkPoint"));
    setWindowIcon(icon(Icon::App));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(DistrictPage, buildDistrictPage(proposal));
    setPage(UnitsPage, buildUnitsPage(proposal));
    setPage(OfficerPage, buildOfficerPage(proposal));
    setButtonText(QWizard::FinishButton, tr("&Start working"));
    resize(680, 480);
}

QWizardPage* FirstStartWizard::buildDistrictPage(const services::FirstStartInput& proposal)
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Your district"));
    page->setSubTitle(tr("LinkPoint keeps the records of one district's political-legal units. "
                         "Its name heads every printed list and report."));
    auto* layout = new QFormLayout(page);
    m_district = new QLineEdit(proposal.districtName, page);
    m_district->setObjectName(u"districtName"_s);
    m_district->setPlaceholderText(tr("for example 陈仓区"));
    layout->addRow(tr("&District:"), m_district);
    m_problems.append(problemLabel(page));
    layout->addRow(m_problems.last());
    return page;
}

QWizardPage* FirstStartWizard::buildUnitsPage(const services::FirstStartInput& proposal)
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The political-legal units"));
    page->setSubTitle(tr("Check the names of your district's units. The short codes are used on "
                         "the command line and in file names; you can change them later."));
    auto* layout = new QVBoxLayout(page);
    m_units = new QTableWidget(0, 3, page);
    m_units->setObjectName(u"unitsTable"_s);
    m_units->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Kind")});
    m_units->horizontalHeader()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
    m_units->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_units->setTabKeyNavigation(true);
    for (const domain::Unit& unit : proposal.units)
        addUnitRow(unit);
    layout->addWidget(m_units, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add a unit"), page);
    auto* remove = new QPushButton(tr("&Remove the selected unit"), page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addUnitRow({{}, {}, {}, {}, domain::UnitKind::Other, 0, 0});
        m_units->setCurrentCell(m_units->rowCount() - 1, kCodeColumn);
        m_units->editItem(m_units->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_units->currentRow() >= 0)
            m_units->removeRow(m_units->currentRow());
    });
    m_problems.append(problemLabel(page));
    layout->addWidget(m_problems.last());
    return page;
}

QWizardPage* FirstStartWizard::buildOfficerPage(const services::FirstStartInput& proposal)
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Who uses this computer"));
    page->setSubTitle(tr("You become the first officer. What you record is signed with your "
                         "name; another officer can be chosen later in Settings."));
    auto* layout = new QFormLayout(page);
    m_officerName = new QLineEdit(proposal.officer.name, page);
    m_officerName->setObjectName(u"officerName"_s);
    m_officerCode = new QLineEdit(
        proposal.officer.code.isEmpty() ? suggestedCode() : proposal.officer.code, page);
    m_officerCode->setObjectName(u"officerCode"_s);
    m_officerCode->setPlaceholderText(tr("for example wanglei"));
    m_officerUnit = new QComboBox(page);
    m_officerUnit->setObjectName(u"officerUnit"_s);
    m_officerPhone = new QLineEdit(proposal.officer.phone, page);
    m_officerPhone->setObjectName(u"officerPhone"_s);
    layout->addRow(tr("Your &name:"), m_officerName);
    layout->addRow(tr("Your &code:"), m_officerCode);
    layout->addRow(tr("Your &unit:"), m_officerUnit);
    layout->addRow(tr("&Phone (optional):"), m_officerPhone);
    m_problems.append(problemLabel(page));
    layout->addRow(m_problems.last());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == OfficerPage)
            refreshUnitChoices();
    });
    return page;
}

void FirstStartWizard::addUnitRow(const domain::Unit& unit)
{
    const int row = m_units->rowCount();
    m_units->insertRow(row);
    m_units->setItem(row, kCodeColumn, new QTableWidgetItem(unit.code));
    m_units->setItem(row, kNameColumn, new QTableWidgetItem(unit.name));
    auto* kind = new QComboBox(m_units);
    for (domain::UnitKind k : kKinds)
        kind->addItem(domain::UnitKindNames::displayName(k), domain::unitKindCode(k));
    kind->setCurrentIndex(int(kKinds.indexOf(unit.kind)));
    m_units->setCellWidget(row, kKindColumn, kind);
}

QList<domain::Unit> FirstStartWizard::units() const
{
    QList<domain::Unit> result;
    for (int row = 0; row < m_units->rowCount(); ++row) {
        domain::Unit unit;
        unit.code = m_units->item(row, kCodeColumn)
                        ? m_units->item(row, kCodeColumn)->text().trimmed()
                        : QString();
        unit.name = m_units->item(row, kNameColumn)
                        ? m_units->item(row, kNameColumn)->text().trimmed()
                        : QString();
        const auto* kind = qobject_cast<QComboBox*>(m_units->cellWidget(row, kKindColumn));
        unit.kind = domain::unitKindFromCode(kind ? kind->currentData().toString() : QString())
                        .value_or(domain::UnitKind::Other);
        unit.sortOrder = (row + 1) * 10;
        result.append(unit);
    }
    return result;
}

void FirstStartWizard::refreshUnitChoices()
{
    const QString chosen =
        m_officerUnit->count() ? m_officerUnit->currentData().toString() : m_proposedUnitCode;
    m_officerUnit->clear();
    for (const domain::Unit& unit : units())
        m_officerUnit->addItem(unit.name, unit.code);
    const int index = m_officerUnit->findData(chosen);
    m_officerUnit->setCurrentIndex(index >= 0 ? index : 0);
}

services::FirstStartInput FirstStartWizard::input() const
{
    services::FirstStartInput input;
    input.districtName = m_district->text().trimmed();
    input.units = units();
    input.officer.name = m_officerName->text().trimmed();
    input.officer.code = m_officerCode->text().trimmed();
    input.officer.phone = m_officerPhone->text().trimmed();
    input.officerUnitCode =
        m_officerUnit->count() ? m_officerUnit->currentData().toString() : m_proposedUnitCode;
    return input;
}

void FirstStartWizard::setProblem(int page, const QString& text)
{
    QLabel* label = m_problems.value(page);
    if (!label)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void FirstStartWizard::showProblem(const QString& problem)
{
    refreshUnitChoices();
    setStartId(OfficerPage);
    setProblem(OfficerPage, problem);
}

bool FirstStartWizard::validateCurrentPage()
{
    const services::FirstStartInput answers = input();
    Result<void> valid;
    switch (currentId()) {
    case DistrictPage:
        valid = services::SetupService::validateDistrict(answers.districtName);
        break;
    case UnitsPage:
        valid = services::SetupService::validateUnits(answers.units);
        break;
    case OfficerPage:
        valid = services::SetupService::validateOfficer(answers.officer, answers.officerUnitCode,
                                                        answers.units);
        break;
    default:
        break;
    }
    setProblem(currentId(), valid ? QString() : valid.error().message);
    return valid.has_value();
}

} // namespace lp::ui
