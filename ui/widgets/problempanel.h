// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The problem shown beside the problem ledger: its details, its trail in date order and the
// steps that may be taken on it. Every step's button is enabled only when ProblemFlow allows the
// step; a disabled button's tooltip says why, and a line under the buttons lists every step not
// available with its reason, so nobody has to hover to find out. A step opens its form
// (problemactiondialog.h), which calls ProblemService itself.
//
// The panel keeps itself current: it listens to the session's ChangeHub and reloads the shown
// problem when it, its trail or the names it shows are written, by anyone.
#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QWidget>

#include "core/domain/problemflow.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace lp::reports {
class VisitNames;
}

namespace lp::ui {

class ProblemActionBar;
struct ProblemRecord;
struct Session;

class ProblemPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ProblemPanel(Session& session, QWidget* parent = nullptr);
    ~ProblemPanel() override;
    Q_DISABLE_COPY_MOVE(ProblemPanel)

    // Shows the problem `id`; an empty id, or one that no longer exists, clears the panel.
    void showProblem(const QString& id);
    // The problem shown, empty when none.
    [[nodiscard]] QString problemId() const;
    // The problem shown as last read, nullopt when none.
    [[nodiscard]] std::optional<domain::Problem> problem() const;

    // Opens the form of `action` for the problem shown (modal) and shows the problem as it is
    // afterwards; emits problemChanged when the step was taken.
    void perform(domain::ProblemAction action);
    void showHistory();
    void printTransferLetter();
    // The order numbered `number`, or the latest one.
    void printSupervisionOrder(std::optional<domain::DocumentNumber> number = std::nullopt);

    // The button of a step (Start … Reopen), for the window and tests.
    [[nodiscard]] QPushButton* actionButton(domain::ProblemAction action) const;
    // "Not possible now:" and a line per step not available with its reason; empty when all are.
    [[nodiscard]] QString whyNotText() const;

Q_SIGNALS:
    // A step taken from the panel wrote the shown problem.
    void problemChanged(const QString& id);

private:
    QWidget* buildDetails();
    void reload();
    void loadNames();
    void showRecord();
    void recordsChanged(const QString& table, const QStringList& ids);
    QLabel* addDetail(const QString& label, const QString& name);

    Session& m_session;
    QString m_id;
    std::unique_ptr<ProblemRecord> m_record;
    std::unique_ptr<reports::VisitNames> m_names;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_heading = nullptr;
    QHash<QString, QLabel*> m_details; // objectName → value label
    QLabel* m_trail = nullptr;
    ProblemActionBar* m_actions = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace lp::ui
