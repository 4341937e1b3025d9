// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Hamish {

// The outcome of decoding bytes with one encoding.
struct DecodedText
{
    QString text;
    QString encoding;
    qsizetype replacedCharacters = 0; // undecodable byte sequences turned into U+FFFD
    bool valid = false;               // false when the encoding name is unknown
};

// Finds the encoding of Arabic text files: byte-order marks, strict UTF-8, ICU's charset detector,
// and a plausibility check on the decoded letters that rejects readings which only look like text.
class EncodingDetector
{
public:
    struct Guess
    {
        QString encoding; // canonical name, e.g. "UTF-8", "windows-1256"
        qsizetype bomLength = 0;
        double plausibility = 0; // 0..1, how much the decoded text looks like real text
        bool fromBom = false;
    };

    // Detects the encoding of a whole file. `declared` is an encoding a container (an HTML meta tag)
    // names; it is honoured when it decodes plausibly.
    static Guess detect(const QByteArray &bytes, const QString &declared = {}, bool isHtml = false);

    // Decodes bytes (skipping a byte-order mark) and counts replaced sequences.
    static DecodedText decode(const QByteArray &bytes, const QString &encoding);

    // How much decoded text looks like real (mostly Arabic or ASCII) text: 1 is clean, below
    // kPlausibleThreshold is garbage such as Windows-1256 read as ISO-8859-6, or UTF-8 read as
    // Windows-1252.
    static double plausibility(QStringView text);
    static constexpr double kPlausibleThreshold = 0.5;

    // True when the bytes look like a binary (non-text) file.
    static bool looksBinary(const QByteArray &bytes);

    // Encodings a user may choose in "Reopen with encoding".
    static QStringList supportedEncodings();

    // Maps a label ("cp1256", "utf8", "arabic") to the canonical name, or an empty string.
    static QString canonicalName(const QString &label);
};

} // namespace Hamish
