// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/enterpriseservice.h"

#include "core/domain/creditcode.h"
#include "core/domain/industry.h"
#include "core/domain/phone.h"
#include "core/services/changehub.h"
#include "core/services/recyclebin.h"
#include "core/storage/database.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace lp::services {

QString EnterpriseService::fieldLabel(const QString& column)
{
    static const QList<std::pair<QString, const char*>> labels{
        {u"name"_s, QT_TR_NOOP("Enterprise name")},
        {u"credit_code"_s, QT_TR_NOOP("Unified social credit code")},
        {u"credit_code_override"_s, QT_TR_NOOP("Reason for accepting the code")},
        {u"legal_representative"_s, QT_TR_NOOP("Legal representative")},
        {u"contact_name"_s, QT_TR_NOOP("Contact person")},
        {u"contact_phone"_s, QT_TR_NOOP("Contact phone")},
        {u"address"_s, QT_TR_NOOP("Address")},
        {u"industry"_s, QT_TR_NOOP("Industry")},
        {u"scale"_s, QT_TR_NOOP("Scale")},
        {u"park_id"_s, QT_TR_NOOP("Park")},
        {u"contact_point_id"_s, QT_TR_NOOP("Contact point")},
        {u"liaison_officer_id"_s, QT_TR_NOOP("Liaison officer")},
        {u"liaison_judge_id"_s, QT_TR_NOOP("Liaison judge or prosecutor")},
        {u"notes"_s, QT_TR_NOOP("Notes")}};
    for (const auto& [name, label] : labels) {
        if (name == column)
            return tr(label);
    }
    return column;
}

Error EnterpriseService::codeTaken(const QString& code, const QString& holder)
{
    return Error{ErrorCode::Conflict,
                 tr("%1: %2 is already the code of \"%3\". Open that enterprise instead of "
                    "entering it twice.")
                     .arg(fieldLabel(u"credit_code"_s), code, holder),
                 {}};
}

domain::Enterprise EnterpriseService::normalized(domain::Enterprise e)
{
    e.name = e.name.simplified();
    e.creditCode = domain::CreditCode::normalized(e.creditCode);
    e.creditCodeOverride = e.creditCodeOverride.trimmed();
    e.legalRepresentative = e.legalRepresentative.simplified();
    e.contactName = e.contactName.simplified();
    e.contactPhone = domain::Phone::normalized(e.contactPhone);
    e.address = e.address.simplified();
    e.notes = e.notes.trimmed();
    if (!e.industry.isNull())
        e.industry = e.industry.toUpper();
    return e;
}

FieldIssues EnterpriseService::validate(const domain::Enterprise& e)
{
    FieldIssues issues;
    if (e.name.isEmpty()) {
        issues.append(
            {u"name"_s,
             {ErrorCode::InvalidInput, tr("%1 is required.").arg(fieldLabel(u"name"_s)), {}}});
    }
    if (e.creditCode.isEmpty()) {
        issues.append({u"credit_code"_s,
                       {ErrorCode::InvalidInput,
                        tr("%1 is required: the 18 characters on the business licence.")
                            .arg(fieldLabel(u"credit_code"_s)),
                        {}}});
    } else if (auto valid = domain::CreditCode::validate(e.creditCode); !valid) {
        Error error = valid.error();
        if (error.code == ErrorCode::Conflict && e.creditCodeOverride.isEmpty()) {
            error.message += u' ' + tr("If the code on the licence really reads so (some early "
                                       "pilot-region codes do), accept it and give the reason.");
            issues.append({u"credit_code"_s, error});
        } else if (error.code != ErrorCode::Conflict) {
            issues.append({u"credit_code"_s, error});
        }
    }
    if (!e.contactPhone.isEmpty()) {
        if (auto phone = domain::Phone::validate(e.contactPhone, fieldLabel(u"contact_phone"_s));
            !phone)
            issues.append({u"contact_phone"_s, phone.error()});
    }
    if (!e.industry.isNull() && !domain::Industries::find(e.industry)) {
        issues.append({u"industry"_s,
                       {ErrorCode::InvalidInput,
                        tr("%1: \"%2\" is not a section of GB/T 4754; use a letter from A to T.")
                            .arg(fieldLabel(u"industry"_s), QString(e.industry)),
                        {}}});
    }
    return issues;
}

Result<FieldIssues> EnterpriseService::check(const domain::Enterprise& e) const
{
    FieldIssues issues = validate(e);
    if (issueFor(issues, u"credit_code"_s) || e.creditCode.isEmpty())
        return issues;
    storage::EnterpriseRepository repository(m_database.connection());
    auto holder = repository.findByCreditCode(e.creditCode);
    if (!holder)
        return fail(holder.error());
    if (holder->has_value() && (*holder)->id != e.id)
        issues.append({u"credit_code"_s, codeTaken(e.creditCode, (*holder)->name)});
    return issues;
}

Result<domain::Enterprise> EnterpriseService::save(domain::Enterprise enterprise)
{
    enterprise = normalized(std::move(enterprise));
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto issues = check(enterprise);
    if (!issues)
        return fail(issues.error());
    if (!issues->isEmpty())
        return fail(issues->first().error);
    storage::RecordWriter writer(transaction->connection(), m_database.clock(), m_actor);
    auto saved = enterprise.id.isEmpty()
                     ? storage::EnterpriseRepository::insert(writer, enterprise)
                     : storage::EnterpriseRepository::update(writer, enterprise);
    if (!saved)
        return fail(saved.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    if (m_changes)
        m_changes->announce(storage::tables::enterprises().name, {saved->id});
    return saved;
}

Result<storage::RecordMeta> EnterpriseService::remove(const QString& id, int version)
{
    return RecycleBin(m_database, m_actor, m_changes)
        .remove(storage::tables::enterprises(), id, version);
}

Result<storage::RecordMeta> EnterpriseService::restore(const QString& id, int version)
{
    return RecycleBin(m_database, m_actor, m_changes)
        .restore(storage::tables::enterprises(), id, version);
}

} // namespace lp::services
