// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

#include "core/clock.h"
#include "core/reports/fontcheck.h"
#include "core/reports/testpage.h"
#include "core/storage/database.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/reportpreviewdialog.h"
#include "ui/icons.h"
#include "ui/pages/contactpointspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/datapage.h"
#include "ui/pages/enterprisespage.h"
#include "ui/pages/officerspage.h"
#include "ui/pages/parkspage.h"
#include "ui/pages/problemlistspage.h"
#include "ui/pages/problemspage.h"
#include "ui/pages/unitspage.h"
#include "ui/pages/visitspage.h"
#include "ui/prompts.h"
#include "ui/session.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setWindowIcon(icon(Icon::App));
    setWindowTitle(m_session.districtName.isEmpty()
                       ? tr("LinkPoint")
                       : tr("%1 — LinkPoint").arg(m_session.districtName));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(180);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_dashboard = new DashboardPage(m_session, m_stack);
    addPage(m_dashboard);
    // The first page shown: its facts are counted on a worker while the other pages are built.
    m_dashboard->refresh();
    m_visitsPage = new VisitsPage(m_session, m_stack);
    addPage(m_visitsPage);
    m_problemsPage = new ProblemsPage(m_session, m_stack);
    addPage(m_problemsPage);
    addPage(new EnterprisesPage(m_session, m_stack));
    addPage(new ContactPointsPage(m_session, m_stack));
    addPage(new ParksPage(m_session, m_stack));
    addPage(new UnitsPage(m_session, m_stack));
    addPage(new OfficersPage(m_session, m_stack));
    addPage(new CategoriesPage(m_session, m_stack));
    addPage(new DepartmentsPage(m_session, m_stack));
    m_dataPage = new DataPage(m_session, m_stack);
    addPage(m_dataPage);
    connect(m_dataPage, &DataPage::databaseReplaced, this, &MainWindow::databaseReplaced);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    // Every number on the dashboard opens the list it counts.
    connect(m_dashboard, &DashboardPage::problemsRequested, this, &MainWindow::showProblems);
    connect(m_dashboard, &DashboardPage::visitsRequested, this, &MainWindow::showVisits);

    m_statusFile = new QLabel(this);
    m_statusFile->setObjectName(u"statusFile"_s);
    m_statusReadOnly = new QLabel(this);
    m_statusReadOnly->setObjectName(u"statusReadOnly"_s);
    m_statusOfficer = new QLabel(this);
    m_statusOfficer->setObjectName(u"statusOfficer"_s);
    statusBar()->addWidget(m_statusFile, 1);
    statusBar()->addPermanentWidget(m_statusReadOnly);
    statusBar()->addPermanentWidget(m_statusOfficer);

    buildMenus();
    updateStatus();
    showPage(0);
    resize(1000, 680);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page* page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->pageIcon(), page->title(), m_sidebar);
    item->setSizeHint(QSize(0, 36));
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(icon(Icon::Open), tr("&Open database…"), this,
                                    &MainWindow::openDatabaseRequested);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* backUp =
        file->addAction(icon(Icon::Backup), tr("&Back up…"), m_dataPage, &DataPage::backUp);
    backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction* restore = file->addAction(icon(Icon::Restore), tr("&Restore a backup…"), m_dataPage,
                                       &DataPage::restore);
    restore->setEnabled(!m_session.database.isReadOnly());
    file->addSeparator();
    QAction* preferences = file->addAction(icon(Icon::Settings), tr("&Settings…"), this,
                                           &MainWindow::settingsRequested);
    // Not every desktop defines a Preferences key; Ctrl+, is the common one then.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferenceKeys.isEmpty())
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction* go = view->addAction(m_pages[i]->pageIcon(), m_pages[i]->title(), this,
                                      [this, i] { showPage(i); });
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction* reload = view->addAction(tr("&Reload"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(icon(Icon::About), tr("&About LinkPoint"), this, [this] {
        AboutDialog dialog(m_session.database.path(), this);
        dialog.exec();
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("Printer &test page…"), this, &MainWindow::showTestPage);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateStatus()
{
    m_statusFile->setText(QDir::toNativeSeparators(m_session.database.path()));
    m_statusFile->setToolTip(tr("The database file"));
    m_statusReadOnly->setVisible(m_session.database.isReadOnly());
    m_statusReadOnly->setText(tr("Read-only"));
    m_statusReadOnly->setToolTip(
        tr("Read-only because %1").arg(m_session.database.readOnlyReason()));
    m_statusOfficer->setText(m_session.officer ? tr("Officer: %1").arg(m_session.officer->name)
                                               : tr("No current officer"));
}

void MainWindow::showTestPage()
{
    auto fonts = reports::FontCheck::choose();
    if (!fonts) {
        m_session.prompts.warn(this, tr("Printer test page"), fonts.error().message);
        return;
    }
    reports::TestPageFacts facts{m_session.clock.today(), m_session.districtName,
                                 reports::OutputFormat::Pdf, reports::FontCheck::verify(*fonts)};
    ReportPreviewDialog dialog(reports::TestPage::build(facts), m_session.prompts, this);
    dialog.exec();
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_stack->setCurrentIndex(index);
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    m_pages[index]->refresh();
}

void MainWindow::showProblems(const storage::ProblemFilter& filter)
{
    showPage(int(m_pages.indexOf(m_problemsPage)));
    m_problemsPage->showFilter(filter);
}

void MainWindow::showVisits(const storage::VisitFilter& filter)
{
    showPage(int(m_pages.indexOf(m_visitsPage)));
    m_visitsPage->showFilter(filter);
}

QStringList MainWindow::pageTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_sidebar->count(); ++row)
        titles.append(m_sidebar->item(row)->text());
    return titles;
}

void MainWindow::refresh()
{
    // Every other page refreshes when it is shown (showPage).
    m_pages[currentPage()]->refresh();
    updateStatus();
}

} // namespace lp::ui
