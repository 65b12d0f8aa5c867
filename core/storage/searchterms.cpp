// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/searchterms.h"

using namespace Qt::StringLiterals;

namespace lp::storage::search {

bool hasLatinLetter(const QString& word)
{
    for (QChar c : word) {
        if (c.unicode() < 128 && c.isLetter())
            return true;
    }
    return false;
}

QString ftsPhrase(const QString& word)
{
    QString quoted = word;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString containsPattern(const QString& word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace lp::storage::search
