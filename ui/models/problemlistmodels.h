// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The lists problems are sorted by (categories, with their default time limits) and sent to
// (district departments), for their settings pages.
#pragma once

#include "core/domain/visit.h"
#include "ui/models/recordtablemodel.h"

namespace lp::ui {

class CategoryListModel final : public RecordTableModel<domain::ProblemCategory> {
    Q_OBJECT
public:
    enum Column { Code, Name, DeadlineDays, Active, ColumnCount };

    using RecordTableModel::RecordTableModel;
    Q_DISABLE_COPY_MOVE(CategoryListModel)

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const domain::ProblemCategory& category, int column) const override;
};

class DepartmentListModel final : public RecordTableModel<domain::Department> {
    Q_OBJECT
public:
    enum Column { Code, Name, Active, ColumnCount };

    using RecordTableModel::RecordTableModel;
    Q_DISABLE_COPY_MOVE(DepartmentListModel)

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const domain::Department& department, int column) const override;
};

} // namespace lp::ui
