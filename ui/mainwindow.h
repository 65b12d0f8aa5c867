// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window is a shell: a sidebar of the pages that work, the pages in a stack, the menus
// and the status bar (database file, read-only state, current officer). It builds actions and
// pages and delegates to them; the AppController decides what happens to settings, files and
// languages.
#pragma once

#include <QList>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace lp::storage {
struct ProblemFilter;
struct VisitFilter;
} // namespace lp::storage

namespace lp::ui {

class DashboardPage;
class DataPage;
class ProblemsPage;
class VisitsPage;
class Page;
struct Session;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    [[nodiscard]] int currentPage() const;
    void showPage(int index);
    [[nodiscard]] QStringList pageTitles() const;
    // Reloads the page shown and the status bar; the others reload when shown.
    void refresh();
    // Opens the problem ledger, or the visits, with `filter`.
    void showProblems(const storage::ProblemFilter& filter);
    void showVisits(const storage::VisitFilter& filter);
    [[nodiscard]] DashboardPage& dashboard() { return *m_dashboard; }
    [[nodiscard]] ProblemsPage& problemsPage() { return *m_problemsPage; }
    [[nodiscard]] VisitsPage& visitsPage() { return *m_visitsPage; }

Q_SIGNALS:
    void settingsRequested();
    void openDatabaseRequested();
    void databaseReplaced();

private:
    void addPage(Page* page);
    void buildMenus();
    void updateStatus();
    void showTestPage();

    Session& m_session;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Page*> m_pages;
    DashboardPage* m_dashboard = nullptr;
    DataPage* m_dataPage = nullptr;
    ProblemsPage* m_problemsPage = nullptr;
    VisitsPage* m_visitsPage = nullptr;
    QLabel* m_statusFile = nullptr;
    QLabel* m_statusReadOnly = nullptr;
    QLabel* m_statusOfficer = nullptr;
};

} // namespace lp::ui
