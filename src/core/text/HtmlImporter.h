// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Article.h"

#include <QByteArray>
#include <QString>

namespace Hamish {

// Extracts a news article from an HTML page: the title, headings, paragraphs and captions, without the
// scripts, styles, navigation, forms and footers around them. It never fetches anything: only the bytes
// it is given are read.
class HtmlImporter
{
public:
    // The charset a page declares in <meta charset> or <meta http-equiv="Content-Type">, or empty.
    static QString declaredCharset(const QByteArray &bytes);

    static Article parse(QStringView html);

    // Replaces character references (&amp; &#1575; &#x627; &laquo; ...) with the characters they name.
    static QString decodeEntities(QStringView text);

    // True when bytes start like an HTML document.
    static bool looksLikeHtml(const QByteArray &bytes);
};

} // namespace Hamish
