// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/enterpriseform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/domain/creditcode.h"
#include "core/domain/industry.h"
#include "core/services/enterpriseservice.h"
#include "core/storage/contactpointrepository.h"
#include "core/storage/database.h"
#include "core/storage/officerrepository.h"
#include "core/storage/parkrepository.h"
#include "core/storage/unitrepository.h"
#include "ui/session.h"
#include "ui/widgets/formfeedback.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

using services::EnterpriseService;

EnterpriseForm::EnterpriseForm(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_feedback(new FormFeedback(this))
{
    buildLayout();
    reloadChoices();
    setRecord({});
}

void EnterpriseForm::buildLayout()
{
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1); // the fields stay at the top however tall the pane is
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"formHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    form->addRow(m_heading);

    const auto line = [this, form](const QString& column, const QString& objectName) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        form->addRow(EnterpriseService::fieldLabel(column) + u':', edit);
        m_feedback->addField(column, edit, form);
        return edit;
    };
    m_name = line(u"name"_s, u"name"_s);
    m_creditCode = line(u"credit_code"_s, u"creditCode"_s);
    m_creditCode->setMaxLength(24);
    m_creditCode->setPlaceholderText(tr("18 characters, as on the business licence"));

    m_acceptRow = new QWidget(this);
    auto* accept = new QHBoxLayout(m_acceptRow);
    accept->setContentsMargins(0, 0, 0, 0);
    m_acceptCode = new QCheckBox(tr("Accept this code; reason:"), m_acceptRow);
    m_acceptCode->setObjectName(u"acceptCode"_s);
    m_acceptReason = new QLineEdit(m_acceptRow);
    m_acceptReason->setObjectName(u"acceptReason"_s);
    m_acceptReason->setPlaceholderText(tr("e.g. checked against the original licence"));
    accept->addWidget(m_acceptCode);
    accept->addWidget(m_acceptReason, 1);
    form->addRow(QString(), m_acceptRow);
    connect(m_creditCode, &QLineEdit::textChanged, this, &EnterpriseForm::updateCodeAcceptance);
    connect(m_acceptCode, &QCheckBox::toggled, m_acceptReason, &QWidget::setEnabled);

    m_legalRepresentative = line(u"legal_representative"_s, u"legalRepresentative"_s);
    m_contactName = line(u"contact_name"_s, u"contactName"_s);
    m_contactPhone = line(u"contact_phone"_s, u"contactPhone"_s);
    m_address = line(u"address"_s, u"address"_s);

    const auto combo = [this, form](const QString& column, const QString& objectName) {
        auto* box = new QComboBox(this);
        box->setObjectName(objectName);
        box->setMinimumContentsLength(12);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        form->addRow(EnterpriseService::fieldLabel(column) + u':', box);
        m_feedback->addField(column, box, form);
        return box;
    };
    m_industry = combo(u"industry"_s, u"industry"_s);
    m_industry->addItem(tr("(not given)"));
    for (const auto& section : domain::Industries::sections())
        m_industry->addItem(domain::Industries::displayName(section.letter),
                            QString(section.letter));
    m_scale = combo(u"scale"_s, u"scale"_s);
    m_scale->addItem(tr("(not given)"));
    for (domain::EnterpriseScale scale : domain::allEnterpriseScales())
        m_scale->addItem(domain::EnterpriseScaleNames::displayName(scale),
                         domain::enterpriseScaleCode(scale));
    m_park = combo(u"park_id"_s, u"park"_s);
    m_point = combo(u"contact_point_id"_s, u"contactPoint"_s);
    m_liaison = combo(u"liaison_officer_id"_s, u"liaison"_s);
    m_judge = combo(u"liaison_judge_id"_s, u"liaisonJudge"_s);

    auto* flags = new QHBoxLayout;
    m_disputes = new QCheckBox(
        domain::EnterpriseFlagNames::displayName(domain::EnterpriseFlag::Disputes), this);
    m_difficulty = new QCheckBox(
        domain::EnterpriseFlagNames::displayName(domain::EnterpriseFlag::Difficulty), this);
    m_key =
        new QCheckBox(domain::EnterpriseFlagNames::displayName(domain::EnterpriseFlag::Key), this);
    for (QCheckBox* box : {m_disputes, m_difficulty, m_key})
        flags->addWidget(box);
    flags->addStretch();
    form->addRow(tr("Visit priority:"), flags);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    form->addRow(EnterpriseService::fieldLabel(u"notes"_s) + u':', m_notes);

    auto* history = new QPushButton(tr("Change &history…"), this);
    history->setObjectName(u"history"_s);
    m_historyButton = history;
    connect(history, &QPushButton::clicked, this, [this] { Q_EMIT historyRequested(m_loaded.id); });
    form->addRow(QString(), history);
}

void EnterpriseForm::fillCombo(QComboBox* combo, const QList<std::pair<QString, QString>>& items)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(tr("(none)"));
    for (const auto& [label, id] : items)
        combo->addItem(label, id);
    select(combo, current);
}

