// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/contactpointspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include "core/clock.h"
#include "core/reports/contactpointcard.h"
#include "core/services/organisationchecks.h"
#include "core/storage/contactpointrepository.h"
#include "core/storage/database.h"
#include "core/storage/officerrepository.h"
#include "core/storage/parkrepository.h"
#include "core/storage/tables.h"
#include "core/storage/unitrepository.h"
#include "ui/dialogs/reportpreviewdialog.h"
#include "ui/icons.h"
#include "ui/models/contactpointlistmodel.h"
#include "ui/widgets/choices.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

ContactPointsPage::ContactPointsPage(Session& session, QWidget* parent)
    : RecordPage(session, storage::tables::contactPoints(), parent)
{
    m_model = new ContactPointListModel(this);
    QWidget* form = buildForm();
    connect(&feedback(), &FormFeedback::fieldLeft, this,
            [this](const QString& column) { recheck(formRecord(), feedback(), column); });
    setUp(m_model, form,
          {storage::tables::contactPoints().name, storage::tables::units().name,
           storage::tables::officers().name, storage::tables::parks().name,
           storage::tables::enterprises().name});
    m_printCard = addListButton(tr("&Print card…"), u"printCard"_s);
    m_printCard->setToolTip(tr("The basic facts of the point, its members and the enterprises it "
                               "serves, to print or export"));
    connect(m_printCard, &QPushButton::clicked, this, &ContactPointsPage::printCard);
    newRecord(); // the list loads when the page is first shown (refresh)
}

void ContactPointsPage::printCard()
{
    if (m_shown.id.isEmpty())
        return;
    auto document =
        reports::ContactPointCard::load(session().database, m_shown.code, session().districtName);
    if (!document) {
        session().prompts.warn(this, tr("Contact-point card"), document.error().message);
        return;
    }
    ReportPreviewDialog dialog(*document, session().prompts, this);
    dialog.exec();
}

