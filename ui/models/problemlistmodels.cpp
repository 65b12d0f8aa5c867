// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/problemlistmodels.h"

namespace lp::ui {

QString CategoryListModel::header(int column) const
{
    switch (column) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Category");
    case DeadlineDays:
        return tr("Time limit (days)");
    case Active:
        return tr("In use");
    }
    return {};
}

QVariant CategoryListModel::display(const domain::ProblemCategory& category, int column) const
{
    switch (column) {
    case Code:
        return category.code;
    case Name:
        return category.name;
    case DeadlineDays:
        return category.deadlineDays;
    case Active:
        return category.active ? tr("Yes") : tr("No");
    }
    return {};
}

QString DepartmentListModel::header(int column) const
{
    switch (column) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Department");
    case Active:
        return tr("In use");
    }
    return {};
}

QVariant DepartmentListModel::display(const domain::Department& department, int column) const
{
    switch (column) {
    case Code:
        return department.code;
    case Name:
        return department.name;
    case Active:
        return department.active ? tr("Yes") : tr("No");
    }
    return {};
}

} // namespace lp::ui
