// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/TaggerWordForms.h"

#include "core/text/ArabicNormalizer.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Hamish {

QString TaggerWordForms::normalize(QStringView word)
{
    QString out;
    out.reserve(word.size());
    for (const QChar c : word) {
        if (const char16_t folded = ArabicNormalizer::fold(c.unicode()))
            out += QChar(folded);
    }
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
    for (const QString &prefix : prefixes) {
        if (forms.normalized.size() - prefix.size() >= 3 && forms.normalized.startsWith(prefix)) {
            forms.clitics = prefix;
            forms.stem = forms.normalized.mid(prefix.size());
            break;
        }
    }
    return forms;
}

} // namespace Hamish
