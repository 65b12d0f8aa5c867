// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/recordfilterproxy.h"

#include "ui/models/recordtablemodel.h"

namespace lp::ui {

RecordFilterProxy::RecordFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(roles::Raw);
    setSortLocaleAware(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void RecordFilterProxy::setGroup(const QString& group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateRowsFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_group.isEmpty()) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(roles::Group).toString() != m_group)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace lp::ui
