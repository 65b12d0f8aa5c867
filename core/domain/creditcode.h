// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
// 0-9 and A-Z without I, O, Z, S, V. Position 1 registration authority, 2 entity type, 3–8 the
// administrative division (digits), 9–17 the organisation code whose 17th character is its
// GB 11714 check digit, and 18 the GB 32100 check character. (../shared/RESEARCH.md §1)
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/result.h"

namespace lp::domain {

class CreditCode final {
    Q_DECLARE_TR_FUNCTIONS(CreditCode)
public:
    // Upper case, with spaces and hyphens taken out, as people paste codes.
    [[nodiscard]] static QString normalized(const QString& input);

    // Checks a normalized code; the message names the position at fault and what belongs there.
    // Early pilot-region codes are real but may fail the check digits: ErrorCode::Conflict marks
    // those (a save may override them with a reason), InvalidInput everything else.
    static Result<void> validate(const QString& code);

    // The GB 32100 check character for the first 17 characters.
    [[nodiscard]] static QChar checkCharacter(QStringView first17);
    // The GB 11714 check digit ('0'–'9' or 'X') for an 8-character organisation code body.
    [[nodiscard]] static QChar organizationCheck(QStringView body8);

    static constexpr int kLength = 18;
};

} // namespace lp::domain
