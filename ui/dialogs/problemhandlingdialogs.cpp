// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/problemhandlingdialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QPlainTextEdit>

#include "core/services/problemservice.h"
#include "ui/session.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

// The days a supervision order gives by default, from its date of issue.
constexpr int kOrderDays = 7;

} // namespace

StartDialog::StartDialog(Session& session, const domain::Problem& problem, QWidget* parent)
    : ProblemActionDialog(session, problem, domain::ProblemAction::Start, parent)
{
    addNote(tr("Own unit: the visiting unit solves the problem. Cross-unit: it is coordinated "
               "with the political-legal units checked below. A problem for a district "
               "department is transferred instead."));
    m_triage = new QComboBox;
    for (domain::Triage triage : {domain::Triage::OwnUnit, domain::Triage::CrossUnit})
        m_triage->addItem(domain::ProblemNames::displayName(triage), static_cast<int>(triage));
    addRow(tr("&Triage:"), m_triage, u"triage"_s,
           {serviceMessageLabel("Triage: a problem for a district department is transferred (with "
                                "the department and the transfer letter), not started.")});

    m_partners = new QListWidget;
    m_partners->setMaximumHeight(110);
    QList<Choice> partners;
    const QList<Choice> units = unitChoices();
    for (const Choice& unit : units) {
        if (unit.id != problem.unitId)
            partners.append(unit);
    }
    setCheckChoices(m_partners, partners);
    setCheckedIds(m_partners, problem.partnerUnitIds);
    addRow(tr("Units to &coordinate with:"), m_partners, u"partner_units"_s,
           {serviceLabel("Units to coordinate with")});

    m_unit = new QComboBox;
    setChoices(m_unit, units);
    choose(m_unit,
           problem.responsibleUnitId.isEmpty() ? problem.unitId : problem.responsibleUnitId);
    addRow(tr("Responsible &unit:"), m_unit, u"responsible_unit_id"_s,
           {checksLabel("Responsible unit")});
    m_section = new QComboBox;
    addRow(tr("Responsible &section:"), m_section, u"responsible_section_id"_s,
           {checksLabel("Responsible section")});
    m_officer = new QComboBox;
    addRow(tr("Responsible &officer:"), m_officer, u"responsible_officer_id"_s,
           {checksLabel("Responsible officer")});
    unitChosen();
    choose(m_section, problem.responsibleSectionId);
    choose(m_officer, problem.responsibleOfficerId);

    auto crossUnit = [this] {
        m_partners->setEnabled(m_triage->currentData().toInt() ==
                               static_cast<int>(domain::Triage::CrossUnit));
    };
    if (problem.triage == domain::Triage::CrossUnit)
        m_triage->setCurrentIndex(1);
    crossUnit();
    connect(m_triage, &QComboBox::currentIndexChanged, this, crossUnit);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &StartDialog::unitChosen);
}

void StartDialog::unitChosen()
{
    const QString unitId = chosenId(m_unit);
    setChoices(m_section, sectionChoices(unitId), tr("(no section)"));
    setChoices(m_officer, officerChoices(unitId), tr("(no officer)"));
}

Result<domain::Problem> StartDialog::perform(services::ProblemService& service,
                                             const domain::Problem& problem)
{
    services::StartHandling how;
    how.triage = static_cast<domain::Triage>(m_triage->currentData().toInt());
    if (how.triage == domain::Triage::CrossUnit)
        how.partnerUnitIds = checkedIds(m_partners);
    how.responsibleUnitId = chosenId(m_unit);
    how.responsibleSectionId = chosenId(m_section);
    how.responsibleOfficerId = chosenId(m_officer);
    return service.start(problem, how);
}

TransferDialog::TransferDialog(Session& session, const domain::Problem& problem, QWidget* parent)
    : ProblemActionDialog(session, problem, domain::ProblemAction::Transfer, parent)
{
    addNote(tr("The problem is outside the political-legal remit: it goes to a district "
               "department with a transfer letter (交办单), numbered in the year of the transfer "
               "date, and is supervised until it is solved."));
    m_department = new QComboBox;
    setChoices(m_department, departmentChoices(), tr("(choose a department)"));
    addRow(tr("&Department:"), m_department, u"department_id"_s, {serviceLabel("Department")});
    m_date = dateEditor(u"transferred_on"_s);
    addRow(tr("Transfer &date:"), m_date, u"transferred_on"_s, {serviceLabel("Transfer date")});
    m_note = textEditor(u"note"_s);
    m_note->setPlaceholderText(tr("What the department is asked to do, and by when"));
    addRow(tr("&Requirement:"), m_note, u"note"_s);
}

Result<domain::Problem> TransferDialog::perform(services::ProblemService& service,
                                                const domain::Problem& problem)
{
    domain::Transfer transfer;
    transfer.departmentId = chosenId(m_department);
    transfer.transferredOn = m_date->date();
    transfer.note = m_note->toPlainText();
    return service.transfer(problem, transfer);
}

SupervisionDialog::SupervisionDialog(Session& session, const domain::Problem& problem,
                                     QWidget* parent)
    : ProblemActionDialog(session, problem, domain::ProblemAction::IssueSupervision, parent)
{
    addNote(tr("A supervision order (督办单) presses whoever handles the problem to solve it by "
               "its time limit; it gets the next number of its year."));
    m_trigger = new QComboBox;
    for (domain::SupervisionTrigger trigger :
         {domain::SupervisionTrigger::OnDemand, domain::SupervisionTrigger::Overdue})
        m_trigger->addItem(domain::ProblemNames::displayName(trigger), static_cast<int>(trigger));
    if (domain::ProblemFlow::isOverdue(problem, today()))
        m_trigger->setCurrentIndex(1);
    addRow(tr("R&eason:"), m_trigger, u"trigger"_s,
           {serviceMessageLabel("Reason: problem %1 is not overdue on %2 (its deadline is %3); "
                                "issue the order on demand instead.")});
    m_issuedOn = dateEditor(u"issued_on"_s);
    addRow(tr("Date of &issue:"), m_issuedOn, u"issued_on"_s, {serviceLabel("Date of issue")});
    m_timeLimit = dateEditor(u"time_limit"_s);
    m_timeLimit->setDate(today().addDays(kOrderDays));
    addRow(tr("&Time limit:"), m_timeLimit, u"time_limit"_s,
           {serviceMessageLabel("Time limit: give a date on or after the date of issue (%1).")});
    m_unit = new QComboBox;
    setChoices(m_unit, unitChoices());
    choose(m_unit, problem.unitId);
    addRow(tr("Supervising &unit:"), m_unit, u"unit_id"_s, {serviceLabel("Supervising unit")});
    m_requirement = textEditor(u"requirement"_s);
    addRow(tr("Re&quirement:"), m_requirement, u"requirement"_s,
           {serviceMessageLabel("Requirement: say what is to be done by the time limit.")});
}

Result<domain::Problem> SupervisionDialog::perform(services::ProblemService& service,
                                                   const domain::Problem& problem)
{
    domain::SupervisionOrder order;
    order.trigger = static_cast<domain::SupervisionTrigger>(m_trigger->currentData().toInt());
    order.issuedOn = m_issuedOn->date();
    order.timeLimit = m_timeLimit->date();
    order.unitId = chosenId(m_unit);
    order.requirement = m_requirement->toPlainText();
    return service.issueSupervision(problem, order);
}

} // namespace lp::ui
