// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a web page, through the importer a user's "Open" runs (encoding detection,
// charset meta tags, the HTML reader, entity decoding). Must never crash, hang or read out of bounds, and
// every article it accepts must hold well-formed text with blocks inside it.
#include "FuzzChecks.h"

#include "core/text/ArticleImporter.h"
#include "core/text/HtmlImporter.h"

#include <cstdint>

using namespace Hamish;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    FuzzChecks::checkResult(ArticleImporter::importBytes(bytes, u"page.html"_s, {}));

    // The reader and the entity decoder on the bytes as UTF-8, past any detection.
    const QString html = QString::fromUtf8(bytes);
    const Article article = HtmlImporter::parse(html);
    FuzzChecks::checkArticle(article);
    const QString decoded = HtmlImporter::decodeEntities(html);
    if (decoded.size() > html.size())
        FuzzChecks::fail("decoding entities made the text longer");
    (void)HtmlImporter::declaredCharset(bytes);
    (void)HtmlImporter::looksLikeHtml(bytes);
    return 0;
}