void EnterpriseForm::select(QComboBox* combo, const QString& id)
{
    const int index = id.isEmpty() ? 0 : combo->findData(id);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void EnterpriseForm::reloadChoices()
{
    const QSqlDatabase connection = m_session.database.connection();
    QList<std::pair<QString, QString>> parks;
    for (const auto& park : storage::ParkRepository(connection).list().value_or({}))
        parks.append({park.name, park.id});
    fillCombo(m_park, parks);
    QList<std::pair<QString, QString>> points;
    for (const auto& point : storage::ContactPointRepository(connection).list().value_or({}))
        points.append({point.name, point.id});
    fillCombo(m_point, points);

    QHash<QString, QString> unitNames;
    for (const auto& unit : storage::UnitRepository(connection).listActive().value_or({}))
        unitNames.insert(unit.id, unit.shortName.isEmpty() ? unit.name : unit.shortName);
    QList<std::pair<QString, QString>> officers;
    QList<std::pair<QString, QString>> judges;
    for (const auto& officer : storage::OfficerRepository(connection).listActive().value_or({})) {
        const QString label = tr("%1 (%2)").arg(officer.name, unitNames.value(officer.unitId));
        officers.append({label, officer.id});
        if (officer.role == domain::OfficerRole::Judge ||
            officer.role == domain::OfficerRole::Prosecutor)
            judges.append({label, officer.id});
    }
    fillCombo(m_liaison, officers);
    fillCombo(m_judge, judges);
}

void EnterpriseForm::setRecord(const domain::Enterprise& e)
{
    m_loaded = e;
    m_feedback->clear();
    m_heading->setText(e.id.isEmpty() ? tr("New enterprise") : e.name);
    m_name->setText(e.name);
    m_creditCode->setText(e.creditCode);
    m_acceptCode->setChecked(!e.creditCodeOverride.isEmpty());
    m_acceptReason->setText(e.creditCodeOverride);
    m_legalRepresentative->setText(e.legalRepresentative);
    m_contactName->setText(e.contactName);
    m_contactPhone->setText(e.contactPhone);
    m_address->setText(e.address);
    select(m_industry, e.industry.isNull() ? QString() : QString(e.industry));
    select(m_scale, e.scale ? domain::enterpriseScaleCode(*e.scale) : QString());
    select(m_park, e.parkId);
    select(m_point, e.contactPointId);
    select(m_liaison, e.liaisonOfficerId);
    select(m_judge, e.liaisonJudgeId);
    m_disputes->setChecked(e.disputes);
    m_difficulty->setChecked(e.difficulty);
    m_key->setChecked(e.key);
    m_notes->setPlainText(e.notes);
    m_historyButton->setEnabled(!e.id.isEmpty());
    updateCodeAcceptance();
}

domain::Enterprise EnterpriseForm::record() const
{
    domain::Enterprise e = m_loaded;
    e.name = m_name->text();
    e.creditCode = m_creditCode->text();
    e.creditCodeOverride = m_acceptCode->isChecked() ? m_acceptReason->text() : QString();
    e.legalRepresentative = m_legalRepresentative->text();
    e.contactName = m_contactName->text();
    e.contactPhone = m_contactPhone->text();
    e.address = m_address->text();
    const QString industry = m_industry->currentData().toString();
    e.industry = industry.isEmpty() ? QChar() : industry[0];
    e.scale = domain::enterpriseScaleFromCode(m_scale->currentData().toString());
    e.parkId = m_park->currentData().toString();
    e.contactPointId = m_point->currentData().toString();
    e.liaisonOfficerId = m_liaison->currentData().toString();
    e.liaisonJudgeId = m_judge->currentData().toString();
    e.disputes = m_disputes->isChecked();
    e.difficulty = m_difficulty->isChecked();
    e.key = m_key->isChecked();
    e.notes = m_notes->toPlainText();
    return e;
}

bool EnterpriseForm::isModified() const
{
    const domain::Enterprise now = EnterpriseService::normalized(record());
    const domain::Enterprise was = EnterpriseService::normalized(m_loaded);
    return now.name != was.name || now.creditCode != was.creditCode ||
           now.creditCodeOverride != was.creditCodeOverride ||
           now.legalRepresentative != was.legalRepresentative ||
           now.contactName != was.contactName || now.contactPhone != was.contactPhone ||
           now.address != was.address || now.industry != was.industry || now.scale != was.scale ||
           now.parkId != was.parkId || now.contactPointId != was.contactPointId ||
           now.liaisonOfficerId != was.liaisonOfficerId ||
           now.liaisonJudgeId != was.liaisonJudgeId || now.disputes != was.disputes ||
           now.difficulty != was.difficulty || now.key != was.key || now.notes != was.notes;
}

void EnterpriseForm::updateCodeAcceptance()
{
    // Only a code whose form is right but whose check characters fail may be accepted.
    const auto valid =
        domain::CreditCode::validate(domain::CreditCode::normalized(m_creditCode->text()));
    const bool acceptable = !valid && valid.error().code == ErrorCode::Conflict;
    m_acceptRow->setVisible(acceptable || m_acceptCode->isChecked());
    m_acceptReason->setEnabled(m_acceptCode->isChecked());
}

void EnterpriseForm::showIssues(const services::FieldIssues& issues)
{
    m_feedback->show(issues);
    m_feedback->focusFirstIssue();
}

void EnterpriseForm::focusName()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

} // namespace lp::ui
