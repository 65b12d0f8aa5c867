// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/problempanel.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "core/clock.h"
#include "core/reports/problemletters.h"
#include "core/reports/visitnames.h"
#include "core/services/changehub.h"
#include "core/storage/database.h"
#include "core/storage/tables.h"
#include "ui/dialogs/historydialog.h"
#include "ui/dialogs/problemactiondialog.h"
#include "ui/dialogs/reportpreviewdialog.h"
#include "ui/prompts.h"
#include "ui/session.h"
#include "ui/widgets/problemdetails.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

using domain::ProblemAction;

const QList<ProblemAction> kActions{ProblemAction::Start,        ProblemAction::Transfer,
                                    ProblemAction::AddMeasure,   ProblemAction::IssueSupervision,
                                    ProblemAction::RecordResult, ProblemAction::RecordFeedback,
                                    ProblemAction::Close,        ProblemAction::Reopen};

QString actionObjectName(ProblemAction action)
{
    switch (action) {
    case ProblemAction::Start:
        return u"start"_s;
    case ProblemAction::Transfer:
        return u"transfer"_s;
    case ProblemAction::AddMeasure:
        return u"addMeasure"_s;
    case ProblemAction::IssueSupervision:
        return u"issueSupervision"_s;
    case ProblemAction::RecordResult:
        return u"recordResult"_s;
    case ProblemAction::RecordFeedback:
        return u"recordFeedback"_s;
    case ProblemAction::Close:
        return u"close"_s;
    case ProblemAction::Reopen:
        return u"reopen"_s;
    case ProblemAction::Edit:
        return u"edit"_s;
    }
    return {};
}

// Tables whose records the panel names: a change reloads the names.
bool namesTable(const QString& table)
{
    using namespace storage::tables;
    return table == units().name || table == sections().name || table == officers().name ||
           table == problemCategories().name || table == departments().name;
}

bool trailTable(const QString& table)
{
    using namespace storage::tables;
    return table == measures().name || table == feedback().name || table == transfers().name ||
           table == supervisionOrders().name || table == problemUnits().name;
}

QLabel* valueLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProblemPanel::ProblemPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_empty = new QLabel(tr("Choose a problem in the list to see it here."));
    m_empty->setObjectName(u"empty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    m_heading = new QLabel;
    m_heading->setObjectName(u"heading"_s);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    column->addWidget(m_heading);
    column->addWidget(buildActions());
    column->addWidget(buildDetails());
    column->addStretch(1);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    loadNames();
    reload();
    connect(&m_session.changes, &services::ChangeHub::recordsChanged, this,
            &ProblemPanel::recordsChanged);
}

ProblemPanel::~ProblemPanel() = default;

QWidget* ProblemPanel::buildActions()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    int at = 0;
    auto place = [&](QPushButton* button) {
        grid->addWidget(button, at / 2, at % 2);
        ++at;
    };
    for (ProblemAction action : kActions) {
        auto* button = new QPushButton(domain::ProblemFlow::actionName(action));
        button->setObjectName(actionObjectName(action));
        connect(button, &QPushButton::clicked, this, [this, action] { perform(action); });
        m_actions.insert(action, button);
        place(button);
    }
    m_history = new QPushButton(tr("History"));
    m_history->setObjectName(u"history"_s);
    connect(m_history, &QPushButton::clicked, this, &ProblemPanel::showHistory);
    place(m_history);
    m_transferLetter = new QPushButton(tr("Transfer letter…"));
    m_transferLetter->setObjectName(u"printTransferLetter"_s);
    connect(m_transferLetter, &QPushButton::clicked, this, &ProblemPanel::printTransferLetter);
    place(m_transferLetter);
    m_supervisionOrder = new QPushButton(tr("Supervision order…"));
    m_supervisionOrder->setObjectName(u"printSupervisionOrder"_s);
    connect(m_supervisionOrder, &QPushButton::clicked, this, [this] { printSupervisionOrder(); });
    place(m_supervisionOrder);
    layout->addLayout(grid);

    m_whyNot = new QLabel;
    m_whyNot->setObjectName(u"whyNot"_s);
    m_whyNot->setWordWrap(true);
    m_whyNot->setTextFormat(Qt::PlainText);
    m_whyNot->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_whyNot->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_whyNot->setFont(small);
    layout->addWidget(m_whyNot);
    return box;
}

