// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The settings of problem handling: the categories (with the default time limit of each) and
// the district departments problems outside the political-legal remit are transferred to.
#pragma once

#include "core/domain/visit.h"
#include "ui/pages/recordpage.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace lp::ui {

class CategoryListModel;
class DepartmentListModel;

class CategoriesPage final : public RecordPage {
    Q_OBJECT
public:
    explicit CategoriesPage(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CategoriesPage)

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon pageIcon() const override;

protected:
    void reload() override;
    void showRecord(const QString& id) override;
    std::optional<QString> saveForm() override;
    [[nodiscard]] QWidget* firstField() const override;

private:
    [[nodiscard]] domain::ProblemCategory formRecord() const;

    CategoryListModel* m_model = nullptr;
    domain::ProblemCategory m_shown;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_days = nullptr;
    QSpinBox* m_order = nullptr;
    QCheckBox* m_active = nullptr;
};

class DepartmentsPage final : public RecordPage {
    Q_OBJECT
public:
    explicit DepartmentsPage(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(DepartmentsPage)

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon pageIcon() const override;

protected:
    void reload() override;
    void showRecord(const QString& id) override;
    std::optional<QString> saveForm() override;
    [[nodiscard]] QWidget* firstField() const override;

private:
    [[nodiscard]] domain::Department formRecord() const;

    DepartmentListModel* m_model = nullptr;
    domain::Department m_shown;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_order = nullptr;
    QCheckBox* m_active = nullptr;
};

} // namespace lp::ui
