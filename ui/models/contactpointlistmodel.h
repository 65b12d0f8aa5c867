// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include "core/domain/organisation.h"
#include "ui/models/recordtablemodel.h"

namespace lp::ui {

// Contact points with the names of their host units and conveners and how many parks and
// members they have.
class ContactPointListModel final : public RecordTableModel<domain::ContactPoint> {
    Q_OBJECT
public:
    enum Column { Code, Name, HostUnit, Convener, EstablishedOn, Parks, Members, ColumnCount };

    using RecordTableModel::RecordTableModel;
    Q_DISABLE_COPY_MOVE(ContactPointListModel)

    // Names by id of units and officers.
    void setNames(const QHash<QString, QString>& units, const QHash<QString, QString>& officers);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const domain::ContactPoint& point, int column) const override;
    QVariant raw(const domain::ContactPoint& point, int column) const override;

private:
    QHash<QString, QString> m_units;
    QHash<QString, QString> m_officers;
};

} // namespace lp::ui
