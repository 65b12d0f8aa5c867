// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/linktable.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>

namespace lp::ui {

LinkTable::LinkTable(QWidget* parent)
    : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setMouseTracking(true);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    connect(this, &QTableWidget::cellClicked, this,
            [this](int row, int column) { follow(row, column); });
}

void LinkTable::clearRows()
{
    m_links.clear();
    m_hoverRow = m_hoverColumn = -1;
    setRowCount(0);
}

int LinkTable::addRow(const QStringList& texts)
{
    const int row = rowCount();
    insertRow(row);
    for (int column = 0; column < texts.size() && column < columnCount(); ++column)
        setItem(row, column, new QTableWidgetItem(texts[column]));
    return row;
}

void LinkTable::setNumber(int row, int column, int value, std::function<void()> follow,
                          const QString& toolTip)
{
    place(row, column, QString::number(value), std::move(follow), toolTip)
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void LinkTable::setText(int row, int column, const QString& text, std::function<void()> follow,
                        const QString& toolTip)
{
    place(row, column, text, std::move(follow), toolTip);
}

QTableWidgetItem* LinkTable::place(int row, int column, const QString& text,
                                   std::function<void()> follow, const QString& toolTip)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(toolTip);
    if (follow) {
        item->setForeground(palette().color(QPalette::Link));
        m_links.insert(key(row, column), std::move(follow));
    } else {
        m_links.remove(key(row, column));
    }
    setItem(row, column, item);
    return item;
}

bool LinkTable::isLink(int row, int column) const
{
    return m_links.contains(key(row, column));
}

bool LinkTable::follow(int row, int column)
{
    const auto link = m_links.constFind(key(row, column));
    if (link == m_links.constEnd())
        return false;
    // Copied: following may rebuild the table.
    const std::function<void()> action = *link;
    action();
    return true;
}

void LinkTable::fitHeight()
{
    int height = horizontalHeader()->isVisible() ? horizontalHeader()->sizeHint().height() : 0;
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    setFixedHeight(height + 2 * frameWidth() +
                   (horizontalScrollBar()->isVisible() ? horizontalScrollBar()->height() : 0));
}

void LinkTable::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        currentIndex().isValid() && follow(currentRow(), currentColumn())) {
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void LinkTable::mouseMoveEvent(QMouseEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    hover(index.isValid() ? index.row() : -1, index.isValid() ? index.column() : -1);
    QTableWidget::mouseMoveEvent(event);
}

void LinkTable::leaveEvent(QEvent* event)
{
    hover(-1, -1);
    QTableWidget::leaveEvent(event);
}

void LinkTable::hover(int row, int column)
{
    if (row == m_hoverRow && column == m_hoverColumn)
        return;
    if (QTableWidgetItem* old = item(m_hoverRow, m_hoverColumn)) {
        QFont font = old->font();
        font.setUnderline(false);
        old->setFont(font);
    }
    m_hoverRow = row;
    m_hoverColumn = column;
    const bool link = isLink(row, column);
    if (QTableWidgetItem* now = link ? item(row, column) : nullptr) {
        QFont font = now->font();
        font.setUnderline(true);
        now->setFont(font);
    }
    viewport()->setCursor(link ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

} // namespace lp::ui
