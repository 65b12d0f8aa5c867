// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The buttons of ProblemPanel: the steps of ProblemFlow, the history and the two letters, with
// a line under them listing the steps not possible now and why. A step's button is enabled
// only when ProblemFlow allows the step (and the file can be written); otherwise its tooltip
// and the line give the reason. The bar only asks: the panel opens the forms.
#pragma once

#include <optional>

#include <QMap>
#include <QWidget>

#include "core/domain/problemflow.h"

class QLabel;
class QPushButton;

namespace lp::ui {

struct ProblemRecord;

class ProblemActionBar final : public QWidget {
    Q_OBJECT
public:
    explicit ProblemActionBar(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProblemActionBar)

    // The steps, Start … Reopen, in the order of their buttons.
    [[nodiscard]] static const QList<domain::ProblemAction>& actions();

    // Enables what `record` allows (nothing without a record); `readOnlyReason` non-empty:
    // the file cannot be written, so no step is offered.
    void showFor(const ProblemRecord* record, const QString& readOnlyReason);

    [[nodiscard]] QPushButton* button(domain::ProblemAction action) const;
    [[nodiscard]] QString whyNotText() const;

Q_SIGNALS:
    void actionRequested(domain::ProblemAction action);
    void historyRequested();
    void transferLetterRequested();
    // The order numbered `number`, or the latest one.
    void supervisionOrderRequested(std::optional<domain::DocumentNumber> number);

private:
    QMap<domain::ProblemAction, QPushButton*> m_actions;
    QPushButton* m_history = nullptr;
    QPushButton* m_transferLetter = nullptr;
    QPushButton* m_supervisionOrder = nullptr;
    QLabel* m_whyNot = nullptr;
};

} // namespace lp::ui
