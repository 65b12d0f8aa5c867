// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace lp::ui {

// Sorts a RecordTableModel by its raw values and keeps the rows whose text in any column
// contains the filter text and, when a group is set, whose roles::Group equals it.
class RecordFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(RecordFilterProxy)

    void setGroup(const QString& group);
    [[nodiscard]] QString group() const { return m_group; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_group;
};

} // namespace lp::ui