QLabel* ProblemPanel::addDetail(const QString& label, const QString& name)
{
    QLabel* value = valueLabel(name);
    m_form->addRow(label, value);
    m_details.insert(name, value);
    return value;
}

QWidget* ProblemPanel::buildDetails()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addDetail(tr("Status:"), u"status"_s);
    addDetail(tr("Deadline:"), u"deadline"_s);
    addDetail(tr("Enterprise:"), u"enterprise"_s);
    addDetail(tr("Visiting unit:"), u"unit"_s);
    addDetail(tr("Found on:"), u"foundOn"_s);
    addDetail(tr("Category:"), u"category"_s);
    addDetail(tr("Problem:"), u"description"_s);
    addDetail(tr("Request:"), u"request"_s);
    addDetail(tr("Triage:"), u"triage"_s);
    addDetail(tr("Responsible:"), u"responsible"_s);
    addDetail(tr("Result:"), u"result"_s);
    layout->addLayout(m_form);

    auto* trailTitle = new QLabel(tr("What has been done"));
    QFont bold = trailTitle->font();
    bold.setBold(true);
    trailTitle->setFont(bold);
    layout->addWidget(trailTitle);
    m_trail = new QLabel;
    m_trail->setObjectName(u"trail"_s);
    m_trail->setWordWrap(true);
    m_trail->setTextFormat(Qt::RichText);
    m_trail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_trail);
    return box;
}

void ProblemPanel::showProblem(const QString& id)
{
    m_id = id;
    reload();
}

QString ProblemPanel::problemId() const
{
    return m_record ? m_id : QString();
}

std::optional<domain::Problem> ProblemPanel::problem() const
{
    if (!m_record)
        return std::nullopt;
    return m_record->problem;
}

void ProblemPanel::loadNames()
{
    auto names = reports::VisitNames::load(m_session.database.connection());
    if (!names) {
        m_names = std::make_unique<reports::VisitNames>();
        m_empty->setText(names.error().message);
        return;
    }
    m_names = std::make_unique<reports::VisitNames>(std::move(*names));
}

void ProblemPanel::reload()
{
    m_record.reset();
    if (!m_id.isEmpty()) {
        auto loaded = ProblemDetails::load(m_session.database.connection(), m_id);
        if (!loaded) {
            m_empty->setText(loaded.error().message);
        } else if (loaded->has_value()) {
            m_record = std::make_unique<ProblemRecord>(std::move(**loaded));
        } else {
            m_empty->setText(tr("The problem no longer exists; it may have been deleted."));
        }
    } else {
        m_empty->setText(tr("Choose a problem in the list to see it here."));
    }
    showRecord();
    updateActions();
}

void ProblemPanel::showRecord()
{
    if (!m_record) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const domain::Problem& p = m_record->problem;
    const reports::VisitNames& names = *m_names;
    m_heading->setText(tr("Problem %1").arg(p.number));
    m_details[u"status"_s]->setText(domain::ProblemNames::displayName(p.status));
    const DeadlineState deadline = ProblemDetails::deadline(p, m_session.clock.today());
    QLabel* deadlineLabel = m_details[u"deadline"_s];
    deadlineLabel->setText(deadline.text);
    deadlineLabel->setStyleSheet(deadline.colour.isEmpty()
                                     ? QString()
                                     : u"color: %1; font-weight: bold;"_s.arg(deadline.colour));
    m_details[u"enterprise"_s]->setText(m_record->enterpriseName);
    m_details[u"unit"_s]->setText(names.unit(p.unitId));
    m_details[u"foundOn"_s]->setText(p.foundOn.toString(Qt::ISODate));
    m_details[u"category"_s]->setText(names.category(p.categoryId));
    m_details[u"description"_s]->setText(p.description);
    m_details[u"request"_s]->setText(p.request);
    m_details[u"triage"_s]->setText(ProblemDetails::triage(*m_record, names));
    m_details[u"responsible"_s]->setText(ProblemDetails::responsible(*m_record, names));
    m_details[u"result"_s]->setText(
        p.result.isEmpty() ? tr("Not yet")
                           : tr("%1 (%2)").arg(p.result, p.resultOn.toString(Qt::ISODate)));
    m_trail->setText(ProblemDetails::trailHtml(*m_record, names));
    m_stack->setCurrentIndex(1);
}

