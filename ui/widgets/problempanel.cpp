// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/problempanel.h"

#include <QFormLayout>
#include <QLabel>
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
#include "ui/widgets/problemactionbar.h"
#include "ui/widgets/problemdetails.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

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
    m_actions = new ProblemActionBar;
    column->addWidget(m_actions);
    connect(m_actions, &ProblemActionBar::actionRequested, this, &ProblemPanel::perform);
    connect(m_actions, &ProblemActionBar::historyRequested, this, &ProblemPanel::showHistory);
    connect(m_actions, &ProblemActionBar::transferLetterRequested, this,
            &ProblemPanel::printTransferLetter);
    connect(m_actions, &ProblemActionBar::supervisionOrderRequested, this,
            &ProblemPanel::printSupervisionOrder);
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
    m_actions->showFor(m_record.get(), m_session.database.isReadOnly()
                                           ? m_session.database.readOnlyReason()
                                           : QString());
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

QPushButton* ProblemPanel::actionButton(domain::ProblemAction action) const
{
    return m_actions->button(action);
}

QString ProblemPanel::whyNotText() const
{
    return m_actions->whyNotText();
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
