// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The dashboard (工作台): the first page leaders open in meetings. Every number opens the list
// it counts, through problemsRequested or visitsRequested.
//
// Threading: the facts are computed on the page's own one-thread pool (its connection is the
// pool thread's, with a page cache large enough to keep what the computation reads, closed when
// the page and its pool go) and delivered to the UI thread by a
// QFutureWatcher, so typing never waits for them. Announced writes restart a short debounce and
// then a computation; during one, or while the page is hidden, they only mark the facts dirty,
// and the page computes again when the running one ends or when it is shown. The destructor
// waits for a running computation.
#pragma once

#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>

#include "core/result.h"
#include "core/services/dashboard.h"
#include "core/storage/ledgerfilters.h"
#include "ui/pages/page.h"

class QLabel;

namespace lp::ui {

class DashboardChart;
class LinkTable;
struct Session;

class DashboardPage final : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(Session& session, QWidget* parent = nullptr);
    ~DashboardPage() override;
    Q_DISABLE_COPY_MOVE(DashboardPage)

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon pageIcon() const override;
    // Computes again when something changed while hidden, or the day turned.
    void refresh() override;
    // Computes again now (or as soon as the running computation ends).
    void recompute();

    [[nodiscard]] bool isLoading() const;
    // The facts shown; empty (default) until the first computation arrives.
    [[nodiscard]] const services::DashboardFacts& facts() const { return m_facts; }

    // The tables, also found by their object names: dashboardDeadlines, dashboardTriage,
    // dashboardCadence, dashboardFlagged, dashboardMonths (under the chart dashboardChart).
    [[nodiscard]] LinkTable& deadlinesTable() { return *m_deadlines; }
    [[nodiscard]] LinkTable& triageTable() { return *m_triage; }
    [[nodiscard]] LinkTable& cadenceTable() { return *m_cadence; }
    [[nodiscard]] LinkTable& flaggedTable() { return *m_flagged; }
    [[nodiscard]] DashboardChart& chart() { return *m_chart; }

Q_SIGNALS:
    void problemsRequested(const lp::storage::ProblemFilter& filter);
    void visitsRequested(const lp::storage::VisitFilter& filter);
    // After the page shows newly computed facts.
    void factsShown();

private:
    void buildLayout();
    void start();
    void finished();
    void recordsChanged(const QString& table);
    void showFacts(const services::DashboardFacts& facts);
    void updateHeader();

    Session& m_session;
    QThreadPool m_pool;
    QFutureWatcher<Result<services::DashboardFacts>> m_watcher;
    QTimer m_debounce;
    bool m_dirty = false;
    bool m_computing = false; // from start() until finished() has shown the result
    services::DashboardFacts m_facts;
    QString m_updatedAt;
    QString m_error;
    QLabel* m_header = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_supervision = nullptr;
    QLabel* m_flaggedTitle = nullptr;
    LinkTable* m_deadlines = nullptr;
    LinkTable* m_triage = nullptr;
    LinkTable* m_cadence = nullptr;
    LinkTable* m_flagged = nullptr;
    DashboardChart* m_chart = nullptr;
    QWidget* m_content = nullptr;
};

} // namespace lp::ui
