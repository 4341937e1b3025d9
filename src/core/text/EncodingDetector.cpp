// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/EncodingDetector.h"

#include "core/text/Utf16.h"

#include <QStringDecoder>

#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr qsizetype kSampleBytes = 64 * 1024;

struct CharsetDetectorDeleter
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};
using CharsetDetectorPtr = std::unique_ptr<UCharsetDetector, CharsetDetectorDeleter>;

struct Bom
{
    QByteArray bytes;
    const char *encoding;
};

Bom findBom(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {bytes.left(3), "UTF-8"};
    if (bytes.startsWith("\xFF\xFE"))
        return {bytes.left(2), "UTF-16LE"};
    if (bytes.startsWith("\xFE\xFF"))
        return {bytes.left(2), "UTF-16BE"};
    return {{}, nullptr};
}

// A byte-level check, several times faster than decoding: well-formed UTF-8 per RFC 3629 (no overlongs,
// no surrogates, nothing above U+10FFFF).
bool isStrictUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char min = 0x80, max = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                min = 0xA0;
            else if (c == 0xED)
                max = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                min = 0x90;
            else if (c == 0xF4)
                max = 0x8F;
        } else {
            return false;
        }
        if (end - p < length || p[1] < min || p[1] > max)
            return false;
        for (int i = 2; i < length; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        }
        p += length;
    }
    return true;
}

// UTF-16 without a byte-order mark: nearly every high byte of Arabic or ASCII text is 0x00 or 0x06.
QString guessBomlessUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min(bytes.size(), kSampleBytes) & ~qsizetype(1);
    if (n < 8)
        return {};
    qsizetype highEven = 0, highOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        const auto even = static_cast<unsigned char>(bytes[i]);
        const auto odd = static_cast<unsigned char>(bytes[i + 1]);
        highEven += (even == 0x00 || even == 0x06 || even == 0x20 || even == 0xFE);
        highOdd += (odd == 0x00 || odd == 0x06 || odd == 0x20 || odd == 0xFE);
    }
    const qsizetype units = n / 2;
    if (highOdd * 10 >= units * 9 && highEven * 10 < units * 5)
        return u"UTF-16LE"_s;
    if (highEven * 10 >= units * 9 && highOdd * 10 < units * 5)
        return u"UTF-16BE"_s;
    return {};
}

// ICU's ranked guesses for the bytes, as canonical names.
QStringList icuCandidates(const QByteArray &bytes, const QString &declared, bool isHtml)
{
    UErrorCode status = U_ZERO_ERROR;
    CharsetDetectorPtr detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return {};
    const QByteArray sample = bytes.left(kSampleBytes);
    ucsdet_setText(detector.get(), sample.constData(), int(sample.size()), &status);
    ucsdet_enableInputFilter(detector.get(), isHtml);
    const QByteArray declaredBytes = declared.toLatin1();
    if (!declared.isEmpty())
        ucsdet_setDeclaredEncoding(detector.get(), declaredBytes.constData(), int(declaredBytes.size()), &status);
    int count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    QStringList names;
    if (U_FAILURE(status))
        return names;
    for (int i = 0; i < count; ++i) {
        UErrorCode nameStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &nameStatus);
        if (U_SUCCESS(nameStatus) && name) {
            const QString canonical = EncodingDetector::canonicalName(QString::fromLatin1(name));
            if (!canonical.isEmpty() && !names.contains(canonical))
                names.append(canonical);
        }
    }
    return names;
}

bool isArabicLetter(char16_t c)
{
    return (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3);
}

} // namespace

