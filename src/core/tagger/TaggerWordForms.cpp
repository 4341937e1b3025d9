// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/TaggerWordForms.h"

#include "core/text/ArabicNormalizer.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Hamish {

QString TaggerWordForms::normalize(QStringView word)
{
    // Written in place: appending character by character checks the capacity at each one.
    QString out(word.size(), Qt::Uninitialized);
    QChar *to = out.data();
    qsizetype size = 0;
    for (const QChar c : word) {
        if (const char16_t folded = ArabicNormalizer::fold(c.unicode()))
            to[size++] = QChar(folded);
    }
    out.truncate(size);
    return out;
}

QString TaggerWordForms::normalizeForMentions(QStringView word)
{
    QString out = normalize(word);
    if (endsWithAlefMaqsura(word) && out.endsWith(u'ي'))
        out.back() = u'ى';
    return out;
}

bool TaggerWordForms::endsWithAlefMaqsura(QStringView word)
{
    qsizetype last = word.size() - 1;
    while (last >= 0 && ArabicNormalizer::isDroppedMark(word[last].unicode()))
        --last;
    return last >= 0 && word[last] == u'ى';
}

qsizetype TaggerWordForms::originalLength(QStringView word, qsizetype letters)
{
    qsizetype seen = 0, i = 0;
    while (i < word.size() && seen < letters) {
        if (!ArabicNormalizer::isDroppedMark(word[i].unicode()))
            ++seen;
        ++i;
    }
    return i;
}

TaggerWordForms TaggerWordForms::of(QStringView word)
{
    // Longest first; the rest must keep at least three letters so short words are left whole (light
    // stemming after Larkey et al.).
    static const std::array prefixes = {u"وبال"_s, u"وال"_s, u"بال"_s, u"كال"_s, u"فال"_s, u"ولل"_s,
                                        u"لل"_s,   u"ال"_s,  u"وب"_s,  u"ول"_s,  u"فب"_s,  u"فل"_s,
                                        u"و"_s,    u"ف"_s,   u"ب"_s,   u"ل"_s,   u"ك"_s};
    TaggerWordForms forms;
    forms.normalized = normalize(word);
    forms.stem = forms.normalized;
    // Every prefix starts with one of these letters: a word that does not (most of them) compares no prefix.
    const QStringView normalized = forms.normalized;
    if (normalized.size() < 4 || !QStringView(u"اوبكفل").contains(normalized.front()))
        return forms;
    for (const QString &prefix : prefixes) {
        if (normalized.size() - prefix.size() >= 3 && normalized.startsWith(prefix)) {
            forms.clitics = prefix;
            forms.stem = forms.normalized.mid(prefix.size());
            break;
        }
    }
    return forms;
}

} // namespace Hamish
