// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/visitform.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/officerrepository.h"
#include "core/storage/problemrepository.h"
#include "core/storage/unitrepository.h"
#include "core/storage/visitrepository.h"
#include "ui/forms/problemblock.h"
#include "ui/forms/problemrowseditor.h"
#include "ui/session.h"
#include "ui/widgets/choices.h"
#include "ui/widgets/enterprisepicker.h"
#include "ui/widgets/formfeedback.h"
#include "ui/widgets/officerpicker.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

bool sameProblems(const QList<domain::Problem>& a, const QList<domain::Problem>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const domain::Problem& x = a[i];
        const domain::Problem& y = b[i];
        if (x.id != y.id || x.categoryId != y.categoryId || x.description != y.description ||
            x.request != y.request || x.triage != y.triage ||
            x.partnerUnitIds != y.partnerUnitIds || x.deadline != y.deadline)
            return false;
    }
    return true;
}

} // namespace

VisitForm::VisitForm(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_feedback(new FormFeedback(this))
{
    buildLayout();
    reloadChoices();
    newVisit();
}

void VisitForm::buildLayout()
{
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    outer->addLayout(form);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"formHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    form->addRow(m_heading);

    m_date = new QDateEdit(this);
    m_date->setObjectName(u"visitDate"_s);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setCalendarPopup(true);
    form->addRow(tr("&Date:"), m_date);
    m_feedback->addField(u"visit_date"_s, m_date, form);

    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"unit"_s);
    form->addRow(tr("&Unit:"), m_unit);
    m_feedback->addField(u"unit_id"_s, m_unit, form);

    m_enterprise = new EnterprisePicker(m_session.database, this);
    m_enterprise->setObjectName(u"enterprise"_s);
    form->addRow(tr("&Enterprise:"), m_enterprise);
    m_feedback->addField(u"enterprise_id"_s, m_enterprise->lineEdit(), form);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"reason"_s);
    for (domain::VisitReason reason : domain::allVisitReasons())
        m_reason->addItem(domain::VisitReasonNames::displayName(reason),
                          domain::visitReasonCode(reason));
    form->addRow(tr("&Reason:"), m_reason);

    m_metName = new QLineEdit(this);
    m_metName->setObjectName(u"metName"_s);
    form->addRow(tr("Person &met:"), m_metName);
    m_metRole = new QLineEdit(this);
    m_metRole->setObjectName(u"metRole"_s);
    m_metRole->setPlaceholderText(tr("e.g. HR manager"));
    form->addRow(tr("Their r&ole:"), m_metRole);

    m_officers = new OfficerPicker(this);
    m_officers->setObjectName(u"officers"_s);
    form->addRow(tr("O&fficers:"), m_officers);
    m_feedback->addField(u"officers"_s, m_officers->list(), form);

    m_content = new QPlainTextEdit(this);
    m_content->setObjectName(u"content"_s);
    m_content->setTabChangesFocus(true);
    m_content->setMinimumHeight(m_content->fontMetrics().height() * 4);
    m_content->setMaximumHeight(m_content->fontMetrics().height() * 9 + 12);
    form->addRow(tr("&Content:"), m_content);
    m_feedback->addField(u"content"_s, m_content, form);

    auto* summary = new QLabel(this);
    summary->setObjectName(u"visitIssues"_s);
    summary->setWordWrap(true);
    summary->setStyleSheet(u"color: #c62828;"_s);
    form->addRow(summary);
    m_feedback->setSummaryLabel(summary);

    m_problems = new ProblemRowsEditor(m_session, this);
    m_problems->setObjectName(u"problems"_s);
    outer->addWidget(m_problems);
    auto* buttons = new QHBoxLayout;
    m_addProblem = new QPushButton(tr("Add &problem (Ctrl+Shift+P)"), this);
    m_addProblem->setObjectName(u"addProblem"_s);
    m_history = new QPushButton(tr("Change &history…"), this);
    m_history->setObjectName(u"history"_s);
    buttons->addWidget(m_addProblem);
    buttons->addStretch();
    buttons->addWidget(m_history);
    outer->addLayout(buttons);
    outer->addStretch(1);

    connect(m_addProblem, &QPushButton::clicked, this, &VisitForm::addProblem);
    connect(m_problems, &ProblemRowsEditor::blocksChanged, this, &VisitForm::updateTabOrder);
    connect(m_history, &QPushButton::clicked, this,
            [this] { Q_EMIT historyRequested(m_loaded.visit.id); });
    connect(m_date, &QDateEdit::dateChanged, this,
            [this](const QDate& date) { m_problems->setVisit(date, chosenId(m_unit)); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        m_problems->setVisit(m_date->date(), chosenId(m_unit));
        loadOfficerChoices(m_officers->checkedIds());
    });
}

void VisitForm::reloadChoices()
{
    QList<Choice> units;
    auto read = storage::UnitRepository(m_session.database.connection()).listActive();
    for (const auto& unit : read.value_or(QList<domain::Unit>()))
        units.append({unit.id, unit.name});
    setChoices(m_unit, units);
    m_problems->reloadChoices();
    loadOfficerChoices(m_officers->checkedIds());
}

