// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "ui/models/recordtablemodel.h"

namespace lp::ui {

class ParkListModel final : public RecordTableModel<domain::Park> {
    Q_OBJECT
public:
    enum Column { Code, Name, Address, ManagingBody, ContactName, ContactPhone, ColumnCount };

    using RecordTableModel::RecordTableModel;
    Q_DISABLE_COPY_MOVE(ParkListModel)

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const domain::Park& park, int column) const override;
};

} // namespace lp::ui
