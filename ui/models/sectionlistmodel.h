// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "ui/models/recordtablemodel.h"

namespace lp::ui {

// The sections of one unit.
class SectionListModel final : public RecordTableModel<domain::Section> {
    Q_OBJECT
public:
    enum Column { Code, Name, ColumnCount };

    using RecordTableModel::RecordTableModel;
    Q_DISABLE_COPY_MOVE(SectionListModel)

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const domain::Section& section, int column) const override;
    QVariant raw(const domain::Section& section, int column) const override;
};

} // namespace lp::ui
