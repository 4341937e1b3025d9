// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Hamish {

// The forms of one Arabic word the tagger's features look at: the matching form (normalised letters, no
// diacritics) and that form with its proclitics (و ف ب ل ك and the article) stripped.
struct TaggerWordForms
{
    QString normalized;
    QString stem;    // `normalized` without its proclitics; equal to it when nothing was stripped
    QString clitics; // the stripped proclitics, e.g. "وال"; empty when none

    static TaggerWordForms of(QStringView word);
    // The engine's matching form (ArabicNormalizer::fold on each character) of one word.
    static QString normalize(QStringView word);
    // normalize(), but a final alef maqsura stays itself: where one mention is looked for everywhere (the
    // consistency pass, what the user taught), «على» (on) is not «علي» (Ali), nor «منى» (Mona) «مني» (from me).
    static QString normalizeForMentions(QStringView word);
    // Whether the word as written ends with alef maqsura (ى), marks after it aside.
    static bool endsWithAlefMaqsura(QStringView word);
    // How many UTF-16 units of `word` hold its first `letters` normalised letters (marks it drops included).
    static qsizetype originalLength(QStringView word, qsizetype letters);
};

} // namespace Hamish
