// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestText.h"
#include "core/text/EncodingDetector.h"
#include "core/text/Utf16.h"

#include <QStringEncoder>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

QString article()
{
    return TestText::headline() + u"\n\n"_s + TestText::arabicParagraph() + u"\n"_s + TestText::arabicParagraph();
}

} // namespace

TEST_CASE("UTF-8 without a byte-order mark is detected and decoded", "[encoding]")
{
    const QByteArray bytes = article().toUtf8();
    const auto guess = EncodingDetector::detect(bytes);
    CHECK(guess.encoding == u"UTF-8");
    CHECK(EncodingDetector::decode(bytes, guess.encoding).text == article());
}

TEST_CASE("Byte-order marks decide UTF-8 and UTF-16 and are not part of the text", "[encoding]")
{
    const QString text = article();
    struct Case
    {
        QByteArray bytes;
        QString encoding;
    };
    const Case cases[] = {
        {"\xEF\xBB\xBF" + text.toUtf8(), u"UTF-8"_s},
        {"\xFF\xFE" + encode(text, "UTF-16LE"), u"UTF-16LE"_s},
        {"\xFE\xFF" + encode(text, "UTF-16BE"), u"UTF-16BE"_s},
    };
    for (const Case &c : cases) {
        const auto guess = EncodingDetector::detect(c.bytes);
        CHECK(guess.encoding == c.encoding);
        CHECK(guess.fromBom);
        const DecodedText decoded = EncodingDetector::decode(c.bytes, guess.encoding);
        CHECK(decoded.text == text);
        CHECK(decoded.replacedCharacters == 0);
    }
}

TEST_CASE("UTF-16LE without a byte-order mark is recognised from its high bytes", "[encoding]")
{
    const QByteArray bytes = encode(article(), "UTF-16LE");
    CHECK(EncodingDetector::detect(bytes).encoding == u"UTF-16LE");
}

TEST_CASE("Windows-1256 is detected and decoded exactly", "[encoding]")
{
    const QByteArray bytes = encode(article(), "windows-1256");
    const auto guess = EncodingDetector::detect(bytes);
    CHECK(guess.encoding == u"windows-1256");
    CHECK(EncodingDetector::decode(bytes, guess.encoding).text == article());
}

TEST_CASE("ISO-8859-6 is detected and not mistaken for Windows-1256", "[encoding]")
{
    const QByteArray bytes = encode(article(), "ISO-8859-6");
    const auto guess = EncodingDetector::detect(bytes);
    CHECK(guess.encoding == u"ISO-8859-6");
    CHECK(EncodingDetector::decode(bytes, guess.encoding).text == article());
}

TEST_CASE("Readings that only look like text are implausible", "[encoding]")
{
    const QString text = article();
    CHECK(EncodingDetector::plausibility(text) >= EncodingDetector::kPlausibleThreshold);

    // Windows-1256 bytes read as ISO-8859-6: still Arabic letters, but the wrong ones.
    const QString cp1256AsIso = EncodingDetector::decode(encode(text, "windows-1256"), u"ISO-8859-6"_s).text;
    CHECK(cp1256AsIso != text);
    CHECK(EncodingDetector::plausibility(cp1256AsIso) < EncodingDetector::kPlausibleThreshold);

    // ISO-8859-6 bytes read as Windows-1256.
    const QString isoAsCp1256 = EncodingDetector::decode(encode(text, "ISO-8859-6"), u"windows-1256"_s).text;
    CHECK(EncodingDetector::plausibility(isoAsCp1256) < EncodingDetector::kPlausibleThreshold);

    // UTF-8 bytes read as Windows-1252: "Ø§Ù„".
    const QString utf8AsLatin = EncodingDetector::decode(text.toUtf8(), u"windows-1252"_s).text;
    CHECK(utf8AsLatin.contains(u"Ø"_s));
    CHECK(EncodingDetector::plausibility(utf8AsLatin) < EncodingDetector::kPlausibleThreshold);

    // Plain English is fine.
    CHECK(EncodingDetector::plausibility(u"The delegation arrives tomorrow morning."_s) >= 0.99);
}

