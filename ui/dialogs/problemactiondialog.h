// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The forms of the steps in a problem's life (ProblemFlow's actions): one dialog per step, all
// built on ProblemActionDialog. On OK a dialog calls ProblemService itself and closes only when
// the service accepts the step. A refusal — ProblemFlow's, a stale copy, a bad date, an empty
// field — is shown beside the field it names (the service's messages start with the field's
// label) or above the form, and nothing typed is touched. Date editors refuse nothing by
// themselves: the service judges the dates.
//
// Every editor has an objectName equal to its column, so tests fill a dialog without exec() and
// call submit().
#pragma once

#include <memory>

#include <QDialog>
#include <QStringList>

#include "core/domain/problem.h"
#include "core/domain/problemflow.h"
#include "core/result.h"
#include "ui/widgets/choices.h"

class QDate;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace lp::services {
class ProblemService;
}

namespace lp::ui {

class FormFeedback;
struct Session;

class ProblemActionDialog : public QDialog {
    Q_OBJECT
public:
    ~ProblemActionDialog() override;
    Q_DISABLE_COPY_MOVE(ProblemActionDialog)

    [[nodiscard]] domain::ProblemAction action() const { return m_action; }
    // Runs the step through ProblemService; true when it was accepted (the dialog is then
    // accepted too). A refusal keeps the dialog open with its message.
    bool submit();
    // The problem as given, and after an accepted submit() as the service left it.
    [[nodiscard]] const domain::Problem& problem() const { return m_problem; }
    // The refusal shown above the form (empty when none) and beside the field of `column`.
    [[nodiscard]] QString topMessage() const;
    [[nodiscard]] QString fieldMessage(const QString& column) const;

protected:
    ProblemActionDialog(Session& session, const domain::Problem& problem,
                        domain::ProblemAction action, QWidget* parent);

    // Adds a labelled row for `editor`, named `column`; `labels` are the field labels the
    // service's messages about it start with.
    void addRow(const QString& label, QWidget* editor, const QString& column,
                const QStringList& labels = {});
    // A date editor that starts on today and accepts any date.
    [[nodiscard]] QDateEdit* dateEditor(const QString& column) const;
    [[nodiscard]] QPlainTextEdit* textEditor(const QString& column) const;
    // Adds a line of explanation above the fields.
    void addNote(const QString& text);

    // Choices read from the database; a read failure is shown above the form.
    [[nodiscard]] QList<Choice> unitChoices() const;
    [[nodiscard]] QList<Choice> sectionChoices(const QString& unitId) const;
    [[nodiscard]] QList<Choice> officerChoices(const QString& unitId = {}) const;
    [[nodiscard]] QList<Choice> departmentChoices() const;

    // A field label as ProblemService and RecordChecks start their messages with it, translated
    // as they translate it (the service's own strings: no new text to translate here).
    [[nodiscard]] static QString serviceLabel(const char* label);
    [[nodiscard]] static QString checksLabel(const char* label);
    // The label a ProblemService message (its exact source text) starts with, as translated:
    // what comes before its colon.
    [[nodiscard]] static QString serviceMessageLabel(const char* message);

    [[nodiscard]] Session& session() const { return m_session; }
    [[nodiscard]] QDate today() const;

    virtual Result<domain::Problem> perform(services::ProblemService& service,
                                            const domain::Problem& problem) = 0;

private:
    void showReadError(const Error& error) const;
    // The column whose labels start `message`, the longest label first; empty when none does.
    [[nodiscard]] QString columnOf(const QString& message) const;

    Session& m_session;
    domain::Problem m_problem;
    domain::ProblemAction m_action;
    QFormLayout* m_form = nullptr;
    QLabel* m_top = nullptr;
    FormFeedback* m_feedback = nullptr;
    QList<std::pair<QString, QString>> m_labels; // label → column
};

// The form of `action` for `problem`; nullptr for Edit, which the ledger's own form does.
std::unique_ptr<ProblemActionDialog> createProblemActionDialog(Session& session,
                                                               const domain::Problem& problem,
                                                               domain::ProblemAction action,
                                                               QWidget* parent = nullptr);

} // namespace lp::ui
