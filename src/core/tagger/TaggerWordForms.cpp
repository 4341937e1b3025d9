#include "TaggerWordForms.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

bool isDropped(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || c == 0x200E || c == 0x200F || c == 0x061C
           || c == 0x200C || c == 0x200D;
}

} // namespace

QString TaggerWordForms::normalize(QStringView word)
{
    QString out;
    out.reserve(word.size());
    for (const QChar qc : word) {
        const char16_t c = qc.unicode();
        if (isDropped(c))
            continue;
        switch (c) {
        case 0x0623: // أ
        case 0x0625: // إ
        case 0x0622: // آ
        case 0x0671: // ٱ
            out += QChar(0x0627);
            break;
        case 0x0649: // ى
            out += QChar(0x064A);
            break;
        case 0x0629: // ة
            out += QChar(0x0647);
            break;
        default:
            if (c >= 0x0660 && c <= 0x0669)
                out += QChar(u'0' + (c - 0x0660));
            else if (c >= 0x06F0 && c <= 0x06F9)
                out += QChar(u'0' + (c - 0x06F0));
            else
                out += qc;
        }
    }
    return out;
}

qsizetype TaggerWordForms::originalLength(QStringView word, qsizetype letters)
{
    qsizetype seen = 0, i = 0;
    while (i < word.size() && seen < letters) {
        if (!isDropped(word[i].unicode()))
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
