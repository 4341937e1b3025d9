// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a plain-text article, through the importer a user's "Open" runs, and once
// more with each encoding a user can force ("Reopen with Encoding"). Must never crash, hang or read out of
// bounds, and every article it accepts must hold well-formed text with blocks inside it.
#include "FuzzChecks.h"

#include "core/text/ArticleImporter.h"
#include "core/text/EncodingDetector.h"
#include "core/text/PlainTextImporter.h"

#include <cstdint>

using namespace Hamish;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    FuzzChecks::checkResult(ArticleImporter::importBytes(bytes, u"article.txt"_s, {}));

    // The first byte picks an encoding to force, as "Reopen with Encoding" does.
    if (size > 0) {
        const QStringList encodings = EncodingDetector::supportedEncodings();
        ArticleImporter::Options options;
        options.encoding = encodings.at(data[0] % encodings.size());
        FuzzChecks::checkResult(ArticleImporter::importBytes(bytes.mid(1), u"article.txt"_s, options));
    }

    // The line splitter and role guesser on the bytes as UTF-8, past any detection.
    FuzzChecks::checkArticle(PlainTextImporter::parse(QString::fromUtf8(bytes)));
    return 0;
}