QString EncodingDetector::canonicalName(const QString &label)
{
    const QString l = label.trimmed().toLower();
    if (l == u"utf-8" || l == u"utf8")
        return u"UTF-8"_s;
    if (l == u"utf-16le")
        return u"UTF-16LE"_s;
    if (l == u"utf-16be")
        return u"UTF-16BE"_s;
    if (l == u"utf-16" || l == u"utf16")
        return u"UTF-16"_s;
    if (l == u"windows-1256" || l == u"cp1256" || l == u"x-cp1256" || l == u"ms-arab")
        return u"windows-1256"_s;
    if (l == u"iso-8859-6" || l == u"iso8859-6" || l == u"iso_8859-6" || l == u"arabic" || l == u"asmo-708"
        || l == u"ecma-114" || l == u"iso-ir-127" || l == u"csisolatinarabic")
        return u"ISO-8859-6"_s;
    if (l == u"windows-1252" || l == u"cp1252")
        return u"windows-1252"_s;
    if (l == u"iso-8859-1" || l == u"latin1" || l == u"iso8859-1")
        return u"ISO-8859-1"_s;
    if (l == u"us-ascii" || l == u"ascii")
        return u"UTF-8"_s; // ASCII is a subset of UTF-8
    if (l == u"ibm864" || l == u"cp864")
        return u"IBM864"_s;
    if (l == u"x-mac-arabic" || l == u"macarabic")
        return u"x-mac-arabic"_s;
    return {};
}

QStringList EncodingDetector::supportedEncodings()
{
    return {u"UTF-8"_s,      u"UTF-16LE"_s, u"UTF-16BE"_s,    u"windows-1256"_s,
            u"ISO-8859-6"_s, u"IBM864"_s,   u"windows-1252"_s};
}

bool EncodingDetector::looksBinary(const QByteArray &bytes)
{
    const qsizetype n = std::min(bytes.size(), kSampleBytes);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B)
            ++controls;
    }
    return n > 0 && controls * 100 > n;
}

