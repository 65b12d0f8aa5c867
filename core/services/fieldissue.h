// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A form checks every field at once and shows each problem beside its field; a FieldIssue is
// one such problem. Conflict marks what an explicit override may accept (a non-conforming
// credit code), InvalidInput what must be corrected.
#pragma once

#include <QList>
#include <QString>

#include "core/error.h"

namespace lp::services {

struct FieldIssue {
    QString field; // the record's column name ("credit_code")
    Error error;
};
using FieldIssues = QList<FieldIssue>;

// The issue for `field`, if any.
[[nodiscard]] inline const FieldIssue* issueFor(const FieldIssues& issues, const QString& field)
{
    for (const FieldIssue& issue : issues) {
        if (issue.field == field)
            return &issue;
    }
    return nullptr;
}

} // namespace lp::services
