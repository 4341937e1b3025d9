// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/ArabicNormalizer.h"

namespace Hamish {

namespace {

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x2009 || c == 0x202F || c == 0x3000 || c == u'\f'
           || c == u'\v';
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029;
}

} // namespace

char16_t ArabicNormalizer::fold(char16_t c)
{
    if (c < 0x80) {
        if (c >= u'A' && c <= u'Z')
            return c + 32;
        return c;
    }
    if (isDroppedMark(c))
        return 0;
    switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
        return 0x0627;
    case 0x0649: // ى
    case 0x06CC: // Persian yeh
        return 0x064A;
    case 0x0629: // ة
        return 0x0647;
    case 0x06A9: // keheh
        return 0x0643;
    case 0x066B: // Arabic decimal separator
        return u'.';
    case 0x066C: // Arabic thousands separator
        return u',';
    case 0x066A: // Arabic percent sign
        return u'%';
    default:
        break;
    }
    if (const int digit = digitValue(c); digit >= 0)
        return char16_t(u'0' + digit);
    return c;
}

NormalizedText ArabicNormalizer::normalize(QStringView original)
{
    NormalizedText result;
    const qsizetype size = original.size();
    result.text.resize(size);
    result.origin.resize(size + 1);
    char16_t *out = reinterpret_cast<char16_t *>(result.text.data());
    qsizetype *origin = result.origin.data();
    const auto *in = reinterpret_cast<const char16_t *>(original.utf16());
    qsizetype n = 0;
    for (qsizetype i = 0; i < size;) {
        const char16_t c = in[i];
        if (isSpace(c) || isLineBreak(c)) {
            // A run of blanks becomes one space, or one newline if it holds a line break.
            const qsizetype runStart = i;
            bool lineBreak = false;
            while (i < size && (isSpace(in[i]) || isLineBreak(in[i]) || isDroppedMark(in[i]))) {
                lineBreak = lineBreak || isLineBreak(in[i]);
                ++i;
            }
            out[n] = lineBreak ? u'\n' : u' ';
            origin[n++] = runStart;
            continue;
        }
        const char16_t folded = fold(c);
        if (folded != 0) {
            out[n] = folded;
            origin[n++] = i;
        }
        ++i;
    }
    result.text.truncate(n);
    origin[n] = size;
    result.origin.resize(n + 1);
    return result;
}

qsizetype NormalizedText::originalEnd(QStringView original, qsizetype to) const
{
    if (to <= 0)
        return origin.at(0);
    qsizetype end = origin.at(to - 1) + 1;
    if (end < original.size() && QChar::isHighSurrogate(original.at(end - 1).unicode()))
        ++end;
    while (end < original.size() && ArabicNormalizer::isDroppedMark(original.at(end).unicode())
           && original.at(end).unicode() != 0x200F && original.at(end).unicode() != 0x200E)
        ++end;
    return end;
}

QString ArabicNormalizer::normalizeWord(QStringView word)
{
    return normalize(word.trimmed()).text;
}

} // namespace Hamish
