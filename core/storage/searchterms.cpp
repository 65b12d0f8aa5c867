// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/searchterms.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lp::storage::search {
namespace {

// A word the character index can find: letters and digits only, its tokens.
bool onlyLettersAndDigits(const QString& word)
{
    const QList<uint> points = word.toUcs4();
    return std::all_of(points.cbegin(), points.cend(),
                       [](uint point) { return QChar::isLetterOrNumber(point); });
}

// The word's characters as one phrase of the character index: "欠款" is "欠 款".
QString charPhrase(const QString& word)
{
    QStringList characters;
    for (uint point : word.toUcs4())
        characters.append(QString::fromUcs4(reinterpret_cast<const char32_t*>(&point), 1));
    return u'"' + characters.join(u' ') + u'"';
}

// The live rows one word finds in the table's own text.
MatchSql textMatches(const SearchedTable& table, const QString& word)
{
    if (word.size() >= kMinTrigramLength)
        return {u"SELECT rowid AS seq FROM %1_fts WHERE %1_fts MATCH ?"_s.arg(table.name),
                {ftsPhrase(word)}};
    if (onlyLettersAndDigits(word))
        return {u"SELECT rowid AS seq FROM %1_chars WHERE %1_chars MATCH ?"_s.arg(table.name),
                {charPhrase(word)}};
    QStringList tests;
    QVariantList values;
    for (const QString& column : table.columns) {
        tests.append(column + u" LIKE ? ESCAPE '\\'"_s);
        values.append(containsPattern(word));
    }
    return {u"SELECT seq FROM %1 WHERE deleted_at IS NULL AND (%2)"_s.arg(table.name,
                                                                          tests.join(u" OR "_s)),
            values};
}

// The live rows of the enterprises whose name holds the word.
MatchSql enterpriseMatches(const SearchedTable& table, const QString& word)
{
    const QString rows = u"SELECT seq FROM %1 INDEXED BY %2 WHERE deleted_at IS NULL AND "
                         "enterprise_id IN (SELECT id FROM enterprises WHERE %3)"_s;
    if (word.size() >= kMinTrigramLength)
        return {rows.arg(table.name, table.byEnterprise,
                         u"seq IN (SELECT rowid FROM enterprises_fts WHERE enterprises_fts "
                         "MATCH ?)"_s),
                {QString(u"name : "_s + ftsPhrase(word))}};
    if (hasLatinLetter(word))
        return {rows.arg(table.name, table.byEnterprise, u"name LIKE ? ESCAPE '\\'"_s),
                {containsPattern(word)}};
    return {rows.arg(table.name, table.byEnterprise, u"instr(name, ?) > 0"_s), {word}};
}

} // namespace

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

MatchSql liveMatches(const SearchedTable& table, const QStringList& words)
{
    // SQLite cannot bracket the members of a compound SELECT, so each word's union is a
    // subquery and the words intersect.
    QStringList perWord;
    MatchSql matches;
    for (const QString& word : words) {
        const MatchSql text = textMatches(table, word);
        const MatchSql names = enterpriseMatches(table, word);
        perWord.append(u"SELECT seq FROM (%1 UNION %2)"_s.arg(text.sql, names.sql));
        matches.values << text.values << names.values;
    }
    matches.sql = perWord.join(u" INTERSECT "_s);
    return matches;
}

} // namespace lp::storage::search
