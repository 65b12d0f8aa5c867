// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/problemlistspage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include "core/storage/database.h"
#include "core/storage/problemlistsrepository.h"
#include "core/storage/tables.h"
#include "ui/icons.h"
#include "ui/models/problemlistmodels.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

QSpinBox* orderBox(QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, 999);
    return box;
}

} // namespace

CategoriesPage::CategoriesPage(Session& session, QWidget* parent)
    : RecordPage(session, storage::tables::problemCategories(), parent)
{
    m_model = new CategoryListModel(this);
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    m_code = codeEdit(form);
    addFormRow(layout, u"code"_s, m_code);
    m_name = new QLineEdit(form);
    addFormRow(layout, u"name"_s, m_name);
    m_days = new QSpinBox(form);
    m_days->setRange(1, 365);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("The deadline a new problem of this category gets, counted from the "
                          "day it was found. It can be changed for each problem."));
    addFormRow(layout, u"deadline_days"_s, m_days);
    m_order = orderBox(form);
    addFormRow(layout, u"sort_order"_s, m_order);
    m_active = new QCheckBox(tr("Offered for new problems"), form);
    m_active->setChecked(true);
    addFormRow(layout, u"active"_s, m_active);
    connect(&feedback(), &FormFeedback::fieldLeft, this,
            [this](const QString& column) { recheck(formRecord(), feedback(), column); });
    setUp(m_model, form, {storage::tables::problemCategories().name});
    newRecord(); // the list loads when the page is first shown (refresh)
}

QString CategoriesPage::title() const
{
    return tr("Problem categories");
}

QIcon CategoriesPage::pageIcon() const
{
    return icon(Icon::Settings);
}

void CategoriesPage::reload()
{
    auto categories = storage::ProblemListsRepository(session().database.connection()).categories();
    if (!categories) {
        session().prompts.warn(this, title(), categories.error().message);
        return;
    }
    m_model->setRecords(*categories);
}

void CategoriesPage::showRecord(const QString& id)
{
    const int row = m_model->rowOf(id);
    m_shown = row >= 0 ? m_model->recordAt(row) : domain::ProblemCategory{};
    m_code->setText(m_shown.code);
    m_name->setText(m_shown.name);
    m_days->setValue(m_shown.deadlineDays);
    m_order->setValue(m_shown.sortOrder);
    m_active->setChecked(m_shown.active);
}

domain::ProblemCategory CategoriesPage::formRecord() const
{
    domain::ProblemCategory category = m_shown;
    category.code = m_code->text();
    category.name = m_name->text();
    category.deadlineDays = m_days->value();
    category.sortOrder = m_order->value();
    category.active = m_active->isChecked();
    return category;
}

std::optional<QString> CategoriesPage::saveForm()
{
    auto saved = saveRecord(formRecord(), feedback());
    if (!saved)
        return std::nullopt;
    return saved->id;
}

QWidget* CategoriesPage::firstField() const
{
    return m_code;
}

DepartmentsPage::DepartmentsPage(Session& session, QWidget* parent)
    : RecordPage(session, storage::tables::departments(), parent)
{
    m_model = new DepartmentListModel(this);
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    m_code = codeEdit(form);
    addFormRow(layout, u"code"_s, m_code);
    m_name = new QLineEdit(form);
    addFormRow(layout, u"name"_s, m_name);
    m_order = orderBox(form);
    addFormRow(layout, u"sort_order"_s, m_order);
    m_active = new QCheckBox(tr("Offered for new transfers"), form);
    m_active->setChecked(true);
    addFormRow(layout, u"active"_s, m_active);
    connect(&feedback(), &FormFeedback::fieldLeft, this,
            [this](const QString& column) { recheck(formRecord(), feedback(), column); });
    setUp(m_model, form, {storage::tables::departments().name});
    newRecord(); // the list loads when the page is first shown (refresh)
}

QString DepartmentsPage::title() const
{
    return tr("Departments");
}

QIcon DepartmentsPage::pageIcon() const
{
    return icon(Icon::Units);
}

void DepartmentsPage::reload()
{
    auto departments =
        storage::ProblemListsRepository(session().database.connection()).departments();
    if (!departments) {
        session().prompts.warn(this, title(), departments.error().message);
        return;
    }
    m_model->setRecords(*departments);
}

void DepartmentsPage::showRecord(const QString& id)
{
    const int row = m_model->rowOf(id);
    m_shown = row >= 0 ? m_model->recordAt(row) : domain::Department{};
    m_code->setText(m_shown.code);
    m_name->setText(m_shown.name);
    m_order->setValue(m_shown.sortOrder);
    m_active->setChecked(m_shown.active);
}

domain::Department DepartmentsPage::formRecord() const
{
    domain::Department department = m_shown;
    department.code = m_code->text();
    department.name = m_name->text();
    department.sortOrder = m_order->value();
    department.active = m_active->isChecked();
    return department;
}

std::optional<QString> DepartmentsPage::saveForm()
{
    auto saved = saveRecord(formRecord(), feedback());
    if (!saved)
        return std::nullopt;
    return saved->id;
}

QWidget* DepartmentsPage::firstField() const
{
    return m_code;
}

} // namespace lp::ui
