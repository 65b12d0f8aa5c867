// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/officerspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

#include "core/services/organisationchecks.h"
#include "core/storage/database.h"
#include "core/storage/officerrepository.h"
#include "core/storage/sectionrepository.h"
#include "core/storage/tables.h"
#include "core/storage/unitrepository.h"
#include "ui/icons.h"
#include "ui/models/officerlistmodel.h"
#include "ui/widgets/choices.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {} // namespace

OfficersPage::OfficersPage(Session& session, QWidget* parent)
    : RecordPage(session, storage::tables::officers(), parent)
{
    m_model = new OfficerListModel(this);
    QWidget* form = buildForm();
    connect(&feedback(), &FormFeedback::fieldLeft, this,
            [this](const QString& column) { recheck(formRecord(), feedback(), column); });
    setUp(m_model, form,
          {storage::tables::officers().name, storage::tables::units().name,
           storage::tables::sections().name});
    m_unitFilter = addGroupFilter(tr("&Unit:"), tr("All units"));
    newRecord(); // the list loads when the page is first shown (refresh)
}

QWidget* OfficersPage::buildForm()
{
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    m_code = codeEdit(form);
    addFormRow(layout, u"code"_s, m_code);
    m_name = new QLineEdit(form);
    addFormRow(layout, u"name"_s, m_name);
    m_unit = new QComboBox(form);
    addFormRow(layout, u"unit_id"_s, m_unit);
    m_section = new QComboBox(form);
    addFormRow(layout, u"section_id"_s, m_section);
    m_role = new QComboBox(form);
    for (domain::OfficerRole role : domain::allOfficerRoles())
        m_role->addItem(domain::OfficerRoleNames::displayName(role), int(role));
    addFormRow(layout, u"role"_s, m_role);
    m_phone = new QLineEdit(form);
    addFormRow(layout, u"phone"_s, m_phone);
    m_active = new QCheckBox(tr("Still working here"), form);
    m_active->setObjectName(u"active"_s);
    layout->addRow(tr("Active:"), m_active);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &OfficersPage::offerSections);
    return form;
}

QString OfficersPage::title() const
{
    return tr("Officers");
}

QIcon OfficersPage::pageIcon() const
{
    return icon(Icon::Officers);
}

void OfficersPage::reload()
{
    const QSqlDatabase connection = session().database.connection();
    auto officers = storage::OfficerRepository(connection).listAll();
    auto units = storage::UnitRepository(connection).listActive();
    auto sections = storage::SectionRepository(connection).list();
    if (const Error* error = firstError(officers, units, sections)) {
        session().prompts.warn(this, tr("Officers"), error->message);
        return;
    }
    QHash<QString, QString> unitNames;
    QList<Choice> unitChoices;
    for (const domain::Unit& unit : std::as_const(*units)) {
        unitNames.insert(unit.id, unit.name);
        unitChoices.append({unit.id, unit.name});
    }
    QHash<QString, QString> sectionNames;
    for (const domain::Section& section : std::as_const(*sections))
        sectionNames.insert(section.id, section.name);
    m_allSections = *sections;
    setChoices(m_unit, unitChoices, tr("(choose a unit)"));
    setChoices(m_unitFilter, unitChoices, tr("All units"));
    offerSections();
    m_model->setNames(unitNames, sectionNames);
    m_model->setRecords(*officers);
}

void OfficersPage::offerSections()
{
    const QString unitId = chosenId(m_unit);
    QList<Choice> choices;
    for (const domain::Section& section : std::as_const(m_allSections)) {
        if (section.unitId == unitId)
            choices.append({section.id, section.name});
    }
    setChoices(m_section, choices, tr("(no section)"));
    m_section->setEnabled(!choices.isEmpty());
}

void OfficersPage::showRecord(const QString& id)
{
    const int row = m_model->rowOf(id);
    m_shown = row >= 0 ? m_model->recordAt(row) : domain::Officer{};
    if (m_shown.id.isEmpty() && !chosenId(m_unitFilter).isEmpty())
        m_shown.unitId = chosenId(m_unitFilter); // a new officer of the unit being looked at
    m_code->setText(m_shown.code);
    m_name->setText(m_shown.name);
    choose(m_unit, m_shown.unitId);
    offerSections();
    choose(m_section, m_shown.sectionId);
    m_role->setCurrentIndex(m_role->findData(int(m_shown.role)));
    m_phone->setText(m_shown.phone);
    m_active->setChecked(m_shown.active);
}

domain::Officer OfficersPage::formRecord() const
{
    domain::Officer officer = m_shown;
    officer.code = m_code->text();
    officer.name = m_name->text();
    officer.unitId = chosenId(m_unit);
    officer.sectionId = chosenId(m_section);
    officer.role = domain::OfficerRole(m_role->currentData().toInt());
    officer.phone = m_phone->text();
    officer.active = m_active->isChecked();
    return officer;
}

std::optional<QString> OfficersPage::saveForm()
{
    auto saved = saveRecord(formRecord(), feedback());
    if (!saved)
        return std::nullopt;
    return saved->id;
}

QWidget* OfficersPage::firstField() const
{
    return m_code;
}

} // namespace lp::ui
