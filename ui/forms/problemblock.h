// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// One problem on the visit form: category, description, the enterprise's request, the triage
// (own unit / across units with the partner units / transfer, or decided later) and an optional
// deadline, whose placeholder shows the category's default. A problem still only registered is
// edited here; one already being handled is shown read-only, since the ledger handles it. Issues
// are shown under the block's fields by its own FormFeedback, keyed by the bare column names
// ("description"), so blocks can be added and removed without renumbering anything.
#pragma once

#include <QGroupBox>

#include "core/domain/problem.h"
#include "ui/widgets/choices.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lp::ui {

class FormFeedback;

class ProblemBlock final : public QGroupBox {
    Q_OBJECT
public:
    ProblemBlock(const QList<Choice>& categories, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProblemBlock)

    void setProblem(const domain::Problem& problem);
    // What is typed, over the problem that was set (its id, number, status, version).
    [[nodiscard]] domain::Problem problem() const;
    // Only a problem still registered is edited with its visit.
    [[nodiscard]] bool isEditable() const { return m_editable; }
    [[nodiscard]] bool isNew() const { return m_loaded.id.isEmpty(); }
    // The units a cross-unit problem may be coordinated with (not the visiting unit).
    void setPartnerChoices(const QList<Choice>& units);
    void setTitleNumber(int number);
    void setDefaultDeadline(const QDate& deadline);
    // The deadline typed, when it is not a date: the message to show, else empty.
    [[nodiscard]] QString deadlineProblem() const;
    [[nodiscard]] QString categoryId() const;
    [[nodiscard]] FormFeedback& feedback() { return *m_feedback; }
    // The editors, in keyboard order.
    [[nodiscard]] QList<QWidget*> editors() const;
    void focusCategory();

Q_SIGNALS:
    void removeRequested();
    void categoryChanged();
    void edited();

private:
    void updateTriageRows();

    domain::Problem m_loaded;
    bool m_editable = true;
    FormFeedback* m_feedback = nullptr;
    QLabel* m_state = nullptr;
    QComboBox* m_category = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_request = nullptr;
    QComboBox* m_triage = nullptr;
    QListWidget* m_partners = nullptr;
    QLineEdit* m_deadline = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace lp::ui
