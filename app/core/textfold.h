// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace ok {

// The one normalisation applied both to product text before it is indexed (SQLite FTS5) and to
// every search query, so that "zolc" finds "Żółć" and "smorbrod" finds "Smørbrød".
// Steps, in order:
//  1. NFKD: separates diacritics (ż → z + ◌̇) and unfolds compatibility forms (ﬁ → fi, ² → 2).
//  2. Drops nonspacing and enclosing marks (Mn, Me). Spacing marks (Mc, e.g. Devanagari vowel
//     signs) are kept because they are part of the word, not decoration.
//  3. Lower-cases with Unicode full case mapping (QString::toLower).
//  4. Maps letters that do not decompose: ł→l, ø→o, æ→ae, œ→oe, ß→ss, đ→d, ð→d, þ→th, ı→i,
//     ħ→h, ŧ→t. Cyrillic ё→е and й→и need no entry: NFKD splits them into е/и plus a mark
//     that step 2 drops. Folding й into и is accepted: a search for "чай" also finds "чаи", a
//     rare, harmless extra hit, and people often type и for й on a Latin keyboard layout.
//  5. Every character that is not a letter, digit or spacing mark (punctuation, symbols,
//     whitespace) becomes a separator; runs of separators collapse to one space, none at the
//     ends. Decimal commas and dots are separators too: "2,5%" and "2.5 %" both give "2 5",
//     which is what FTS5's unicode61 tokenizer would split them into anyway, and makes the
//     Polish/Italian/Russian decimal comma match an English decimal point.
// The result is idempotent: foldForSearch(foldForSearch(x)) == foldForSearch(x).
QString foldForSearch(QStringView text);

} // namespace ok
