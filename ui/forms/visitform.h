// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The visit form: the day, the visiting unit, the enterprise (picked by typing), why it was
// chosen, the person met, the officers, what was discussed, and the problems found (inline
// blocks). It shows a draft, gives back what is typed (never losing it) and shows each issue
// under its field; saving is the page's business. Keyboard order: day, unit, enterprise,
// reason, person met, role, officers, content, then each problem's fields; the page's
// add-problem shortcut appends a block and focuses its category.
#pragma once

#include <QWidget>

#include "core/services/fieldissue.h"
#include "core/services/visitservice.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lp::ui {

class EnterprisePicker;
class FormFeedback;
class OfficerPicker;
class ProblemRowsEditor;
struct Session;

class VisitForm final : public QWidget {
    Q_OBJECT
public:
    explicit VisitForm(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(VisitForm)

    // Units, officers and categories to choose from, read again from the database.
    void reloadChoices();
    // An empty visit: today (by the session's clock), the current officer's unit and the
    // current officer checked.
    void newVisit();
    // Reads the visit `id` with its problems; false (and the form unchanged) when it cannot.
    Result<void> loadVisit(const QString& id);
    void setDraft(const services::VisitDraft& draft);
    [[nodiscard]] services::VisitDraft draft() const;
    [[nodiscard]] bool isNew() const { return m_loaded.visit.id.isEmpty(); }
    [[nodiscard]] bool isModified() const;

    // Issues the form finds by itself (a deadline that is not a date), keyed as VisitService's.
    [[nodiscard]] services::FieldIssues ownIssues() const;
    void showIssues(const services::FieldIssues& issues);
    // The message shown for a field ("content", "problem.1.description"), empty when none.
    [[nodiscard]] QString message(const QString& field) const;
    bool focusFirstIssue();
    void focusFirstField();
    void addProblem();

    [[nodiscard]] FormFeedback& feedback() { return *m_feedback; }
    [[nodiscard]] ProblemRowsEditor& problems() { return *m_problems; }
    [[nodiscard]] EnterprisePicker& enterprisePicker() { return *m_enterprise; }
    [[nodiscard]] OfficerPicker& officerPicker() { return *m_officers; }

Q_SIGNALS:
    void historyRequested(const QString& visitId);

private:
    void buildLayout();
    void loadOfficerChoices(const QStringList& keep);
    void updateHeading();
    // Content, then each problem's fields, then the buttons: blocks made later would otherwise
    // come after the buttons.
    void updateTabOrder();

    Session& m_session;
    services::VisitDraft m_loaded;
    FormFeedback* m_feedback = nullptr;
    QLabel* m_heading = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_unit = nullptr;
    EnterprisePicker* m_enterprise = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_metName = nullptr;
    QLineEdit* m_metRole = nullptr;
    OfficerPicker* m_officers = nullptr;
    QPlainTextEdit* m_content = nullptr;
    ProblemRowsEditor* m_problems = nullptr;
    QPushButton* m_addProblem = nullptr;
    QPushButton* m_history = nullptr;
};

} // namespace lp::ui