QWidget* ContactPointsPage::buildForm()
{
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    m_code = codeEdit(form);
    addFormRow(layout, u"code"_s, m_code);
    m_name = new QLineEdit(form);
    addFormRow(layout, u"name"_s, m_name);
    m_hostUnit = new QComboBox(form);
    addFormRow(layout, u"host_unit_id"_s, m_hostUnit);
    m_convener = new QComboBox(form);
    addFormRow(layout, u"convener_id"_s, m_convener);
    m_address = new QLineEdit(form);
    addFormRow(layout, u"address"_s, m_address);
    m_phone = new QLineEdit(form);
    addFormRow(layout, u"phone"_s, m_phone);

    auto* dateRow = new QWidget(form);
    auto* dateLayout = new QHBoxLayout(dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    m_hasDate = new QCheckBox(tr("Known"), dateRow);
    m_hasDate->setObjectName(u"hasEstablishedOn"_s);
    m_establishedOn = new QDateEdit(dateRow);
    m_establishedOn->setCalendarPopup(true);
    m_establishedOn->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_establishedOn->setAccessibleName(
        services::OrganisationChecks::fieldLabel(u"established_on"_s));
    dateLayout->addWidget(m_hasDate);
    dateLayout->addWidget(m_establishedOn, 1);
    connect(m_hasDate, &QCheckBox::toggled, m_establishedOn, &QWidget::setEnabled);
    addFormRow(layout, u"established_on"_s, dateRow);

    m_parks = new QListWidget(form);
    m_parks->setAccessibleName(services::OrganisationChecks::fieldLabel(u"parks"_s));
    m_parks->setMaximumHeight(110);
    addFormRow(layout, u"parks"_s, m_parks);
    m_members = new QListWidget(form);
    m_members->setAccessibleName(services::OrganisationChecks::fieldLabel(u"members"_s));
    m_members->setToolTip(tr("Members may come from several units. Space checks or unchecks."));
    addFormRow(layout, u"members"_s, m_members);

    m_enterprises = new QLabel(form);
    m_enterprises->setObjectName(u"enterpriseCount"_s);
    m_enterprises->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(tr("Enterprises served:"), m_enterprises);
    return form;
}

QString ContactPointsPage::title() const
{
    return tr("Contact points");
}

QIcon ContactPointsPage::pageIcon() const
{
    return icon(Icon::ContactPoints);
}

void ContactPointsPage::reload()
{
    const QSqlDatabase connection = session().database.connection();
    auto points = storage::ContactPointRepository(connection).list();
    auto units = storage::UnitRepository(connection).listActive();
    auto officers = storage::OfficerRepository(connection).listAll();
    auto parks = storage::ParkRepository(connection).list();
    if (const Error* error = firstError(points, units, officers, parks)) {
        session().prompts.warn(this, tr("Contact points"), error->message);
        return;
    }

    QHash<QString, QString> unitNames;
    QHash<QString, QString> unitShortNames;
    QHash<QString, int> unitOrder;
    QList<Choice> unitChoices;
    for (const domain::Unit& unit : std::as_const(*units)) {
        unitNames.insert(unit.id, unit.name);
        unitShortNames.insert(unit.id, unit.shortName.isEmpty() ? unit.name : unit.shortName);
        unitOrder.insert(unit.id, int(unitChoices.size()));
        unitChoices.append({unit.id, unit.name});
    }
    // Members are listed unit by unit, each labelled with its unit.
    QList<domain::Officer> byUnit = *officers;
    std::stable_sort(byUnit.begin(), byUnit.end(), [&unitOrder](const auto& a, const auto& b) {
        return unitOrder.value(a.unitId, INT_MAX) < unitOrder.value(b.unitId, INT_MAX);
    });
    QHash<QString, QString> officerNames;
    QList<Choice> officerChoices;
    for (const domain::Officer& officer : std::as_const(byUnit)) {
        officerNames.insert(officer.id, officer.name);
        QString text = tr("%1 — %2").arg(officer.name, unitShortNames.value(officer.unitId));
        if (!officer.active)
            text = tr("%1 (inactive)").arg(text);
        officerChoices.append({officer.id, text});
    }
    QList<Choice> parkChoices;
    for (const domain::Park& park : std::as_const(*parks))
        parkChoices.append({park.id, park.name});

    setChoices(m_hostUnit, unitChoices, tr("(choose a unit)"));
    setChoices(m_convener, officerChoices, tr("(none)"));
    setCheckChoices(m_parks, parkChoices);
    setCheckChoices(m_members, officerChoices);
    m_model->setNames(unitNames, officerNames);
    m_model->setRecords(*points);
    showEnterpriseCount();
}

void ContactPointsPage::showRecord(const QString& id)
{
    const int row = m_model->rowOf(id);
    m_shown = row >= 0 ? m_model->recordAt(row) : domain::ContactPoint{};
    m_code->setText(m_shown.code);
    m_name->setText(m_shown.name);
    choose(m_hostUnit, m_shown.hostUnitId);
    choose(m_convener, m_shown.convenerId);
    m_address->setText(m_shown.address);
    m_phone->setText(m_shown.phone);
    m_hasDate->setChecked(m_shown.establishedOn.isValid());
    m_establishedOn->setEnabled(m_shown.establishedOn.isValid());
    m_establishedOn->setDate(m_shown.establishedOn.isValid() ? m_shown.establishedOn
                                                             : session().clock.today());
    setCheckedIds(m_parks, m_shown.parkIds);
    setCheckedIds(m_members, m_shown.memberIds);
    showEnterpriseCount();
    if (m_printCard)
        m_printCard->setEnabled(!m_shown.id.isEmpty());
}

void ContactPointsPage::showEnterpriseCount()
{
    if (m_shown.id.isEmpty()) {
        m_enterprises->setText(tr("none yet"));
        return;
    }
    auto count = storage::ContactPointRepository(session().database.connection())
                     .enterpriseCount(m_shown.id);
    m_enterprises->setText(count ? QString::number(*count) : count.error().message);
}

domain::ContactPoint ContactPointsPage::formRecord() const
{
    domain::ContactPoint point = m_shown;
    point.code = m_code->text();
    point.name = m_name->text();
    point.hostUnitId = chosenId(m_hostUnit);
    point.convenerId = chosenId(m_convener);
    point.address = m_address->text();
    point.phone = m_phone->text();
    point.establishedOn = m_hasDate->isChecked() ? m_establishedOn->date() : QDate();
    point.parkIds = checkedIds(m_parks);
    point.memberIds = checkedIds(m_members);
    return point;
}

std::optional<QString> ContactPointsPage::saveForm()
{
    auto saved = saveRecord(formRecord(), feedback());
    if (!saved)
        return std::nullopt;
    return saved->id;
}

QWidget* ContactPointsPage::firstField() const
{
    return m_code;
}

} // namespace lp::ui
