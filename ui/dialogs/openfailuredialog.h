// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "core/error.h"
#include "ui/prompts.h"

namespace lp::ui {

// Shown when a database file cannot be opened: the storage layer's message, and the way on —
// another file, a backup, or quitting. Never a crash, never a half-open file.
class OpenFailureDialog final : public QDialog {
    Q_OBJECT
public:
    OpenFailureDialog(const Error& error, const QString& path, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(OpenFailureDialog)

    [[nodiscard]] OpenFailureChoice choice() const { return m_choice; }

private:
    OpenFailureChoice m_choice = OpenFailureChoice::Quit;
};

} // namespace lp::ui
