// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/visitspage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/reports/visitlog.h"
#include "core/services/changehub.h"
#include "core/services/visitservice.h"
#include "core/storage/database.h"
#include "core/storage/tables.h"
#include "core/storage/visitrepository.h"
#include "ui/dialogs/historydialog.h"
#include "ui/dialogs/reportpreviewdialog.h"
#include "ui/forms/visitform.h"
#include "ui/icons.h"
#include "ui/models/visitlistmodel.h"
#include "ui/pages/visitfilterbar.h"
#include "ui/prompts.h"
#include "ui/session.h"
#include "ui/taskrunner.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

VisitsPage::VisitsPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_filterBar(new VisitFilterBar(session, this))
    , m_model(
          new VisitListModel(session.database, m_filterBar->filter(), this, FirstLoad::OnReload))
{
    setObjectName(u"visitsPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString& text, const QString& name, auto slot) {
        auto* push = new QPushButton(text, this);
        push->setObjectName(name);
        connect(push, &QPushButton::clicked, this, slot);
        buttons->addWidget(push);
        return push;
    };
    const QList<QPushButton*> writing{
        button(tr("&New visit"), u"new"_s, &VisitsPage::newVisit),
        button(tr("&Save"), u"save"_s, [this] { save(); }),
        button(tr("&Delete"), u"delete"_s, &VisitsPage::removeSelected)};
    buttons->addStretch();
    button(tr("&Print visit log…"), u"printLog"_s, &VisitsPage::printVisitLog);
    if (session.database.isReadOnly()) {
        for (QPushButton* push : writing) {
            push->setEnabled(false);
            push->setToolTip(session.database.readOnlyReason());
        }
    }
    layout->addLayout(buttons);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterBar, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(u"count"_s);
    filterRow->addWidget(m_count);
    layout->addLayout(filterRow);

    auto* splitter = new QSplitter(this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(u"list"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(VisitListModel::Date, 95);
    m_view->setColumnWidth(VisitListModel::Unit, 70);
    m_view->setColumnWidth(VisitListModel::Enterprise, 220);
    m_view->setColumnWidth(VisitListModel::Problems, 60);
    auto* scroll = new QScrollArea(splitter);
    m_form = new VisitForm(session, scroll);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    buildActions();
    connect(m_filterBar, &VisitFilterBar::filterChanged, this, &VisitsPage::applyFilter);
    connect(m_model, &VisitListModel::totalChanged, this, &VisitsPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VisitsPage::showSelected);
    connect(m_form, &VisitForm::historyRequested, this, &VisitsPage::showHistory);
    connect(&session.changes, &services::ChangeHub::recordsChanged, m_model,
            &VisitListModel::onRecordsChanged);
    connect(&session.changes, &services::ChangeHub::recordsChanged, this,
            [this](const QString& table) {
                namespace tables = storage::tables;
                if (table == tables::units().name || table == tables::officers().name ||
                    table == tables::problemCategories().name) {
                    m_form->reloadChoices();
                    m_filterBar->reloadChoices();
                }
            });
    updateCount(m_model->rowCount());
}

void VisitsPage::buildActions()
{
    const auto shortcut = [this](const QKeySequence& keys, QWidget* scope, auto slot) {
        auto* action = new QAction(scope);
        action->setShortcut(keys);
        action->setShortcutContext(scope == this ? Qt::WidgetWithChildrenShortcut
                                                 : Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        scope->addAction(action);
    };
    shortcut(QKeySequence::New, this, &VisitsPage::newVisit);
    shortcut(QKeySequence::Save, this, [this] { save(); });
    shortcut(QKeySequence::Find, this, [this] { m_filterBar->focusSearch(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, &VisitsPage::addProblem);
    shortcut(QKeySequence::Delete, m_view, &VisitsPage::removeSelected);
}

QString VisitsPage::title() const
{
    return tr("Visits");
}

QIcon VisitsPage::pageIcon() const
{
    return icon(Icon::Visits);
}

void VisitsPage::refresh()
{
    m_filterBar->reloadChoices();
    m_form->reloadChoices();
    m_model->reload();
}

void VisitsPage::showFilter(const storage::VisitFilter& filter)
{
    m_filterBar->setFilter(filter); // emits filterChanged, which applies it
}

void VisitsPage::applyFilter()
{
    m_model->setFilter(m_filterBar->filter());
    m_view->scrollToTop();
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
}

void VisitsPage::updateCount(int total)
{
    m_count->setText(tr("%n visit(s)", nullptr, total));
}

void VisitsPage::showSelected()
{
    const QString id = m_view->currentIndex().data(VisitListModel::IdRole).toString();
    if (id.isEmpty() || id == m_form->draft().visit.id || !mayLeaveForm())
        return;
    if (auto loaded = m_form->loadVisit(id); !loaded)
        m_session.prompts.warn(this, tr("Visit"), loaded.error().message);
}

void VisitsPage::selectRecord(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->setCurrentIndex(index);
    m_view->selectRow(row);
    m_view->scrollTo(index);
}

bool VisitsPage::mayLeaveForm()
{
    return !m_form->isModified() ||
           m_session.prompts.confirm(this, tr("Discard the changes?"),
                                     tr("What you changed in the visit is not saved. Discard it?"));
}

void VisitsPage::newVisit()
{
    if (m_session.database.isReadOnly() || !mayLeaveForm())
        return;
    m_view->clearSelection();
    m_form->newVisit();
    m_form->focusFirstField();
}

void VisitsPage::addProblem()
{
    if (!m_session.database.isReadOnly())
        m_form->addProblem();
}

bool VisitsPage::save()
{
    if (m_session.database.isReadOnly())
        return false;
    services::VisitService service(m_session.database, m_session.actor(), &m_session.changes);
    const services::VisitDraft draft = m_form->draft();
    auto checked = service.check(services::VisitService::normalized(draft));
    if (!checked) {
        m_session.prompts.warn(this, tr("Not saved"), checked.error().message);
        return false;
    }
    services::FieldIssues issues = m_form->ownIssues() + *checked;
    m_form->showIssues(issues);
    if (!issues.isEmpty()) {
        m_form->focusFirstIssue();
        return false;
    }
    auto saved = service.save(draft);
    if (!saved) {
        m_session.prompts.warn(this, tr("Not saved"), saved.error().message);
        return false;
    }
    // Read back: the problems being handled, left out of the draft, are shown again.
    if (auto loaded = m_form->loadVisit(saved->visit.id); !loaded)
        m_form->setDraft(*saved);
    selectRecord(saved->visit.id);
    return true;
}

void VisitsPage::removeSelected()
{
    if (m_session.database.isReadOnly())
        return;
    const QString id = m_view->currentIndex().data(VisitListModel::IdRole).toString();
    if (id.isEmpty())
        return;
    auto visit = storage::VisitRepository(m_session.database.connection()).findById(id);
    if (!visit || !visit->has_value()) {
        m_session.prompts.warn(this, tr("Not deleted"),
                               visit ? tr("The visit is no longer there.") : visit.error().message);
        return;
    }
    if (!m_session.prompts.confirm(this, tr("Delete the visit?"),
                                   tr("The visit and the problems found on it go to the recycle "
                                      "bin.")))
        return;
    services::VisitService service(m_session.database, m_session.actor(), &m_session.changes);
    if (auto removed = service.remove(**visit); !removed) {
        m_session.prompts.warn(this, tr("Not deleted"), removed.error().message);
        return;
    }
    m_form->newVisit();
}

Result<reports::Document> VisitsPage::buildVisitLog()
{
    const QString unitId = m_filterBar->unitId();
    if (unitId.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("A visit log is kept per unit: choose the unit in the filter row first."));
    const QDate month = m_filterBar->month();
    if (!month.isValid())
        return fail(ErrorCode::InvalidInput,
                    tr("A visit log covers one month: tick Month and choose it first."));
    storage::Database& database = m_session.database;
    const QString district = m_session.districtName;
    return runTaskFor<reports::Document>(this, tr("Preparing the visit log…"), [&](TaskControl&) {
        return reports::VisitLog::load(database, unitId, month, district);
    });
}

void VisitsPage::printVisitLog()
{
    auto document = buildVisitLog();
    if (!document) {
        if (document.error().code == ErrorCode::InvalidInput)
            m_session.prompts.inform(this, tr("Visit log"), document.error().message);
        else if (document.error().code != ErrorCode::Cancelled)
            m_session.prompts.warn(this, tr("Visit log"), document.error().message);
        return;
    }
    ReportPreviewDialog dialog(*document, m_session.prompts, this);
    dialog.exec();
}

void VisitsPage::showHistory(const QString& id)
{
    if (id.isEmpty())
        return;
    HistoryDialog dialog(m_session, storage::tables::visits(), id,
                         tr("Visit of %1").arg(m_form->draft().visit.date.toString(Qt::ISODate)),
                         this);
    dialog.exec();
}

} // namespace lp::ui
