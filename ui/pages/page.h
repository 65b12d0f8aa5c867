// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

namespace lp::ui {

// A page of the main window: one entry in the sidebar.
class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    Q_DISABLE_COPY_MOVE(Page)

    [[nodiscard]] virtual QString title() const = 0;
    [[nodiscard]] virtual QIcon pageIcon() const = 0;
    // Reloads what the page shows from the database. The main window calls it each time it
    // shows the page; pages load nothing before the first call.
    virtual void refresh() {}
};

} // namespace lp::ui
