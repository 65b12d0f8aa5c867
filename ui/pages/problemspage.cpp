// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/problemspage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/services/changehub.h"
#include "core/storage/database.h"
#include "core/storage/tables.h"
#include "ui/dialogs/reportpreviewdialog.h"
#include "ui/icons.h"
#include "ui/models/problemledgermodel.h"
#include "ui/pages/problemfilterbar.h"
#include "ui/prompts.h"
#include "ui/session.h"
#include "ui/taskrunner.h"
#include "ui/widgets/problempanel.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

using reports::ProblemListKind;
using storage::LedgerColumn;

ProblemsPage::ProblemsPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_model(new ProblemLedgerModel(session.database, session.clock, this, FirstLoad::OnReload))
    , m_filterBar(new ProblemFilterBar(session, this))
{
    setObjectName(u"problemsPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filterBar, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(u"count"_s);
    top->addWidget(m_count);
    m_export = new QToolButton(this);
    m_export->setObjectName(u"export"_s);
    m_export->setText(tr("&Export"));
    m_export->setToolTip(tr("The three lists of the problems the filter shows"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    const QList<std::pair<ProblemListKind, QString>> kinds{
        {ProblemListKind::Problems, u"exportProblems"_s},
        {ProblemListKind::Measures, u"exportMeasures"_s},
        {ProblemListKind::Feedback, u"exportFeedback"_s}};
    for (const auto& [kind, name] : kinds) {
        QAction* action = menu->addAction(tr("%1…").arg(reports::ProblemLists::title(kind)));
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, kind = kind] { exportList(kind); });
    }
    m_export->setMenu(menu);
    top->addWidget(m_export);
    layout->addLayout(top);

    auto* splitter = new QSplitter(this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(u"list"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(int(LedgerColumn::FoundOn), Qt::DescendingOrder);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(90);
    m_view->setColumnWidth(int(LedgerColumn::Number), 120);
    m_view->setColumnWidth(int(LedgerColumn::Enterprise), 200);
    m_view->setColumnWidth(int(LedgerColumn::Description), 280);
    m_view->setColumnWidth(int(LedgerColumn::Responsible), 130);
    m_panel = new ProblemPanel(session, splitter);
    m_panel->setObjectName(u"detail"_s);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filterBar, &ProblemFilterBar::focusSearch);
    addAction(find);

    connect(this, &ProblemsPage::currentProblemChanged, m_panel, &ProblemPanel::showProblem);
    connect(m_filterBar, &ProblemFilterBar::filterChanged, this, &ProblemsPage::applyFilter);
    connect(m_model, &ProblemLedgerModel::totalChanged, this, &ProblemsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsPage::restoreSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProblemsPage::currentRowChanged);
    connect(&session.changes, &services::ChangeHub::recordsChanged, m_model,
            &ProblemLedgerModel::onRecordsChanged);
    connect(&session.changes, &services::ChangeHub::recordsChanged, this,
            [this](const QString& table) {
                if (table == storage::tables::units().name ||
                    table == storage::tables::problemCategories().name)
                    m_filterBar->reloadChoices();
            });
    // The rows are counted when the page is first shown (refresh), not with the window.
}

QString ProblemsPage::title() const
{
    return tr("Problems");
}

QIcon ProblemsPage::pageIcon() const
{
    return icon(Icon::Problems);
}

void ProblemsPage::refresh()
{
    m_filterBar->reloadChoices();
    m_model->setFilter(m_filterBar->filter());
}

void ProblemsPage::showFilter(const storage::ProblemFilter& filter)
{
    m_filterBar->setFilter(filter);
    applyFilter();
}

void ProblemsPage::applyFilter()
{
    m_model->setFilter(m_filterBar->filter());
    m_view->scrollToTop();
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
}

void ProblemsPage::updateCount(int total)
{
    m_count->setText(tr("%n problem(s)", nullptr, total));
}

void ProblemsPage::currentRowChanged()
{
    const QString id = m_view->currentIndex().data(ProblemLedgerModel::IdRole).toString();
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentProblemChanged(id);
}

void ProblemsPage::restoreSelection()
{
    // A reload (a filter, a sort, a write elsewhere) keeps the problem selected if it still shows.
    if (m_currentId.isEmpty() || selectProblem(m_currentId))
        return;
    m_currentId.clear();
    Q_EMIT currentProblemChanged({});
}

bool ProblemsPage::selectProblem(const QString& id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

Result<reports::Document> ProblemsPage::exportDocument(ProblemListKind kind,
                                                       TaskControl* control) const
{
    const storage::ProblemFilter& filter = m_model->filter();
    const auto facts = reports::ProblemLists::factsOf(m_session.districtName, filter);
    return reports::ProblemLists::load(m_session.database, kind, facts, filter, control);
}

void ProblemsPage::exportList(ProblemListKind kind)
{
    // Copied here: the window keeps handling events (a reload) while the worker reads.
    const storage::ProblemFilter filter = m_model->filter();
    const auto facts = reports::ProblemLists::factsOf(m_session.districtName, filter);
    storage::Database& database = m_session.database;
    auto document = runTaskFor<reports::Document>(
        this, tr("Preparing the list…"), [&database, kind, facts, filter](TaskControl& control) {
            return reports::ProblemLists::load(database, kind, facts, filter, &control);
        });
    if (!document) {
        if (document.error().code != ErrorCode::Cancelled)
            m_session.prompts.warn(this, reports::ProblemLists::title(kind),
                                   document.error().message);
        return;
    }
    ReportPreviewDialog dialog(*document, m_session.prompts, this);
    dialog.exec();
}

} // namespace lp::ui
