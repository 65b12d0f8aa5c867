// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Which column of an enterprise roster holds what, found by its header: the Chinese headers
// offices use (企业名称, 统一社会信用代码, …, including the ones LinkPoint's own roster export
// writes), their common variants and English ones.
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include "core/result.h"

namespace lp::imports {

enum class RosterField {
    Name,
    CreditCode,
    LegalRepresentative,
    ContactName,
    ContactPhone,
    Address,
    Park,
    ContactPoint,
    Industry,
    Scale,
};

struct RosterColumns {
    QMap<RosterField, int> index; // field → column (0-based)
    QStringList ignored;          // headers that name nothing LinkPoint imports

    [[nodiscard]] bool has(RosterField field) const { return index.contains(field); }
    // The cell of `field` in `row`, trimmed; empty when the column is absent or the row short.
    [[nodiscard]] QString cell(const QStringList& row, RosterField field) const;
};

class RosterColumnMatcher final {
    Q_DECLARE_TR_FUNCTIONS(RosterColumnMatcher)
public:
    // Fails when a required column (name, credit code) is missing or a field appears twice,
    // naming the headers it found.
    static Result<RosterColumns> match(const QStringList& header);
    // The header LinkPoint writes for a field in its roster (Chinese, as printed).
    static QString header(RosterField field);
};

} // namespace lp::imports
