// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Utf16.h"

namespace Hamish::Utf16 {

namespace {

// The index of the first unpaired surrogate at or after `from`, or -1.
qsizetype nextLoneSurrogate(QStringView text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i; // a well-formed pair
            continue;
        }
        return i;
    }
    return -1;
}

} // namespace

qsizetype replaceLoneSurrogates(QString &text)
{
    qsizetype i = nextLoneSurrogate(text, 0);
    if (i < 0)
        return 0; // the common case: no detach, no copy
    qsizetype replaced = 0;
    QChar *data = text.data();
    for (; i >= 0; i = nextLoneSurrogate(text, i + 1)) {
        data[i] = QChar::ReplacementCharacter;
        ++replaced;
    }
    return replaced;
}

bool hasLoneSurrogates(QStringView text)
{
    return nextLoneSurrogate(text, 0) >= 0;
}

} // namespace Hamish::Utf16
