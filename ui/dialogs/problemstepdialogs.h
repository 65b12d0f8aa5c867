// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The forms of the steps that follow a problem to its end: a measure taken, the result of the
// handling, the feedback to the enterprise, closing (销号) and reopening. See
// problemactiondialog.h for what they share.
#pragma once

#include "ui/dialogs/problemactiondialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace lp::ui {

class MeasureDialog final : public ProblemActionDialog {
    Q_OBJECT
public:
    MeasureDialog(Session& session, const domain::Problem& problem, QWidget* parent = nullptr);

protected:
    Result<domain::Problem> perform(services::ProblemService& service,
                                    const domain::Problem& problem) override;

private:
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_content = nullptr;
    QComboBox* m_officer = nullptr;
    QLineEdit* m_doneBy = nullptr;
};

class ResultDialog final : public ProblemActionDialog {
    Q_OBJECT
public:
    ResultDialog(Session& session, const domain::Problem& problem, QWidget* parent = nullptr);

protected:
    Result<domain::Problem> perform(services::ProblemService& service,
                                    const domain::Problem& problem) override;

private:
    QPlainTextEdit* m_result = nullptr;
    QDateEdit* m_date = nullptr;
};

class FeedbackDialog final : public ProblemActionDialog {
    Q_OBJECT
public:
    FeedbackDialog(Session& session, const domain::Problem& problem, QWidget* parent = nullptr);

protected:
    Result<domain::Problem> perform(services::ProblemService& service,
                                    const domain::Problem& problem) override;

private:
    QDateEdit* m_date = nullptr;
    QComboBox* m_manner = nullptr;
    QComboBox* m_satisfaction = nullptr;
    QPlainTextEdit* m_content = nullptr;
    QComboBox* m_officer = nullptr;
};

class CloseDialog final : public ProblemActionDialog {
    Q_OBJECT
public:
    CloseDialog(Session& session, const domain::Problem& problem, QWidget* parent = nullptr);

protected:
    Result<domain::Problem> perform(services::ProblemService& service,
                                    const domain::Problem& problem) override;

private:
    QDateEdit* m_date = nullptr;
};

class ReopenDialog final : public ProblemActionDialog {
    Q_OBJECT
public:
    ReopenDialog(Session& session, const domain::Problem& problem, QWidget* parent = nullptr);

protected:
    Result<domain::Problem> perform(services::ProblemService& service,
                                    const domain::Problem& problem) override;
};

} // namespace lp::ui
