// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/problemblock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>

#include "ui/widgets/formfeedback.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

ProblemBlock::ProblemBlock(const QList<Choice>& categories, QWidget* parent)
    : QGroupBox(parent)
    , m_feedback(new FormFeedback(this))
{
    setObjectName(u"problemBlock"_s);
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_state = new QLabel(this);
    m_state->setObjectName(u"problemState"_s);
    m_state->setWordWrap(true);
    form->addRow(m_state);

    m_category = new QComboBox(this);
    m_category->setObjectName(u"category"_s);
    setChoices(m_category, categories, tr("(choose a category)"));
    form->addRow(tr("&Category:"), m_category);
    m_feedback->addField(u"category_id"_s, m_category, form);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"description"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 3 + 12);
    form->addRow(tr("Description:"), m_description);
    m_feedback->addField(u"description"_s, m_description, form);

    m_request = new QLineEdit(this);
    m_request->setObjectName(u"request"_s);
    m_request->setPlaceholderText(tr("What the enterprise asks for"));
    form->addRow(tr("Request:"), m_request);

    m_triage = new QComboBox(this);
    m_triage->setObjectName(u"triage"_s);
    m_triage->addItem(tr("(decide later)"), QString());
    for (domain::Triage triage : domain::allTriages())
        m_triage->addItem(domain::ProblemNames::displayName(triage), domain::triageCode(triage));
    form->addRow(tr("Triage:"), m_triage);

    m_partners = new QListWidget(this);
    m_partners->setObjectName(u"partners"_s);
    m_partners->setMaximumHeight(m_partners->fontMetrics().height() * 4 + 12);
    form->addRow(tr("Coordinate with:"), m_partners);
    m_feedback->addField(u"partner_units"_s, m_partners, form);

    m_deadline = new QLineEdit(this);
    m_deadline->setObjectName(u"deadline"_s);
    m_deadline->setToolTip(tr("YYYY-MM-DD; leave empty for the category's time limit"));
    form->addRow(tr("Deadline:"), m_deadline);
    m_feedback->addField(u"deadline"_s, m_deadline, form);

    m_remove = new QPushButton(tr("Remove this problem"), this);
    m_remove->setObjectName(u"removeProblem"_s);
    form->addRow(QString(), m_remove);

    auto* summary = new QLabel(this);
    summary->setObjectName(u"problemIssues"_s);
    summary->setWordWrap(true);
    summary->setStyleSheet(u"color: #c62828;"_s);
    form->addRow(summary);
    m_feedback->setSummaryLabel(summary);

    connect(m_remove, &QPushButton::clicked, this, &ProblemBlock::removeRequested);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT categoryChanged();
        Q_EMIT edited();
    });
    connect(m_triage, &QComboBox::currentIndexChanged, this, [this] {
        updateTriageRows();
        Q_EMIT edited();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProblemBlock::edited);
    connect(m_request, &QLineEdit::textEdited, this, &ProblemBlock::edited);
    connect(m_deadline, &QLineEdit::textEdited, this, &ProblemBlock::edited);
    connect(m_partners, &QListWidget::itemChanged, this, &ProblemBlock::edited);
    setProblem({});
}

void ProblemBlock::setProblem(const domain::Problem& problem)
{
    m_loaded = problem;
    m_editable = problem.status == domain::ProblemStatus::Registered;
    choose(m_category, problem.categoryId);
    m_description->setPlainText(problem.description);
    m_request->setText(problem.request);
    choose(m_triage, problem.triage ? domain::triageCode(*problem.triage) : QString());
    setCheckedIds(m_partners, problem.partnerUnitIds);
    m_deadline->setText(problem.deadline.isValid() ? problem.deadline.toString(Qt::ISODate)
                                                   : QString());
    // A saved problem changes its triage in the ledger (ProblemService), never here.
    for (QWidget* editor : QList<QWidget*>{m_category, m_description, m_request, m_deadline})
        editor->setEnabled(m_editable);
    m_triage->setEnabled(isNew());
    m_partners->setEnabled(isNew());
    m_remove->setVisible(isNew());
    if (isNew())
        m_state->hide();
    else {
        m_state->setText(m_editable ? tr("%1, registered.").arg(problem.number)
                                    : tr("%1, %2: being handled; change it in the problem ledger.")
                                          .arg(problem.number,
                                               domain::ProblemNames::displayName(problem.status)));
        m_state->show();
    }
    updateTriageRows();
}

domain::Problem ProblemBlock::problem() const
{
    domain::Problem problem = m_loaded;
    problem.categoryId = chosenId(m_category);
    problem.description = m_description->toPlainText();
    problem.request = m_request->text();
    if (isNew()) {
        problem.triage = domain::triageFromCode(m_triage->currentData().toString());
        problem.partnerUnitIds =
            problem.triage == domain::Triage::CrossUnit ? checkedIds(m_partners) : QStringList();
    }
    problem.deadline = QDate::fromString(m_deadline->text().trimmed(), Qt::ISODate);
    return problem;
}

void ProblemBlock::setPartnerChoices(const QList<Choice>& units)
{
    const QSignalBlocker blocker(m_partners);
    setCheckChoices(m_partners, units);
}

void ProblemBlock::setTitleNumber(int number)
{
    setTitle(tr("Problem %1").arg(number));
}

void ProblemBlock::setDefaultDeadline(const QDate& deadline)
{
    m_deadline->setPlaceholderText(
        deadline.isValid()
            ? tr("%1 (the category's time limit)").arg(deadline.toString(Qt::ISODate))
            : tr("YYYY-MM-DD, or empty for the category's time limit"));
}

QString ProblemBlock::deadlineProblem() const
{
    const QString text = m_deadline->text().trimmed();
    if (text.isEmpty() || QDate::fromString(text, Qt::ISODate).isValid())
        return {};
    return tr("%1: the deadline \"%2\" is not a date; write it as YYYY-MM-DD, or leave it "
              "empty for the category's time limit.")
        .arg(title(), text);
}

QList<QWidget*> ProblemBlock::editors() const
{
    return {m_category, m_description, m_request, m_triage, m_partners, m_deadline, m_remove};
}

QString ProblemBlock::categoryId() const
{
    return chosenId(m_category);
}

void ProblemBlock::focusCategory()
{
    m_category->setFocus(Qt::ShortcutFocusReason);
}

void ProblemBlock::updateTriageRows()
{
    auto* form = static_cast<QFormLayout*>(layout());
    const bool cross =
        m_triage->currentData().toString() == domain::triageCode(domain::Triage::CrossUnit);
    form->setRowVisible(m_partners, cross);
}

} // namespace lp::ui
