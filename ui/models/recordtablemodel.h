// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The base of the small lists of organisation records (tens to hundreds of rows, held in
// memory). setRecords() brings the rows in line with a fresh read: rows of records gone are
// removed, changed ones announced, new ones appended — so a view keeps its selection when a
// ChangeHub announcement reloads the list. A proxy sorts by RawRole and filters by display text.
// Every column answers roles::Id, roles::Version and roles::Label for its record.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace lp::ui {

namespace roles {
inline constexpr int Raw = Qt::UserRole;       // the value to sort by
inline constexpr int Id = Qt::UserRole + 1;    // the record's id
inline constexpr int Group = Qt::UserRole + 2; // what a list may be narrowed to (an officer's unit)
inline constexpr int Version = Qt::UserRole + 3; // the record's version, for deleting it
inline constexpr int Label = Qt::UserRole + 4;   // the record's name, for messages
} // namespace roles

template <typename Record>
class RecordTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : columns();
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Record& record = m_records.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return display(record, index.column());
        case roles::Raw:
            return raw(record, index.column());
        case roles::Id:
            return record.id;
        case roles::Group:
            return group(record);
        case roles::Version:
            return record.version;
        case roles::Label:
            return record.name;
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= columns())
            return {};
        return header(section);
    }

    void setRecords(const QList<Record>& records)
    {
        QHash<QString, int> wanted;
        for (int i = 0; i < records.size(); ++i)
            wanted.insert(records.at(i).id, i);
        for (int row = int(m_records.size()) - 1; row >= 0; --row) {
            if (!wanted.contains(m_records.at(row).id)) {
                beginRemoveRows({}, row, row);
                m_records.removeAt(row);
                endRemoveRows();
            }
        }
        for (const Record& record : records) {
            const int row = rowOf(record.id);
            if (row >= 0) {
                m_records[row] = record;
                Q_EMIT dataChanged(index(row, 0), index(row, columns() - 1));
            } else {
                const int end = int(m_records.size());
                beginInsertRows({}, end, end);
                m_records.append(record);
                endInsertRows();
            }
        }
    }
    // Call after what display() reads besides the records changed (names of units, …).
    void refreshAll()
    {
        if (!m_records.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columns() - 1));
    }

    [[nodiscard]] const QList<Record>& records() const { return m_records; }
    [[nodiscard]] const Record& recordAt(int row) const { return m_records.at(row); }
    [[nodiscard]] int rowOf(const QString& id) const
    {
        for (int row = 0; row < m_records.size(); ++row) {
            if (m_records.at(row).id == id)
                return row;
        }
        return -1;
    }

protected:
    [[nodiscard]] virtual int columns() const = 0;
    [[nodiscard]] virtual QString header(int column) const = 0;
    [[nodiscard]] virtual QVariant display(const Record& record, int column) const = 0;
    // By default what is shown; numbers and flags answer their values.
    [[nodiscard]] virtual QVariant raw(const Record& record, int column) const
    {
        return display(record, column);
    }
    [[nodiscard]] virtual QVariant group(const Record&) const { return {}; }

private:
    QList<Record> m_records;
};

} // namespace lp::ui
