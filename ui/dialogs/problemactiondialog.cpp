// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/problemactiondialog.h"

#include <algorithm>

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/clock.h"
#include "core/services/problemservice.h"
#include "core/storage/database.h"
#include "core/storage/officerrepository.h"
#include "core/storage/problemlistsrepository.h"
#include "core/storage/sectionrepository.h"
#include "core/storage/unitrepository.h"
#include "ui/dialogs/problemhandlingdialogs.h"
#include "ui/dialogs/problemstepdialogs.h"
#include "ui/session.h"
#include "ui/widgets/formfeedback.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

ProblemActionDialog::ProblemActionDialog(Session& session, const domain::Problem& problem,
                                         domain::ProblemAction action, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_problem(problem)
    , m_action(action)
{
    setWindowTitle(
        tr("%1 — problem %2").arg(domain::ProblemFlow::actionName(action), problem.number));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* heading =
        new QLabel(tr("Problem %1: %2").arg(problem.number, problem.description.left(120)), this);
    heading->setObjectName(u"heading"_s);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);

    m_top = new QLabel(this);
    m_top->setObjectName(u"error"_s);
    m_top->setWordWrap(true);
    m_top->setTextFormat(Qt::PlainText);
    m_top->setStyleSheet(u"color: #c62828;"_s);
    layout->addWidget(m_top);
    m_feedback = new FormFeedback(this);
    m_feedback->setSummaryLabel(m_top);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(domain::ProblemFlow::actionName(action));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ProblemActionDialog::~ProblemActionDialog() = default;

bool ProblemActionDialog::submit()
{
    services::ProblemService service(m_session.database, m_session.actor(), &m_session.changes);
    Result<domain::Problem> done = perform(service, m_problem);
    if (!done) {
        const QString column = columnOf(done.error().message);
        m_feedback->show({services::FieldIssue{column, done.error()}});
        m_feedback->focusFirstIssue();
        return false;
    }
    m_feedback->clear();
    m_problem = *done;
    QDialog::accept();
    return true;
}

QString ProblemActionDialog::topMessage() const
{
    return m_top->isHidden() ? QString() : m_top->text();
}

QString ProblemActionDialog::fieldMessage(const QString& column) const
{
    return m_feedback->message(column);
}

void ProblemActionDialog::addRow(const QString& label, QWidget* editor, const QString& column,
                                 const QStringList& labels)
{
    editor->setObjectName(column);
    m_form->addRow(label, editor);
    m_feedback->addField(column, editor, m_form);
    for (const QString& text : labels)
        m_labels.append({text, column});
    std::stable_sort(m_labels.begin(), m_labels.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

QDateEdit* ProblemActionDialog::dateEditor(const QString& column) const
{
    auto* edit = new QDateEdit(today());
    edit->setObjectName(column);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    return edit;
}

QPlainTextEdit* ProblemActionDialog::textEditor(const QString& column) const
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(column);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(80);
    return edit;
}

void ProblemActionDialog::addNote(const QString& text)
{
    auto* note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(note);
}

QList<Choice> ProblemActionDialog::unitChoices() const
{
    QList<Choice> choices;
    auto units = storage::UnitRepository(m_session.database.connection()).listActive();
    if (!units) {
        showReadError(units.error());
        return choices;
    }
    for (const auto& unit : std::as_const(*units))
        choices.append({unit.id, unit.name});
    return choices;
}

QList<Choice> ProblemActionDialog::sectionChoices(const QString& unitId) const
{
    QList<Choice> choices;
    if (unitId.isEmpty())
        return choices;
    auto sections = storage::SectionRepository(m_session.database.connection()).list(unitId);
    if (!sections) {
        showReadError(sections.error());
        return choices;
    }
    for (const auto& section : std::as_const(*sections))
        choices.append({section.id, section.name});
    return choices;
}

QList<Choice> ProblemActionDialog::officerChoices(const QString& unitId) const
{
    QList<Choice> choices;
    auto officers = storage::OfficerRepository(m_session.database.connection()).listActive();
    if (!officers) {
        showReadError(officers.error());
        return choices;
    }
    for (const auto& officer : std::as_const(*officers)) {
        if (unitId.isEmpty() || officer.unitId == unitId)
            choices.append({officer.id, officer.name});
    }
    return choices;
}

QList<Choice> ProblemActionDialog::departmentChoices() const
{
    QList<Choice> choices;
    auto departments =
        storage::ProblemListsRepository(m_session.database.connection()).departments();
    if (!departments) {
        showReadError(departments.error());
        return choices;
    }
    for (const auto& department : std::as_const(*departments)) {
        if (department.active)
            choices.append({department.id, department.name});
    }
    return choices;
}

QString ProblemActionDialog::serviceLabel(const char* label)
{
    return QCoreApplication::translate("ProblemService", label);
}

QString ProblemActionDialog::checksLabel(const char* label)
{
    return QCoreApplication::translate("RecordChecks", label);
}

QString ProblemActionDialog::serviceMessageLabel(const char* message)
{
    const QString text = serviceLabel(message);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u':' || text[i] == u'\uFF1A')
            return text.left(i);
    }
    return {};
}

QDate ProblemActionDialog::today() const
{
    return m_session.clock.today();
}

void ProblemActionDialog::showReadError(const Error& error) const
{
    m_top->setText(error.message);
    m_top->show();
}

QString ProblemActionDialog::columnOf(const QString& message) const
{
    for (const auto& [label, column] : m_labels) {
        if (!label.isEmpty() && message.startsWith(label))
            return column;
    }
    return {};
}

std::unique_ptr<ProblemActionDialog> createProblemActionDialog(Session& session,
                                                               const domain::Problem& problem,
                                                               domain::ProblemAction action,
                                                               QWidget* parent)
{
    using domain::ProblemAction;
    switch (action) {
    case ProblemAction::Start:
        return std::make_unique<StartDialog>(session, problem, parent);
    case ProblemAction::Transfer:
        return std::make_unique<TransferDialog>(session, problem, parent);
    case ProblemAction::IssueSupervision:
        return std::make_unique<SupervisionDialog>(session, problem, parent);
    case ProblemAction::AddMeasure:
        return std::make_unique<MeasureDialog>(session, problem, parent);
    case ProblemAction::RecordResult:
        return std::make_unique<ResultDialog>(session, problem, parent);
    case ProblemAction::RecordFeedback:
        return std::make_unique<FeedbackDialog>(session, problem, parent);
    case ProblemAction::Close:
        return std::make_unique<CloseDialog>(session, problem, parent);
    case ProblemAction::Reopen:
        return std::make_unique<ReopenDialog>(session, problem, parent);
    case ProblemAction::Edit:
        return nullptr;
    }
    return nullptr;
}

} // namespace lp::ui
