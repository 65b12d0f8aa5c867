// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/dashboardchart.h"

#include <algorithm>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLegend>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include "ui/widgets/linktable.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

DashboardChart::DashboardChart(QWidget* parent)
    : QWidget(parent)
{
    const QFont font = QApplication::font(); // carries the Chinese font the application chose
    m_found = new QBarSet(tr("Found"));
    m_closed = new QBarSet(tr("Closed"));
    auto* series = new QBarSeries;
    series->append(m_found);
    series->append(m_closed);
    m_chart = new QChart;
    m_chart->addSeries(series);
    m_chart->setTitle(tr("Problems found and closed in the last 12 months"));
    m_chart->setTitleFont(font);
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(font);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_months = new QBarCategoryAxis;
    m_months->setLabelsFont(font);
    m_counts = new QValueAxis;
    m_counts->setLabelsFont(font);
    m_counts->setLabelFormat(u"%d"_s);
    m_chart->addAxis(m_months, Qt::AlignBottom);
    m_chart->addAxis(m_counts, Qt::AlignLeft);
    series->attachAxis(m_months);
    series->attachAxis(m_counts);
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(u"dashboardChart"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setFocusPolicy(Qt::NoFocus); // the table below carries the keyboard
    const auto clicked = [this](Series which, int index) {
        if (index >= 0 && index < m_shown.size())
            Q_EMIT monthClicked(which, m_shown[index].firstDay);
    };
    connect(m_found, &QBarSet::clicked, this,
            [clicked](int index) { clicked(Series::Found, index); });
    connect(m_closed, &QBarSet::clicked, this,
            [clicked](int index) { clicked(Series::Closed, index); });

    m_table = new LinkTable(this);
    m_table->setObjectName(u"dashboardMonths"_s);
    m_table->setColumnCount(services::Dashboard::kMonths + 1);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_table);
}

QString DashboardChart::monthLabel(int month)
{
    switch (month) {
    case 1:
        return tr("Jan");
    case 2:
        return tr("Feb");
    case 3:
        return tr("Mar");
    case 4:
        return tr("Apr");
    case 5:
        return tr("May");
    case 6:
        return tr("Jun");
    case 7:
        return tr("Jul");
    case 8:
        return tr("Aug");
    case 9:
        return tr("Sep");
    case 10:
        return tr("Oct");
    case 11:
        return tr("Nov");
    case 12:
        return tr("Dec");
    default:
        return {};
    }
}

void DashboardChart::setMonths(const QList<services::MonthFlow>& months)
{
    m_shown = months;
    QStringList labels;
    int top = 0;
    m_found->remove(0, m_found->count());
    m_closed->remove(0, m_closed->count());
    for (const auto& month : months) {
        // January carries its year, so the turn of the year shows.
        labels.append(month.firstDay.month() == 1 || labels.isEmpty()
                          ? tr("%1 %2", "month and year on the chart axis")
                                .arg(monthLabel(month.firstDay.month()))
                                .arg(month.firstDay.year())
                          : monthLabel(month.firstDay.month()));
        m_found->append(month.found);
        m_closed->append(month.closed);
        top = std::max({top, month.found, month.closed});
    }
    m_months->clear();
    m_months->append(labels);
    m_counts->setRange(0, std::max(top, 1));
    m_counts->applyNiceNumbers();

    m_table->clearRows();
    m_table->setHorizontalHeaderLabels(QStringList{QString()} << labels);
    const int foundRow = m_table->addRow({tr("Found")});
    const int closedRow = m_table->addRow({tr("Closed")});
    for (int i = 0; i < months.size(); ++i) {
        const QDate first = months[i].firstDay;
        const QString period = QLocale().toString(first, u"yyyy-MM"_s);
        m_table->setNumber(
            foundRow, i + 1, months[i].found,
            [this, first] { Q_EMIT monthClicked(Series::Found, first); },
            tr("Problems found in %1: open the list").arg(period));
        m_table->setNumber(
            closedRow, i + 1, months[i].closed,
            [this, first] { Q_EMIT monthClicked(Series::Closed, first); },
            tr("Problems closed in %1. The list opened shows the closed "
               "problems found in %1, as the ledger filters by the day found.")
                .arg(period));
    }
    m_table->resizeColumnToContents(0);
    m_table->fitHeight();
}

} // namespace lp::ui