TEST_CASE("Undecodable bytes become U+FFFD and are counted", "[encoding]")
{
    QByteArray bytes = article().toUtf8();
    bytes.insert(10, "\xFF");
    bytes.append("\xC3");
    const auto guess = EncodingDetector::detect(bytes);
    CHECK(guess.encoding == u"UTF-8");
    const DecodedText decoded = EncodingDetector::decode(bytes, guess.encoding);
    CHECK(decoded.replacedCharacters == 2);
    CHECK(decoded.text.count(QChar::ReplacementCharacter) == 2);
}

TEST_CASE("Binary data is recognised", "[encoding]")
{
    CHECK(EncodingDetector::looksBinary(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    CHECK_FALSE(EncodingDetector::looksBinary(article().toUtf8()));
    CHECK_FALSE(EncodingDetector::looksBinary(encode(article(), "windows-1256")));
}

TEST_CASE("Encoding labels map to canonical names", "[encoding]")
{
    CHECK(EncodingDetector::canonicalName(u"CP1256"_s) == u"windows-1256");
    CHECK(EncodingDetector::canonicalName(u"arabic"_s) == u"ISO-8859-6");
    CHECK(EncodingDetector::canonicalName(u"utf8"_s) == u"UTF-8");
    CHECK(EncodingDetector::canonicalName(u"klingon"_s).isEmpty());
    for (const QString &name : EncodingDetector::supportedEncodings())
        CHECK(EncodingDetector::decode("abc", name).valid);
}

TEST_CASE("Lone surrogates in a broken UTF-16 file become U+FFFD and are counted", "[encoding]")
{
    // A UTF-16 file cut or spliced mid-character: a high surrogate with no low one after it, a low one with
    // no high one before it. The emoji's well-formed pair must survive.
    const QString text = TestText::emojiNews();
    const QByteArray le = encode(text, "UTF-16LE");
    QByteArray broken = "\xFF\xFE" + le;
    broken.insert(2 + 6, QByteArray("\x3D\xD8", 2));  // a lone high surrogate after the third unit
    broken.append(QByteArray("\x00\xDC\x41\x00", 4)); // a lone low surrogate, then "A"
    for (const QString &encoding : {u"UTF-16LE"_s, u"UTF-16"_s}) {
        const DecodedText decoded = EncodingDetector::decode(broken, encoding);
        REQUIRE(decoded.valid);
        CHECK(decoded.replacedCharacters == 2);
        CHECK_FALSE(Utf16::hasLoneSurrogates(decoded.text));
        CHECK(decoded.text
              == text.left(3) + QChar::ReplacementCharacter + text.mid(3) + QChar::ReplacementCharacter + u'A');
    }
}

TEST_CASE("Only unpaired surrogates are replaced", "[encoding]")
{
    const QChar high(0xD83D), low(0xDE42);
    struct Case
    {
        QString in;
        QString out;
        qsizetype replaced;
    };
    const QString fffd(QChar::ReplacementCharacter);
    const Case cases[] = {
        {u"سورية 🙂"_s, u"سورية 🙂"_s, 0},
        {QString(high), fffd, 1},
        {QString(low) + u"ا"_s, fffd + u"ا"_s, 1},
        {u"ا"_s + high, u"ا"_s + fffd, 1},
        {QString(high) + high + low, fffd + high + low, 1}, // the second high pairs with the low
        {QString(low) + high, fffd + fffd, 2},              // the wrong order is no pair
        {QString(high) + u"ب"_s + low, fffd + u"ب"_s + fffd, 2},
    };
    for (const Case &c : cases) {
        QString text = c.in;
        CHECK(Utf16::hasLoneSurrogates(text) == (c.replaced > 0));
        CHECK(Utf16::replaceLoneSurrogates(text) == c.replaced);
        CHECK(text == c.out);
    }
}
