// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The problem ledger (问题台账): the filter bar, the windowed list with its count, and on the
// right the selected problem's panel with the actions on it (ProblemPanel). The three
// lists of work system 2 export with the filter the ledger shows, built on a worker thread.
// Keyboard: Ctrl+F searches, the arrow keys move through the list.
#pragma once

#include "core/reports/problemlists.h"
#include "core/storage/ledgerfilters.h"
#include "ui/pages/page.h"

class QLabel;
class QTableView;
class QToolButton;

namespace lp {
struct TaskControl;
}

namespace lp::ui {

class ProblemFilterBar;
class ProblemPanel;
class ProblemLedgerModel;
struct Session;

class ProblemsPage final : public Page {
    Q_OBJECT
public:
    explicit ProblemsPage(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProblemsPage)

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon pageIcon() const override;
    void refresh() override;

    // Shows `filter` in the bar and the list (the dashboard's click-through).
    void showFilter(const storage::ProblemFilter& filter);
    // Selects the problem when the filter shows it; false otherwise.
    bool selectProblem(const QString& id);
    [[nodiscard]] QString currentProblemId() const { return m_currentId; }

    // The list of `kind` with the current filter, built on the calling thread.
    [[nodiscard]] Result<reports::Document> exportDocument(reports::ProblemListKind kind,
                                                           TaskControl* control = nullptr) const;
    // Builds it on a worker thread with progress and Cancel, then opens the preview.
    void exportList(reports::ProblemListKind kind);

    [[nodiscard]] ProblemLedgerModel& model() { return *m_model; }
    [[nodiscard]] QTableView& view() { return *m_view; }
    [[nodiscard]] ProblemFilterBar& filterBar() { return *m_filterBar; }
    [[nodiscard]] ProblemPanel& panel() { return *m_panel; }

Q_SIGNALS:
    // The problem selected in the list; empty when none.
    void currentProblemChanged(const QString& id);

private:
    void applyFilter();
    void updateCount(int total);
    void currentRowChanged();
    void restoreSelection();

    Session& m_session;
    ProblemLedgerModel* m_model = nullptr;
    ProblemFilterBar* m_filterBar = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_export = nullptr;
    ProblemPanel* m_panel = nullptr;
    QString m_currentId;
};

} // namespace lp::ui
