// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/result.h"

namespace lp::domain {

// Mainland phone numbers: mobiles (11 digits, 1[3-9]…), landlines with their area code
// (0917-3456789, an extension after another hyphen), and 400/800 service numbers.
class Phone final {
    Q_DECLARE_TR_FUNCTIONS(Phone)
public:
    // Spaces taken out; full-width digits and hyphens made half-width.
    [[nodiscard]] static QString normalized(const QString& input);
    static Result<void> validate(const QString& phone, const QString& fieldLabel);
};

} // namespace lp::domain
