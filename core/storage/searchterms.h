// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The pieces every search as you type is built from (enterprises, visits, problems): a word of
// three or more characters is looked up in a trigram index as an FTS5 phrase; a shorter one is
// scanned for, with LIKE when it has Latin letters (to ignore their case) or instr() otherwise.
#pragma once

#include <QString>

namespace lp::storage::search {

// The shortest word a trigram index can find.
inline constexpr int kMinTrigramLength = 3;

[[nodiscard]] bool hasLatinLetter(const QString& word);
// The word as an FTS5 phrase: in double quotes, its own quotes doubled.
[[nodiscard]] QString ftsPhrase(const QString& word);
// A LIKE pattern (ESCAPE '\') that matches the word literally anywhere.
[[nodiscard]] QString containsPattern(const QString& word);

} // namespace lp::storage::search
