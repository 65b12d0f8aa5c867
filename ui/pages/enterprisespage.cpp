// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/enterprisespage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/clock.h"
#include "core/reports/contactpointcard.h"
#include "core/reports/enterpriseroster.h"
#include "core/services/changehub.h"
#include "core/services/enterpriseservice.h"
#include "core/storage/contactpointrepository.h"
#include "core/storage/database.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/tables.h"
#include "ui/dialogs/historydialog.h"
#include "ui/dialogs/recyclebindialog.h"
#include "ui/dialogs/reportpreviewdialog.h"
#include "ui/forms/enterpriseform.h"
#include "ui/icons.h"
#include "ui/models/enterpriselistmodel.h"
#include "ui/pages/enterprisefilterbar.h"
#include "ui/pages/enterpriseimportflow.h"
#include "ui/prompts.h"
#include "ui/session.h"
#include "ui/taskrunner.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

EnterprisesPage::EnterprisesPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_model(new EnterpriseListModel(session.database, this, FirstLoad::OnReload))
    , m_filterBar(new EnterpriseFilterBar(session, this))
{
    setObjectName(u"enterprisesPage"_s);
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
        button(tr("&New"), u"new"_s, &EnterprisesPage::newRecord),
        button(tr("&Save"), u"save"_s, [this] { save(); }),
        button(tr("&Delete"), u"delete"_s, &EnterprisesPage::removeSelected),
        button(tr("Recycle &bin…"), u"recycleBin"_s, &EnterprisesPage::showRecycleBin)};
    buttons->addStretch();
    auto* import = button(tr("&Import roster…"), u"import"_s, &EnterprisesPage::importRoster);
    if (session.database.isReadOnly()) {
        // A write-protected file is read and printed; nothing offers to change it.
        for (QPushButton* push : writing)
            push->setEnabled(false);
        import->setEnabled(false);
        const QString why = session.database.readOnlyReason();
        for (QPushButton* push : writing)
            push->setToolTip(why);
        import->setToolTip(why);
    }
    button(tr("&Print roster…"), u"printRoster"_s, &EnterprisesPage::printRoster);
    button(tr("Contact-point &card…"), u"printCard"_s, &EnterprisesPage::printContactPointCard);
    layout->addLayout(buttons);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterBar, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(u"count"_s);
    filterRow->addWidget(m_count);
    layout->addLayout(filterRow);

    m_undoBar = new QWidget(this);
    auto* undo = new QHBoxLayout(m_undoBar);
    undo->setContentsMargins(0, 0, 0, 0);
    m_undoText = new QLabel(m_undoBar);
    auto* undoButton = new QPushButton(tr("&Undo"), m_undoBar);
    undoButton->setObjectName(u"undo"_s);
    connect(undoButton, &QPushButton::clicked, this, &EnterprisesPage::undoRemove);
    undo->addWidget(m_undoText, 1);
    undo->addWidget(undoButton);
    m_undoBar->hide();
    layout->addWidget(m_undoBar);

    auto* splitter = new QSplitter(this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(u"list"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->setColumnWidth(0, 240);
    m_view->setColumnWidth(1, 170);
    auto* scroll = new QScrollArea(splitter);
    m_form = new EnterpriseForm(session, scroll);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    buildActions();
    connect(m_filterBar, &EnterpriseFilterBar::filterChanged, this, &EnterprisesPage::applyFilter);
    connect(m_model, &EnterpriseListModel::totalChanged, this, &EnterprisesPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EnterprisesPage::showSelected);
    connect(m_form, &EnterpriseForm::historyRequested, this, &EnterprisesPage::showHistory);
    connect(&session.changes, &services::ChangeHub::recordsChanged, m_model,
            &EnterpriseListModel::onRecordsChanged);
    connect(&session.changes, &services::ChangeHub::recordsChanged, this,
            [this](const QString& table) {
                if (table != storage::tables::enterprises().name) {
                    m_form->reloadChoices();
                    m_filterBar->reloadChoices();
                }
            });
    updateCount(m_model->rowCount());
}

void EnterprisesPage::buildActions()
{
    const auto shortcut = [this](const QKeySequence& keys, QWidget* scope, auto slot) {
        auto* action = new QAction(scope);
        action->setShortcut(keys);
        action->setShortcutContext(scope == this ? Qt::WidgetWithChildrenShortcut
                                                 : Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        scope->addAction(action);
    };
    shortcut(QKeySequence::New, this, &EnterprisesPage::newRecord);
    shortcut(QKeySequence::Save, this, [this] { save(); });
    shortcut(QKeySequence::Find, this, [this] { m_filterBar->focusSearch(); });
    shortcut(QKeySequence::Delete, m_view, &EnterprisesPage::removeSelected);
}

QString EnterprisesPage::title() const
{
    return tr("Enterprises");
}

QIcon EnterprisesPage::pageIcon() const
{
    return icon(Icon::Enterprises);
}

void EnterprisesPage::refresh()
{
    m_filterBar->reloadChoices();
    m_form->reloadChoices();
    m_model->reload();
}

void EnterprisesPage::applyFilter()
{
    m_model->setFilter(m_filterBar->filter());
    m_view->scrollToTop();
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
}

void EnterprisesPage::updateCount(int total)
{
    m_count->setText(tr("%n enterprise(s)", nullptr, total));
}

void EnterprisesPage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.data(EnterpriseListModel::IdRole).toString();
    if (id.isEmpty() || id == m_form->record().id || !mayLeaveForm())
        return;
    auto record = storage::EnterpriseRepository(m_session.database.connection()).findById(id);
    if (!record || !record->has_value())
        return;
    m_form->setRecord(**record);
}

void EnterprisesPage::selectRecord(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool EnterprisesPage::mayLeaveForm()
{
    return !m_form->isModified() ||
           m_session.prompts.confirm(this, tr("Discard the changes?"),
                                     tr("What you changed in the form is not saved. Discard it?"));
}

void EnterprisesPage::newRecord()
{
    if (m_session.database.isReadOnly() || !mayLeaveForm())
        return;
    m_view->clearSelection();
    m_form->setRecord({});
    m_form->focusName();
}

bool EnterprisesPage::save()
{
    if (m_session.database.isReadOnly())
        return false;
    services::EnterpriseService service(m_session.database, m_session.actor(), &m_session.changes);
    const domain::Enterprise record = services::EnterpriseService::normalized(m_form->record());
    auto issues = service.check(record);
    if (!issues) {
        m_session.prompts.warn(this, tr("Not saved"), issues.error().message);
        return false;
    }
    m_form->showIssues(*issues);
    if (!issues->isEmpty())
        return false;
    auto saved = service.save(m_form->record());
    if (!saved) {
        m_session.prompts.warn(this, tr("Not saved"), saved.error().message);
        return false;
    }
    m_form->setRecord(*saved);
    selectRecord(saved->id);
    return true;
}

void EnterprisesPage::removeSelected()
{
    if (m_session.database.isReadOnly())
        return;
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.data(EnterpriseListModel::IdRole).toString();
    if (id.isEmpty())
        return;
    const QString name = m_model->index(current.row(), 0).data().toString();
    services::EnterpriseService service(m_session.database, m_session.actor(), &m_session.changes);
    auto removed = service.remove(id, current.data(EnterpriseListModel::VersionRole).toInt());
    if (!removed) {
        m_session.prompts.warn(this, tr("Not deleted"), removed.error().message);
        return;
    }
    m_removedId = id;
    m_removedVersion = removed->version;
    m_undoText->setText(tr("\"%1\" was moved to the recycle bin.").arg(name));
    m_undoBar->show();
    m_form->setRecord({});
}

void EnterprisesPage::undoRemove()
{
    if (m_removedId.isEmpty())
        return;
    services::EnterpriseService service(m_session.database, m_session.actor(), &m_session.changes);
    auto restored = service.restore(m_removedId, m_removedVersion);
    if (!restored) {
        m_session.prompts.warn(this, tr("Not restored"), restored.error().message);
        return;
    }
    const QString id = m_removedId;
    m_removedId.clear();
    m_undoBar->hide();
    selectRecord(id);
}

void EnterprisesPage::showRecycleBin()
{
    if (RecycleBinDialog::run(m_session, storage::tables::enterprises(), this))
        m_model->reload();
}

void EnterprisesPage::showHistory(const QString& id)
{
    HistoryDialog dialog(m_session, storage::tables::enterprises(), id, m_form->record().name,
                         this);
    dialog.exec();
}

void EnterprisesPage::importRoster()
{
    EnterpriseImportFlow flow(m_session, this);
    flow.run();
}

void EnterprisesPage::printRoster()
{
    const reports::RosterFacts facts{m_session.districtName, m_session.clock.today(),
                                     m_filterBar->description()};
    storage::EnterpriseFilter filter = m_filterBar->filter();
    filter.sortColumn = m_model->filter().sortColumn;
    filter.ascending = m_model->filter().ascending;
    auto document =
        runTaskFor<reports::Document>(this, tr("Preparing the roster…"), [&](TaskControl& control) {
            return reports::EnterpriseRoster::load(m_session.database, filter, facts, &control);
        });
    if (!document) {
        if (document.error().code != ErrorCode::Cancelled)
            m_session.prompts.warn(this, tr("Roster"), document.error().message);
        return;
    }
    ReportPreviewDialog dialog(*document, m_session.prompts, this);
    dialog.exec();
}

void EnterprisesPage::printContactPointCard()
{
    const QString pointId = m_filterBar->filter().contactPointId;
    if (pointId.isEmpty()) {
        m_session.prompts.inform(this, tr("Contact-point card"),
                                 tr("Choose a contact point in the filter bar first; its card "
                                    "lists its members and the enterprises it serves."));
        return;
    }
    auto point = storage::ContactPointRepository(m_session.database.connection()).findById(pointId);
    if (!point || !point->has_value())
        return;
    auto document =
        reports::ContactPointCard::load(m_session.database, (*point)->code, m_session.districtName);
    if (!document) {
        m_session.prompts.warn(this, tr("Contact-point card"), document.error().message);
        return;
    }
    ReportPreviewDialog dialog(*document, m_session.prompts, this);
    dialog.exec();
}

} // namespace lp::ui
