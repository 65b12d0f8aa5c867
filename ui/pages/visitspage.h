// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The visits (走访): a windowed list, newest first, with its filter row, beside the visit form
// with its problems. Keyboard first: Ctrl+N a new visit (the enterprise picker focused),
// Ctrl+Shift+P a new problem block, Ctrl+S save, Ctrl+F search, Delete in the list deletes the
// visit (with its problems, while none is being handled). Print visit log builds the log of
// the unit and month on screen on a worker thread and previews it.
#pragma once

#include "core/reports/document.h"
#include "core/result.h"
#include "core/storage/ledgerfilters.h"
#include "ui/pages/page.h"

class QLabel;
class QTableView;

namespace lp::ui {

class VisitFilterBar;
class VisitForm;
class VisitListModel;
struct Session;

class VisitsPage final : public Page {
    Q_OBJECT
public:
    explicit VisitsPage(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(VisitsPage)

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon pageIcon() const override;
    void refresh() override;

    // Shows the visits of `filter` (the dashboard's click-throughs).
    void showFilter(const storage::VisitFilter& filter);
    void newVisit();
    // Checks and saves the form; true when saved. Issues stay on the form with what was typed.
    bool save();
    void removeSelected();
    void addProblem();
    // The visit log of the unit and month of the filter row, built on a worker thread; an error
    // (with a message for the user) when no single unit or month is chosen.
    [[nodiscard]] Result<reports::Document> buildVisitLog();
    void printVisitLog();

    [[nodiscard]] VisitListModel& model() { return *m_model; }
    [[nodiscard]] VisitForm& form() { return *m_form; }
    [[nodiscard]] QTableView& view() { return *m_view; }
    [[nodiscard]] VisitFilterBar& filterBar() { return *m_filterBar; }

private:
    void buildActions();
    void applyFilter();
    void showSelected();
    bool mayLeaveForm();
    void selectRecord(const QString& id);
    void showHistory(const QString& id);
    void updateCount(int total);

    Session& m_session;
    VisitFilterBar* m_filterBar = nullptr;
    VisitListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    VisitForm* m_form = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace lp::ui
