// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace lp::ui {

class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const QString& databasePath, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(AboutDialog)
};

} // namespace lp::ui
