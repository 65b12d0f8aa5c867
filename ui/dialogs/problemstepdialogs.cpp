// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/problemstepdialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

#include "core/services/problemservice.h"
#include "ui/session.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

QString currentOfficerId(const Session& session)
{
    return session.officer ? session.officer->id : QString();
}

} // namespace

MeasureDialog::MeasureDialog(Session& session, const domain::Problem& problem, QWidget* parent)
    : ProblemActionDialog(session, problem, domain::ProblemAction::AddMeasure, parent)
{
    m_date = dateEditor(u"taken_on"_s);
    addRow(tr("&Date:"), m_date, u"taken_on"_s, {serviceLabel("Measure date")});
    m_content = textEditor(u"content"_s);
    m_content->setPlaceholderText(tr("What was done to solve the problem"));
    addRow(tr("&Measure:"), m_content, u"content"_s,
           {serviceMessageLabel("Measure: describe what was done.")});
    m_officer = new QComboBox;
    setChoices(m_officer, officerChoices(), tr("(not an officer: name who did it below)"));
    choose(m_officer, currentOfficerId(session));
    addRow(tr("Done &by officer:"), m_officer, u"officer_id"_s, {serviceLabel("Done by")});
    m_doneBy = new QLineEdit;
    m_doneBy->setPlaceholderText(tr("A department or a person, when not an officer"));
    addRow(tr("Done by &others:"), m_doneBy, u"done_by"_s);
}

Result<domain::Problem> MeasureDialog::perform(services::ProblemService& service,
                                               const domain::Problem& problem)
{
    domain::Measure measure;
    measure.takenOn = m_date->date();
    measure.content = m_content->toPlainText();
    measure.officerId = chosenId(m_officer);
    measure.doneBy = m_doneBy->text();
    return service.addMeasure(problem, measure);
}

ResultDialog::ResultDialog(Session& session, const domain::Problem& problem, QWidget* parent)
    : ProblemActionDialog(session, problem, domain::ProblemAction::RecordResult, parent)
{
    m_result = textEditor(u"result"_s);
    m_result->setPlaceholderText(tr("How the problem was solved or answered"));
    addRow(tr("&Result:"), m_result, u"result"_s,
           {serviceMessageLabel("Result: say how the problem was solved or answered.")});
    m_date = dateEditor(u"result_on"_s);
    addRow(tr("&Date:"), m_date, u"result_on"_s, {serviceLabel("Result date")});
}

Result<domain::Problem> ResultDialog::perform(services::ProblemService& service,
                                              const domain::Problem& problem)
{
    return service.recordResult(problem, m_result->toPlainText(), m_date->date());
}

FeedbackDialog::FeedbackDialog(Session& session, const domain::Problem& problem, QWidget* parent)
    : ProblemActionDialog(session, problem, domain::ProblemAction::RecordFeedback, parent)
{
    addNote(tr("Satisfied or basically satisfied lets the problem be closed; not satisfied sends "
               "it back to be handled again."));
    m_date = dateEditor(u"given_on"_s);
    addRow(tr("&Date:"), m_date, u"given_on"_s, {serviceLabel("Feedback date")});
    m_manner = new QComboBox;
    for (domain::FeedbackManner manner : domain::allFeedbackManners())
        m_manner->addItem(domain::ProblemNames::displayName(manner), static_cast<int>(manner));
    addRow(tr("&Manner:"), m_manner, u"manner"_s);
    m_satisfaction = new QComboBox;
    for (domain::Satisfaction satisfaction : domain::allSatisfactions())
        m_satisfaction->addItem(domain::ProblemNames::displayName(satisfaction),
                                static_cast<int>(satisfaction));
    addRow(tr("&Satisfaction:"), m_satisfaction, u"satisfaction"_s);
    m_content = textEditor(u"content"_s);
    m_content->setPlaceholderText(tr("What the enterprise was told and what it said"));
    addRow(tr("&Feedback:"), m_content, u"content"_s,
           {serviceMessageLabel("Feedback: write what the enterprise was told and what it said.")});
    m_officer = new QComboBox;
    setChoices(m_officer, officerChoices(), tr("(not recorded)"));
    choose(m_officer, currentOfficerId(session));
    addRow(tr("Given &by:"), m_officer, u"officer_id"_s, {serviceLabel("Feedback given by")});
}

Result<domain::Problem> FeedbackDialog::perform(services::ProblemService& service,
                                                const domain::Problem& problem)
{
    domain::Feedback feedback;
    feedback.givenOn = m_date->date();
    feedback.manner = static_cast<domain::FeedbackManner>(m_manner->currentData().toInt());
    feedback.satisfaction =
        static_cast<domain::Satisfaction>(m_satisfaction->currentData().toInt());
    feedback.content = m_content->toPlainText();
    feedback.officerId = chosenId(m_officer);
    return service.recordFeedback(problem, feedback);
}

CloseDialog::CloseDialog(Session& session, const domain::Problem& problem, QWidget* parent)
    : ProblemActionDialog(session, problem, domain::ProblemAction::Close, parent)
{
    addNote(tr("Closing (销号) ends the problem: it was solved and the enterprise is satisfied."));
    m_date = dateEditor(u"closed_on"_s);
    addRow(tr("Closed &on:"), m_date, u"closed_on"_s, {serviceLabel("Closing date")});
}

Result<domain::Problem> CloseDialog::perform(services::ProblemService& service,
                                             const domain::Problem& problem)
{
    return service.close(problem, m_date->date());
}

ReopenDialog::ReopenDialog(Session& session, const domain::Problem& problem, QWidget* parent)
    : ProblemActionDialog(session, problem, domain::ProblemAction::Reopen, parent)
{
    addNote(tr("Reopening sends the problem back to be handled again (to its department, when "
               "it was transferred); its closing date is cleared."));
}

Result<domain::Problem> ReopenDialog::perform(services::ProblemService& service,
                                              const domain::Problem& problem)
{
    return service.reopen(problem);
}

} // namespace lp::ui