double EncodingDetector::plausibility(QStringView text)
{
    const QStringView sample = text.left(kSampleBytes);
    const qsizetype total = sample.size();
    if (total == 0)
        return 1.0;

    qsizetype broken = 0, ascii = 0, latinSupplement = 0, arabicLetters = 0;
    qsizetype arabicWords = 0, articleWords = 0, mixedWords = 0;
    qsizetype i = 0;
    while (i < total) {
        // Words are runs of anything but white space and ASCII punctuation.
        while (i < total
               && (sample.at(i).isSpace() || (sample.at(i).unicode() < 0x80 && !sample.at(i).isLetterOrNumber()))) {
            const char16_t c = sample.at(i).unicode();
            broken += (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f');
            ++ascii;
            ++i;
        }
        const qsizetype wordStart = i;
        bool hasArabic = false, hasForeign = false;
        while (i < total && !sample.at(i).isSpace()
               && !(sample.at(i).unicode() < 0x80 && !sample.at(i).isLetterOrNumber())) {
            const char16_t c = sample.at(i).unicode();
            if (c < 0x80) {
                ++ascii;
            } else if (isArabicLetter(c)) {
                hasArabic = true;
                ++arabicLetters;
            } else if (c == 0xFFFD || (c >= 0x80 && c < 0xA0)) {
                ++broken;
            } else if (c >= 0xA0 && c <= 0xFF && c != 0xAB && c != 0xBB) {
                ++latinSupplement;
                hasForeign = true;
            } else if (c >= 0x2000 && c <= 0x206F && c != 0x200C && c != 0x200D && c != 0x200E && c != 0x200F) {
                hasForeign = true; // typographic symbols such as „ ‡ • inside a word
            }
            ++i;
        }
        if (i == wordStart)
            continue;
        if (hasArabic) {
            ++arabicWords;
            mixedWords += hasForeign;
            // The article ال, alone or after a proclitic (وال، بال، لل، فال، كال), starts a large share of
            // the words of any Arabic prose; misread encodings turn it into other letters.
            const QStringView word = sample.mid(wordStart, i - wordStart);
            articleWords += word.left(4).contains(u"ال") || word.startsWith(u"لل");
        }
    }

    double score = 1.0;
    score -= 4.0 * double(broken) / double(total);
    if (arabicWords > 0)
        score -= 3.0 * double(mixedWords) / double(arabicWords);
    if (arabicWords >= 8 && double(articleWords) / double(arabicWords) < 0.08)
        score -= 0.6;
    // UTF-8 read as a single-byte Latin encoding shows pairs like "Ø§Ù„": Latin-1 letters and no Arabic.
    if (arabicLetters == 0 && latinSupplement * 20 > total)
        score -= 0.6 + double(latinSupplement) / double(total);
    return std::clamp(score, 0.0, 1.0);
}

DecodedText EncodingDetector::decode(const QByteArray &bytes, const QString &encoding)
{
    DecodedText result;
    result.encoding = canonicalName(encoding);
    if (result.encoding.isEmpty())
        result.encoding = encoding;
    const Bom bom = findBom(bytes);
    QByteArrayView payload(bytes);
    QString decoderName = result.encoding;
    if (bom.encoding && (result.encoding.startsWith(u"UTF-"_s))) {
        payload = payload.sliced(bom.bytes.size());
        if (result.encoding == u"UTF-16")
            decoderName = QString::fromLatin1(bom.encoding);
    }
    QStringDecoder decoder(decoderName.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return result;
    result.text = decoder.decode(payload);
    result.valid = true;
    const qsizetype replacements = result.text.count(QChar::ReplacementCharacter);
    if (replacements > 0) {
        // A literal U+FFFD in a Unicode file is text, not a decoding failure.
        qsizetype literal = 0;
        if (decoderName == u"UTF-8")
            literal = QByteArray(payload.data(), payload.size()).count("\xEF\xBF\xBD");
        result.replacedCharacters = std::max<qsizetype>(0, replacements - literal);
    }
    // Qt's UTF-16 decoder passes unpaired surrogates through; they are undecodable units like any other.
    result.replacedCharacters += Utf16::replaceLoneSurrogates(result.text);
    return result;
}

EncodingDetector::Guess EncodingDetector::detect(const QByteArray &bytes, const QString &declared, bool isHtml)
{
    Guess guess;
    const Bom bom = findBom(bytes);
    if (bom.encoding) {
        guess.encoding = QString::fromLatin1(bom.encoding);
        guess.bomLength = bom.bytes.size();
        guess.fromBom = true;
        guess.plausibility = 1.0;
        return guess;
    }

    const QString bomlessUtf16 = guessBomlessUtf16(bytes);
    if (!bomlessUtf16.isEmpty()) {
        guess.encoding = bomlessUtf16;
        guess.plausibility = plausibility(decode(bytes.left(kSampleBytes), bomlessUtf16).text);
        return guess;
    }

    // Strict UTF-8 almost never happens by accident for non-ASCII text.
    const QByteArray sample = bytes.left(kSampleBytes);
    const QString declaredName = canonicalName(declared);
    auto tryCandidate = [&](const QString &name) {
        // A sample can cut a multi-byte character; ignore a trailing replacement there.
        QString text = decode(sample, name).text;
        if (text.endsWith(QChar::ReplacementCharacter) && sample.size() == kSampleBytes)
            text.chop(1);
        return plausibility(text);
    };

    QStringList candidates;
    if (!declaredName.isEmpty())
        candidates.append(declaredName);
    // UTF-8 wins outright only if the whole file decodes strictly; a file with a few broken bytes is
    // still judged on how plausible its reading is.
    const bool strictUtf8 = isStrictUtf8(bytes);
    if (!candidates.contains(u"UTF-8"_s))
        candidates.append(u"UTF-8"_s);
    for (const QString &name : icuCandidates(bytes, declared, isHtml)) {
        if (!candidates.contains(name) && !name.startsWith(u"UTF-16"_s) && name != u"UTF-8"_s)
            candidates.append(name);
    }
    // Arabic single-byte encodings are always worth a try: ICU's guess on a few words is junk.
    for (const QString &fallback : {u"windows-1256"_s, u"ISO-8859-6"_s}) {
        if (!candidates.contains(fallback))
            candidates.append(fallback);
    }

    // The declared encoding or strict UTF-8 wins when plausible; otherwise the most plausible reading.
    for (const QString &name : candidates) {
        const double score = tryCandidate(name);
        if ((name == declaredName || (name == u"UTF-8" && strictUtf8)) && score >= kPlausibleThreshold) {
            guess.encoding = name;
            guess.plausibility = score;
            return guess;
        }
        if (score > guess.plausibility + 1e-9) {
            guess.encoding = name;
            guess.plausibility = score;
        }
    }
    if (guess.encoding.isEmpty())
        guess.encoding = u"UTF-8"_s;
    return guess;
}

} // namespace Hamish
