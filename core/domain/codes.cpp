// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/codes.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lp::domain {

Result<void> Codes::validate(const QString& code, const QString& fieldLabel)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9_-]{0,31}$"_s);
    if (code.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("%1: enter a code.").arg(fieldLabel));
    if (!pattern.match(code).hasMatch()) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1: \"%2\" is not a valid code. Use 1 to 32 lower-case letters a-z, "
                       "digits, '-' or '_', starting with a letter or digit.")
                        .arg(fieldLabel, code));
    }
    return {};
}

} // namespace lp::domain
