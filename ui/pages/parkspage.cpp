// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/parkspage.h"

#include <QFormLayout>
#include <QLineEdit>

#include "core/services/organisationchecks.h"
#include "core/storage/database.h"
#include "core/storage/parkrepository.h"
#include "core/storage/tables.h"
#include "ui/icons.h"
#include "ui/models/parklistmodel.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

ParksPage::ParksPage(Session& session, QWidget* parent)
    : RecordPage(session, storage::tables::parks(), parent)
{
    m_model = new ParkListModel(this);
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    auto line = [form](const QString& name) {
        auto* edit = new QLineEdit(form);
        edit->setObjectName(name);
        return edit;
    };
    m_code = codeEdit(form);
    m_name = line(u"name"_s);
    m_address = line(u"address"_s);
    m_managingBody = line(u"managing_body"_s);
    m_contactName = line(u"contact_name"_s);
    m_contactPhone = line(u"contact_phone"_s);
    const QList<std::pair<QString, QLineEdit*>> rows{{u"code"_s, m_code},
                                                     {u"name"_s, m_name},
                                                     {u"address"_s, m_address},
                                                     {u"managing_body"_s, m_managingBody},
                                                     {u"contact_name"_s, m_contactName},
                                                     {u"contact_phone"_s, m_contactPhone}};
    for (const auto& [column, edit] : rows) {
        layout->addRow(tr("%1:").arg(services::OrganisationChecks::fieldLabel(column)), edit);
        feedback().addField(column, edit, layout);
    }
    connect(&feedback(), &FormFeedback::fieldLeft, this,
            [this](const QString& column) { recheck(formRecord(), feedback(), column); });
    setUp(m_model, form, {storage::tables::parks().name});
    newRecord(); // the list loads when the page is first shown (refresh)
}

QString ParksPage::title() const
{
    return tr("Parks");
}

QIcon ParksPage::pageIcon() const
{
    return icon(Icon::Parks);
}

void ParksPage::reload()
{
    auto parks = storage::ParkRepository(session().database.connection()).list();
    if (!parks) {
        session().prompts.warn(this, tr("Parks"), parks.error().message);
        return;
    }
    m_model->setRecords(*parks);
}

void ParksPage::showRecord(const QString& id)
{
    const int row = m_model->rowOf(id);
    m_shown = row >= 0 ? m_model->recordAt(row) : domain::Park{};
    m_code->setText(m_shown.code);
    m_name->setText(m_shown.name);
    m_address->setText(m_shown.address);
    m_managingBody->setText(m_shown.managingBody);
    m_contactName->setText(m_shown.contactName);
    m_contactPhone->setText(m_shown.contactPhone);
}

domain::Park ParksPage::formRecord() const
{
    domain::Park park = m_shown;
    park.code = m_code->text();
    park.name = m_name->text();
    park.address = m_address->text();
    park.managingBody = m_managingBody->text();
    park.contactName = m_contactName->text();
    park.contactPhone = m_contactPhone->text();
    return park;
}

std::optional<QString> ParksPage::saveForm()
{
    auto saved = saveRecord(formRecord(), feedback());
    if (!saved)
        return std::nullopt;
    return saved->id;
}

QWidget* ParksPage::firstField() const
{
    return m_code;
}

} // namespace lp::ui
