// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/page.h"

class QLabel;
class QTableWidget;

namespace lp::ui {

struct Session;

// The district at a glance: its name, its political-legal units and officers, who is working.
class OverviewPage final : public Page {
    Q_OBJECT
public:
    explicit OverviewPage(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(OverviewPage)

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon pageIcon() const override;
    void refresh() override;

private:
    Session& m_session;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_units = nullptr;
};

} // namespace lp::ui
