// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The forms that decide who handles a problem: starting it (own unit or cross-unit, who is
// responsible), transferring it to a district department, and pressing whoever handles it with
// a supervision order. See problemactiondialog.h for what they share.
#pragma once

#include "ui/dialogs/problemactiondialog.h"

class QComboBox;
class QDateEdit;
class QListWidget;
class QPlainTextEdit;

namespace lp::ui {

class StartDialog final : public ProblemActionDialog {
    Q_OBJECT
public:
    StartDialog(Session& session, const domain::Problem& problem, QWidget* parent = nullptr);

protected:
    Result<domain::Problem> perform(services::ProblemService& service,
                                    const domain::Problem& problem) override;

private:
    void unitChosen();

    QComboBox* m_triage = nullptr;
    QListWidget* m_partners = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_section = nullptr;
    QComboBox* m_officer = nullptr;
};

class TransferDialog final : public ProblemActionDialog {
    Q_OBJECT
public:
    TransferDialog(Session& session, const domain::Problem& problem, QWidget* parent = nullptr);

protected:
    Result<domain::Problem> perform(services::ProblemService& service,
                                    const domain::Problem& problem) override;

private:
    QComboBox* m_department = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_note = nullptr;
};

class SupervisionDialog final : public ProblemActionDialog {
    Q_OBJECT
public:
    SupervisionDialog(Session& session, const domain::Problem& problem, QWidget* parent = nullptr);

protected:
    Result<domain::Problem> perform(services::ProblemService& service,
                                    const domain::Problem& problem) override;

private:
    QComboBox* m_trigger = nullptr;
    QDateEdit* m_issuedOn = nullptr;
    QDateEdit* m_timeLimit = nullptr;
    QComboBox* m_unit = nullptr;
    QPlainTextEdit* m_requirement = nullptr;
};

} // namespace lp::ui
