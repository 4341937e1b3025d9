// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Article.h"

namespace Hamish {

// Turns decoded plain text into an article: line ends normalised, one block per non-blank line, and
// the roles a news article's lines play (headline, sub-headings, photo captions) guessed from their shape.
class PlainTextImporter
{
public:
    static Article parse(QString text);

    // "\r\n" and lone "\r" become "\n"; a leading U+FEFF is dropped.
    static QString normalizeLineEnds(QString text);

    // True for a short line ending with a photo credit such as "أ.ب" or "رويترز".
    static bool looksLikeCaption(QStringView line);
};

} // namespace Hamish
