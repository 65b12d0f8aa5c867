// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The dashboard's year: problems found and closed per month as a bar chart (Qt Charts), with
// the same numbers in a table under it that the keyboard can reach. A click on a bar or on a
// number says which month and which series.
#pragma once

#include <QList>
#include <QWidget>

#include "core/services/dashboard.h"

class QChart;
class QChartView;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;

namespace lp::ui {

class LinkTable;

class DashboardChart final : public QWidget {
    Q_OBJECT
public:
    enum class Series { Found, Closed };

    explicit DashboardChart(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(DashboardChart)

    void setMonths(const QList<services::MonthFlow>& months);
    // "Jan" … "Dec" (1月 … 12月 in Chinese).
    [[nodiscard]] static QString monthLabel(int month);

    [[nodiscard]] LinkTable& table() { return *m_table; }
    [[nodiscard]] QChartView& view() { return *m_view; }

Q_SIGNALS:
    void monthClicked(lp::ui::DashboardChart::Series series, const QDate& firstDay);

private:
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QBarSet* m_found = nullptr;
    QBarSet* m_closed = nullptr;
    QBarCategoryAxis* m_months = nullptr;
    QValueAxis* m_counts = nullptr;
    LinkTable* m_table = nullptr;
    QList<services::MonthFlow> m_shown;
};

} // namespace lp::ui
