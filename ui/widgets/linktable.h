// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A small read-only table whose number cells may be links: shown in the link colour, underlined
// under the mouse with a hand cursor, and followed by a click or by Enter on the current cell.
// Each link carries what following it does; the table knows nothing of what the numbers mean.
#pragma once

#include <functional>

#include <QHash>
#include <QTableWidget>

namespace lp::ui {

class LinkTable final : public QTableWidget {
    Q_OBJECT
public:
    explicit LinkTable(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(LinkTable)

    // Drops every row and link, keeping the columns.
    void clearRows();
    // A row of plain text cells; returns its index.
    int addRow(const QStringList& texts);
    // Shows `value` in (row, column), right-aligned; a link when `follow` is given.
    void setNumber(int row, int column, int value, std::function<void()> follow = {},
                   const QString& toolTip = {});
    // Shows `text` in (row, column); a link when `follow` is given.
    void setText(int row, int column, const QString& text, std::function<void()> follow = {},
                 const QString& toolTip = {});
    [[nodiscard]] bool isLink(int row, int column) const;
    // Follows the link of (row, column); false when the cell is no link.
    bool follow(int row, int column);
    // Fits the height to the rows, so the page scrolls instead of each table.
    void fitHeight();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void hover(int row, int column);
    QTableWidgetItem* place(int row, int column, const QString& text, std::function<void()> follow,
                            const QString& toolTip);
    static quint64 key(int row, int column)
    {
        return (quint64(quint32(row)) << 32) | quint32(column);
    }

    QHash<quint64, std::function<void()>> m_links;
    int m_hoverRow = -1;
    int m_hoverColumn = -1;
};

} // namespace lp::ui
