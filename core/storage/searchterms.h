// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The pieces every search as you type is built from (enterprises, visits, problems).
//
// Enterprises: a word of three or more characters is looked up in the trigram index as an FTS5
// phrase; a shorter one is scanned for (10,000 names), with LIKE when it has Latin letters (to
// ignore their case) or instr() otherwise.
//
// Visits and problems (schema 7): each has two full-text indexes of its live rows, <table>_fts
// (trigrams) and <table>_chars (every character a token). A word of three or more characters is
// a trigram phrase; a shorter word of letters and digits is a phrase of its characters in the
// character index; any other short word ("-1") is scanned for with LIKE. A word also finds the
// rows of every enterprise whose name holds it. liveMatches() writes all that as one compound
// SELECT of the rows' seq, which a count can read on its own and a list can probe.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace lp::storage::search {

// The shortest word a trigram index can find.
inline constexpr int kMinTrigramLength = 3;

// From this many matches a list's page walks its order's index and keeps the matches, instead
// of sorting them all: on the district file sorting 17,000 matches takes 80 ms, the walk to the
// first page 6 ms; a walk past the one match of a rare word takes 80 ms, its sort nothing.
inline constexpr int kWalkListFrom = 2000;

[[nodiscard]] bool hasLatinLetter(const QString& word);
// The word as an FTS5 phrase: in double quotes, its own quotes doubled.
[[nodiscard]] QString ftsPhrase(const QString& word);
// A LIKE pattern (ESCAPE '\') that matches the word literally anywhere.
[[nodiscard]] QString containsPattern(const QString& word);

// A table search as you type finds rows of: its name ("visits"), the text columns its indexes
// hold, and the partial index of its live rows by enterprise_id.
struct SearchedTable {
    QString name;
    QStringList columns;
    QString byEnterprise;
};

struct MatchSql {
    QString sql; // a SELECT of one column, seq; empty without words
    QVariantList values;
};

// The live rows of `table` that every word finds, in their own text or their enterprise's name.
[[nodiscard]] MatchSql liveMatches(const SearchedTable& table, const QStringList& words);

} // namespace lp::storage::search
