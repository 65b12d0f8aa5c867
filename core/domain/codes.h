// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/result.h"

namespace lp::domain {

// Short codes people type on the command line (units, sections, officers, parks): 1 to 32
// characters of lower-case ASCII letters, digits, '-' and '_', starting with a letter or digit.
class Codes final {
    Q_DECLARE_TR_FUNCTIONS(Codes)
public:
    static Result<void> validate(const QString& code, const QString& fieldLabel);
};

} // namespace lp::domain
