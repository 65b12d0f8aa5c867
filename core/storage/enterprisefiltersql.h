// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The SQL pieces an EnterpriseFilter becomes: the FROM with the joins the sort needs, the WHERE
// with its bound values, and the ORDER BY. Only identifiers chosen here go into the text.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include "core/storage/enterprisequery.h"

namespace lp::storage {

struct EnterpriseFilterSql {
    QString from;  // "enterprises e LEFT JOIN …"
    QString where; // "e.deleted_at IS NULL AND …"
    QVariantList values;
    QString orderBy; // "… , e.seq"

    static EnterpriseFilterSql build(const EnterpriseFilter& filter, bool withJoins);
    // Search words: split on white space; trigram index words have 3+ characters.
    static QStringList searchWords(const QString& search);
};

} // namespace lp::storage