void ProblemPanel::updateActions()
{
    QStringList whyNot;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QPushButton* button = it.value();
        if (!m_record) {
            button->setEnabled(false);
            button->setToolTip({});
            continue;
        }
        Result<void> allowed = domain::ProblemFlow::check(m_record->problem, it.key());
        if (allowed && m_session.database.isReadOnly())
            allowed =
                fail(ErrorCode::ReadOnly,
                     tr("The file is open read-only: %1").arg(m_session.database.readOnlyReason()));
        button->setEnabled(allowed.has_value());
        button->setToolTip(allowed ? QString() : allowed.error().message);
        if (!allowed)
            whyNot.append(
                tr("• %1: %2")
                    .arg(domain::ProblemFlow::actionName(it.key()), allowed.error().message));
    }
    if (!whyNot.isEmpty())
        whyNot.prepend(tr("Not possible now:"));
    m_whyNot->setText(whyNot.join(u'\n'));
    m_whyNot->setVisible(!whyNot.isEmpty());

    m_history->setEnabled(m_record != nullptr);
    const bool transferred = m_record && !m_record->transfers.isEmpty();
    m_transferLetter->setEnabled(transferred);
    m_transferLetter->setToolTip(transferred ? tr("Preview and print the transfer letter (交办单)")
                                             : tr("The problem was never transferred."));
    const bool ordered = m_record && !m_record->orders.isEmpty();
    m_supervisionOrder->setEnabled(ordered);
    m_supervisionOrder->setToolTip(ordered ? tr("Preview and print a supervision order (督办单)")
                                           : tr("No supervision order has been issued."));
    delete m_supervisionOrder->menu();
    m_supervisionOrder->setMenu(nullptr);
    if (ordered && m_record->orders.size() > 1) {
        auto* menu = new QMenu(m_supervisionOrder);
        for (auto it = m_record->orders.crbegin(); it != m_record->orders.crend(); ++it) {
            const domain::DocumentNumber number = it->number;
            menu->addAction(
                tr("Order %1 of %2").arg(number.text(), it->issuedOn.toString(Qt::ISODate)), this,
                [this, number] { printSupervisionOrder(number); });
        }
        m_supervisionOrder->setMenu(menu);
    }
}

QPushButton* ProblemPanel::actionButton(domain::ProblemAction action) const
{
    return m_actions.value(action);
}

QString ProblemPanel::whyNotText() const
{
    return m_whyNot->text();
}

void ProblemPanel::perform(domain::ProblemAction action)
{
    if (!m_record)
        return;
    auto dialog = createProblemActionDialog(m_session, m_record->problem, action, this);
    if (!dialog)
        return;
    const QString id = m_record->problem.id;
    if (dialog->exec() != QDialog::Accepted)
        return;
    if (m_id == id)
        reload();
    Q_EMIT problemChanged(id);
}

void ProblemPanel::showHistory()
{
    if (!m_record)
        return;
    HistoryDialog dialog(m_session, storage::tables::problems(), m_record->problem.id,
                         m_record->problem.number, this);
    dialog.exec();
}

void ProblemPanel::printTransferLetter()
{
    if (!m_record)
        return;
    auto document = reports::ProblemLetters::transferLetter(m_session.database, m_record->problem);
    if (!document) {
        m_session.prompts.warn(this, tr("Transfer letter"), document.error().message);
        return;
    }
    ReportPreviewDialog dialog(*document, m_session.prompts, this);
    dialog.exec();
}

void ProblemPanel::printSupervisionOrder(std::optional<domain::DocumentNumber> number)
{
    if (!m_record)
        return;
    auto document =
        reports::ProblemLetters::supervisionOrder(m_session.database, m_record->problem, number);
    if (!document) {
        m_session.prompts.warn(this, tr("Supervision order"), document.error().message);
        return;
    }
    ReportPreviewDialog dialog(*document, m_session.prompts, this);
    dialog.exec();
}

void ProblemPanel::recordsChanged(const QString& table, const QStringList& ids)
{
    if (namesTable(table)) {
        loadNames();
        if (!m_id.isEmpty())
            reload();
        return;
    }
    if (m_id.isEmpty())
        return;
    const bool ours = ids.isEmpty() || ids.contains(m_id);
    if ((table == storage::tables::problems().name && ours) || trailTable(table) ||
        (table == storage::tables::enterprises().name && m_record &&
         (ids.isEmpty() || ids.contains(m_record->problem.enterpriseId))))
        reload();
}

} // namespace lp::ui
