// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/unitspage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "core/services/organisationchecks.h"
#include "core/storage/database.h"
#include "core/storage/sectionrepository.h"
#include "core/storage/tables.h"
#include "core/storage/unitrepository.h"
#include "ui/icons.h"
#include "ui/models/recordtablemodel.h"
#include "ui/models/sectionlistmodel.h"
#include "ui/models/unitlistmodel.h"
#include "ui/widgets/editwatcher.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {} // namespace

UnitsPage::UnitsPage(Session& session, QWidget* parent)
    : RecordPage(session, storage::tables::units(), parent)
{
    m_model = new UnitListModel(this);
    m_sections = new SectionListModel(this);
    QWidget* form = buildForm();
    connect(&feedback(), &FormFeedback::fieldLeft, this,
            [this](const QString& column) { recheck(formRecord(), feedback(), column); });
    setUp(m_model, form, {storage::tables::units().name, storage::tables::sections().name});
    setDefaultSortColumn(UnitListModel::SortOrder);
    newRecord(); // the list loads when the page is first shown (refresh)
}

QWidget* UnitsPage::buildForm()
{
    auto* form = new QWidget;
    auto* outer = new QVBoxLayout(form);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QFormLayout;
    outer->addLayout(layout);
    m_code = codeEdit(form);
    addFormRow(layout, u"code"_s, m_code);
    m_name = new QLineEdit(form);
    addFormRow(layout, u"name"_s, m_name);
    m_shortName = new QLineEdit(form);
    addFormRow(layout, u"short_name"_s, m_shortName);
    m_kind = new QComboBox(form);
    for (auto kind :
         {domain::UnitKind::Committee, domain::UnitKind::Court, domain::UnitKind::Procuratorate,
          domain::UnitKind::Police, domain::UnitKind::Justice, domain::UnitKind::Other})
        m_kind->addItem(domain::UnitKindNames::displayName(kind), int(kind));
    m_kind->setObjectName(u"kind"_s);
    layout->addRow(tr("Kind:"), m_kind);
    m_sortOrder = new QSpinBox(form);
    m_sortOrder->setObjectName(u"sort_order"_s);
    m_sortOrder->setRange(0, 9999);
    m_sortOrder->setToolTip(tr("Units are listed and printed in this order."));
    layout->addRow(tr("Order:"), m_sortOrder);
    outer->addWidget(buildSections(form), 1);
    return form;
}

QGroupBox* UnitsPage::buildSections(QWidget* parent)
{
    m_sectionBox = new QGroupBox(tr("Sections of this unit"), parent);
    m_sectionBox->setObjectName(u"sections"_s);
    m_sectionBox->setProperty(EditWatcher::kOwnEdits, true); // sections are saved on their own
    auto* layout = new QVBoxLayout(m_sectionBox);
    m_sectionList = new QTableView(m_sectionBox);
    m_sectionList->setObjectName(u"sectionList"_s);
    m_sectionList->setModel(m_sections);
    m_sectionList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sectionList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sectionList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sectionList->verticalHeader()->hide();
    m_sectionList->horizontalHeader()->setStretchLastSection(true);
    m_sectionList->setMinimumHeight(120);
    m_sectionList->setAccessibleName(tr("Sections of this unit"));
    layout->addWidget(m_sectionList, 1);

    auto* form = new QFormLayout;
    m_sectionCode = new QLineEdit(m_sectionBox);
    m_sectionCode->setObjectName(u"sectionCode"_s);
    m_sectionName = new QLineEdit(m_sectionBox);
    m_sectionName->setObjectName(u"sectionName"_s);
    form->addRow(tr("Section code:"), m_sectionCode);
    m_sectionFeedback.addField(u"code"_s, m_sectionCode, form);
    form->addRow(tr("Section name:"), m_sectionName);
    m_sectionFeedback.addField(u"name"_s, m_sectionName, form);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New section"), m_sectionBox);
    auto* save = new QPushButton(tr("Save section"), m_sectionBox);
    save->setObjectName(u"saveSection"_s);
    auto* remove = new QPushButton(tr("Delete section"), m_sectionBox);
    remove->setObjectName(u"deleteSection"_s);
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(save);
    buttons->addWidget(remove);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &UnitsPage::newSection);
    connect(save, &QPushButton::clicked, this, &UnitsPage::saveSection);
    connect(remove, &QPushButton::clicked, this, &UnitsPage::deleteSection);
    connect(m_sectionCode, &QLineEdit::returnPressed, this, &UnitsPage::saveSection);
    connect(m_sectionName, &QLineEdit::returnPressed, this, &UnitsPage::saveSection);
    connect(m_sectionList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnitsPage::showSection);
    return m_sectionBox;
}