void VisitForm::loadOfficerChoices(const QStringList& keep)
{
    // The unit's active officers, and those to keep (an officer of another unit may go along,
    // and one who has left stays on the visits he made).
    const QString unitId = chosenId(m_unit);
    auto all = storage::OfficerRepository(m_session.database.connection()).listAll();
    QList<Choice> choices;
    for (const auto& officer : all.value_or(QList<domain::Officer>())) {
        if ((officer.unitId == unitId && officer.active) || keep.contains(officer.id))
            choices.append({officer.id, tr("%1 (%2)").arg(officer.name, officer.code)});
    }
    m_officers->setOfficers(choices);
}

void VisitForm::newVisit()
{
    services::VisitDraft draft;
    draft.visit.date = m_session.clock.today();
    if (m_session.officer) {
        draft.visit.unitId = m_session.officer->unitId;
        draft.visit.officerIds = {m_session.officer->id};
    } else {
        draft.visit.unitId = chosenId(m_unit);
    }
    setDraft(draft);
}

Result<void> VisitForm::loadVisit(const QString& id)
{
    auto connection = m_session.database.connection();
    auto visit = storage::VisitRepository(connection).findById(id);
    if (!visit)
        return fail(visit.error());
    if (!visit->has_value())
        return fail(ErrorCode::NotFound, tr("The visit is no longer there; it may have been "
                                            "deleted meanwhile."));
    auto problems = storage::ProblemRepository(connection).listForVisit(id);
    if (!problems)
        return fail(problems.error());
    setDraft({**visit, *problems});
    return {};
}

void VisitForm::setDraft(const services::VisitDraft& draft)
{
    m_loaded = draft;
    const domain::Visit& visit = draft.visit;
    m_date->setDate(visit.date.isValid() ? visit.date : m_session.clock.today());
    choose(m_unit, visit.unitId);
    m_enterprise->setEnterpriseId(visit.enterpriseId);
    choose(m_reason, domain::visitReasonCode(visit.reason));
    m_metName->setText(visit.metName);
    m_metRole->setText(visit.metRole);
    loadOfficerChoices(visit.officerIds);
    m_officers->setCheckedIds(visit.officerIds);
    m_officers->filterEdit()->clear();
    m_content->setPlainText(visit.content);
    m_problems->setVisit(m_date->date(), chosenId(m_unit));
    m_problems->setProblems(draft.problems);
    m_history->setEnabled(!visit.id.isEmpty());
    m_feedback->clear();
    m_problems->showIssues({});
    // What the form shows is the baseline "unchanged" is measured against.
    m_loaded = this->draft();
    m_loaded.visit.version = visit.version;
    updateHeading();
}

services::VisitDraft VisitForm::draft() const
{
    services::VisitDraft draft;
    domain::Visit& visit = draft.visit;
    visit.id = m_loaded.visit.id;
    visit.version = m_loaded.visit.version;
    visit.date = m_date->date();
    visit.unitId = chosenId(m_unit);
    visit.enterpriseId = m_enterprise->enterpriseId();
    visit.reason = domain::visitReasonFromCode(m_reason->currentData().toString())
                       .value_or(domain::VisitReason::Routine);
    visit.metName = m_metName->text();
    visit.metRole = m_metRole->text();
    visit.officerIds = m_officers->checkedIds();
    visit.content = m_content->toPlainText();
    draft.problems = m_problems->problems();
    return draft;
}

bool VisitForm::isModified() const
{
    const services::VisitDraft now = services::VisitService::normalized(draft());
    const services::VisitDraft was = services::VisitService::normalized(m_loaded);
    QStringList nowOfficers = now.visit.officerIds;
    QStringList wasOfficers = was.visit.officerIds;
    nowOfficers.sort();
    wasOfficers.sort();
    return now.visit.date != was.visit.date || now.visit.unitId != was.visit.unitId ||
           now.visit.enterpriseId != was.visit.enterpriseId ||
           now.visit.reason != was.visit.reason || now.visit.metName != was.visit.metName ||
           now.visit.metRole != was.visit.metRole || nowOfficers != wasOfficers ||
           now.visit.content != was.visit.content || !sameProblems(now.problems, was.problems);
}

services::FieldIssues VisitForm::ownIssues() const
{
    return m_problems->ownIssues();
}

void VisitForm::showIssues(const services::FieldIssues& issues)
{
    services::FieldIssues visitIssues;
    for (const services::FieldIssue& issue : issues) {
        if (!issue.field.startsWith(u"problem."_s))
            visitIssues.append(issue);
    }
    m_feedback->show(visitIssues);
    m_problems->showIssues(issues);
}

QString VisitForm::message(const QString& field) const
{
    return field.startsWith(u"problem."_s) ? m_problems->message(field)
                                           : m_feedback->message(field);
}

bool VisitForm::focusFirstIssue()
{
    return m_feedback->focusFirstIssue() || m_problems->focusFirstIssue();
}

void VisitForm::focusFirstField()
{
    m_enterprise->setFocus(Qt::ShortcutFocusReason);
}

void VisitForm::addProblem()
{
    m_problems->addProblem();
}

void VisitForm::updateTabOrder()
{
    QWidget* previous = m_content;
    for (int i = 0; i < m_problems->blockCount(); ++i) {
        for (QWidget* editor : m_problems->block(i)->editors()) {
            QWidget::setTabOrder(previous, editor);
            previous = editor;
        }
    }
    QWidget::setTabOrder(previous, m_addProblem);
    QWidget::setTabOrder(m_addProblem, m_history);
}

void VisitForm::updateHeading()
{
    m_heading->setText(isNew() ? tr("New visit")
                               : tr("Visit of %1").arg(m_date->date().toString(Qt::ISODate)));
}

} // namespace lp::ui
