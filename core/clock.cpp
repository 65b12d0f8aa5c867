// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lp {

QString toStoredTimestamp(const QDateTime& at)
{
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QDateTime fromStoredTimestamp(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid())
        at.setTimeSpec(Qt::UTC);
    return at;
}

} // namespace lp