QString UnitsPage::title() const
{
    return tr("Units and sections");
}

QIcon UnitsPage::pageIcon() const
{
    return icon(Icon::Units);
}

void UnitsPage::reload()
{
    auto units = storage::UnitRepository(session().database.connection()).listActive();
    if (!units) {
        session().prompts.warn(this, tr("Units"), units.error().message);
        return;
    }
    m_model->setRecords(*units);
    reloadSections();
}

void UnitsPage::reloadSections()
{
    QList<domain::Section> sections;
    if (!m_shown.id.isEmpty()) {
        auto listed = storage::SectionRepository(session().database.connection()).list(m_shown.id);
        if (!listed) {
            session().prompts.warn(this, tr("Sections"), listed.error().message);
            return;
        }
        sections = *listed;
    }
    m_sections->setRecords(sections);
    m_sectionBox->setEnabled(!m_shown.id.isEmpty());
}

void UnitsPage::showRecord(const QString& id)
{
    const int row = m_model->rowOf(id);
    m_shown = row >= 0 ? m_model->recordAt(row) : domain::Unit{};
    m_code->setText(m_shown.code);
    m_name->setText(m_shown.name);
    m_shortName->setText(m_shown.shortName);
    m_kind->setCurrentIndex(m_kind->findData(int(m_shown.kind)));
    m_sortOrder->setValue(m_shown.sortOrder);
    if (m_shown.id.isEmpty())
        m_sortOrder->setValue(int(m_model->rowCount()) + 1);
    m_sections->setRecords({});
    reloadSections();
    newSection();
}

domain::Unit UnitsPage::formRecord() const
{
    domain::Unit unit = m_shown;
    unit.code = m_code->text();
    unit.name = m_name->text();
    unit.shortName = m_shortName->text();
    unit.kind = domain::UnitKind(m_kind->currentData().toInt());
    unit.sortOrder = m_sortOrder->value();
    return unit;
}

std::optional<QString> UnitsPage::saveForm()
{
    auto saved = saveRecord(formRecord(), feedback());
    if (!saved)
        return std::nullopt;
    return saved->id;
}

QWidget* UnitsPage::firstField() const
{
    return m_code;
}

void UnitsPage::newSection()
{
    m_sectionList->selectionModel()->clearSelection();
    m_sectionList->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    m_shownSection = domain::Section{};
    m_sectionCode->clear();
    m_sectionName->clear();
    m_sectionFeedback.clear();
}

void UnitsPage::showSection(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    m_shownSection = m_sections->recordAt(index.row());
    m_sectionCode->setText(m_shownSection.code);
    m_sectionName->setText(m_shownSection.name);
    m_sectionFeedback.clear();
}

domain::Section UnitsPage::sectionRecord() const
{
    domain::Section section = m_shownSection;
    if (section.id.isEmpty()) {
        section.unitId = m_shown.id;
        section.sortOrder = int(m_sections->rowCount()) + 1;
    }
    section.code = m_sectionCode->text();
    section.name = m_sectionName->text();
    return section;
}

void UnitsPage::saveSection()
{
    if (m_shown.id.isEmpty())
        return;
    auto saved = saveRecord(sectionRecord(), m_sectionFeedback);
    if (!saved)
        return;
    newSection(); // ready for the next one
    m_sectionCode->setFocus();
}

void UnitsPage::deleteSection()
{
    const QModelIndex current = m_sectionList->currentIndex();
    if (!current.isValid())
        return;
    const domain::Section section = m_sections->recordAt(current.row());
    if (deleteWithUndo(storage::tables::sections(), section.id, section.version, section.name))
        newSection();
}

} // namespace lp::ui
