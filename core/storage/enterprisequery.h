// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the enterprise list shows: a filter (as the filter bar and the roster export take it),
// a sort, and the rows of one window of the result.
#pragma once

#include <optional>

#include <QChar>
#include <QString>

#include "core/domain/enterprise.h"

namespace lp::storage {

enum class EnterpriseColumn {
    Name,
    CreditCode,
    LegalRepresentative,
    Contact,
    Phone,
    Address,
    Industry,
    Scale,
    Park,
    ContactPoint,
    Liaison,
    Flags,
};
inline constexpr int kEnterpriseColumnCount = static_cast<int>(EnterpriseColumn::Flags) + 1;

struct EnterpriseFilter {
    QString search; // words, all of which must appear in name, code, contact, phone or address
    QString parkId;
    QString contactPointId;
    QChar industry;
    std::optional<domain::EnterpriseScale> scale;
    int flags = 0;            // EnterpriseFlag bits, all required
    QString liaisonOfficerId; // the liaison officer or the liaison judge/prosecutor
    bool deleted = false;     // the recycle bin instead of the live records

    EnterpriseColumn sortColumn = EnterpriseColumn::Name;
    bool ascending = true;
};

struct EnterpriseRow {
    QString id;
    int version = 0;
    QString name;
    QString creditCode;
    bool creditCodeOverridden = false;
    QString legalRepresentative;
    QString contactName;
    QString contactPhone;
    QString address;
    QChar industry;
    std::optional<domain::EnterpriseScale> scale;
    QString parkName;
    QString contactPointName;
    QString liaisonName;
    QString liaisonJudgeName;
    int flags = 0;
    QString deletedAt; // the recycle bin only
};

} // namespace lp::storage
