// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the encoding detector (byte-order marks, strict UTF-8, bomless UTF-16,
// ICU's detector, the plausibility check) and the decoder with each supported encoding. Must never crash,
// hang or read out of bounds; a guess must be a name the decoder accepts; decoded text never holds a lone
// surrogate and its replacement count is never negative.
#include "FuzzChecks.h"

#include "core/text/EncodingDetector.h"

#include <cstdint>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

void checkDecoded(const DecodedText &decoded)
{
    if (!decoded.valid)
        FuzzChecks::fail("a supported encoding was not accepted by the decoder");
    if (decoded.replacedCharacters < 0 || decoded.replacedCharacters > decoded.text.size())
        FuzzChecks::fail("a replacement count outside 0..length");
    if (Utf16::hasLoneSurrogates(decoded.text))
        FuzzChecks::fail("a lone surrogate in decoded text");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList encodings = EncodingDetector::supportedEncodings();
    // The first byte chooses a declared charset (as a meta tag would) and whether the bytes are HTML.
    const QString declared = size > 0 && data[0] < encodings.size() ? encodings.at(data[0]) : QString();
    const bool html = size > 0 && (data[0] & 0x80);
    const EncodingDetector::Guess guess = EncodingDetector::detect(bytes, declared, html);
    if (guess.plausibility < 0 || guess.plausibility > 1)
        FuzzChecks::fail("a plausibility outside 0..1");
    checkDecoded(EncodingDetector::decode(bytes, guess.encoding));
    for (const QString &encoding : encodings)
        checkDecoded(EncodingDetector::decode(bytes, encoding));
    (void)EncodingDetector::looksBinary(bytes);
    return 0;
}
