// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/unit.h"
#include "ui/models/recordtablemodel.h"

namespace lp::ui {

class UnitListModel final : public RecordTableModel<domain::Unit> {
    Q_OBJECT
public:
    enum Column { Code, Name, ShortName, Kind, SortOrder, ColumnCount };

    using RecordTableModel::RecordTableModel;
    Q_DISABLE_COPY_MOVE(UnitListModel)

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const domain::Unit& unit, int column) const override;
    QVariant raw(const domain::Unit& unit, int column) const override;
};

} // namespace lp::ui
