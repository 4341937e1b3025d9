// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/Lexicon.h"
#include "core/extraction/Token.h"
#include "core/model/Annotation.h"
#include "core/text/ArabicNormalizer.h"

#include <QList>

#include <deque>

namespace Hamish {

// A text prepared once for every recogniser: normalised, tokenised, clitics segmented, with the way
// back from normalised offsets to the original text.
class TextAnalysis
{
public:
    TextAnalysis(QStringView original, const Lexicon &lexicon);
    TextAnalysis(const TextAnalysis &) = delete;
    TextAnalysis &operator=(const TextAnalysis &) = delete;

    QStringView original() const { return m_original; }
    const NormalizedText &normalized() const { return m_normalized; }
    const QList<Token> &tokens() const { return m_tokens; }
    qsizetype size() const { return m_tokens.size(); }
    const Token &at(qsizetype index) const { return m_tokens.at(index); }

    // The original UTF-16 span of the normalised span [from, to).
    qsizetype originalStart(qsizetype from) const { return m_normalized.originalStart(from); }
    qsizetype originalEnd(qsizetype to) const { return m_normalized.originalEnd(m_original, to); }
    // A suggested annotation over the normalised span [from, to), with offsets into the original text.
    Annotation annotation(const QString &label, qsizetype from, qsizetype to, const QJsonValue &value,
                          double confidence, const QString &origin) const;
    // The normalised text from token `first`'s word start (after و ف ب ل ك) to token `last`'s end.
    QStringView phrase(qsizetype first, qsizetype last) const;

private:
    QStringView m_original;
    NormalizedText m_normalized;
    QList<Token> m_tokens;
    std::deque<QString> m_articleStems; // stems of "لل" words, which the text does not hold
};

} // namespace Hamish
