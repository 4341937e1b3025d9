// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Hamish {

// Splits running text the way ANERcorp is tokenised, so the model sees what it was trained on: runs of
// letters, marks and digits are words, every other visible character is a token of its own; sentences end
// after . ! ? ؟ and at line breaks.
namespace TaggerTokenizer {

struct Token
{
    qsizetype start = 0; // UTF-16 offsets into the text, end exclusive
    qsizetype end = 0;
};

// Calls `sentence` with each sentence's tokens in order; long sentences are cut at `maxTokens` so memory
// stays bounded on text without punctuation.
template<typename Callback>
void forEachSentence(QStringView text, Callback sentence, qsizetype maxTokens = 250);

bool isWordCharacter(QChar c);
// Whether `c` belongs to the word it follows: a word character, or a format character inside it (a joiner).
bool continuesWord(QChar c);
// Whether the word [start, end), followed by a full stop at `end`, is abbreviated: an initial (محمد ب.، J.) or a
// Latin letter's name in a chain of them (بي. بي. سي، الكي. جي. بي.: another initial or letter's name with its full
// stop before or after it). As in ANERcorp, the full stop is then part of the word, and does not end the sentence.
bool isAbbreviation(QStringView text, qsizetype start, qsizetype end);

} // namespace TaggerTokenizer

template<typename Callback>
void TaggerTokenizer::forEachSentence(QStringView text, Callback sentence, qsizetype maxTokens)
{
    QList<Token> tokens;
    const auto flush = [&] {
        if (!tokens.isEmpty())
            sentence(std::as_const(tokens));
        tokens.clear();
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'\n' || c == QChar::ParagraphSeparator) {
            flush();
            ++i;
            continue;
        }
        if (c.isSpace() || c.category() == QChar::Other_Format) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (isWordCharacter(c)) {
            while (i < text.size() && continuesWord(text[i]))
                ++i;
            if (i < text.size() && text[i] == u'.' && isAbbreviation(text, start, i))
                ++i;
        } else {
            i += (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) ? 2 : 1;
        }
        tokens += Token{start, i};
        if (c == u'.' || c == u'!' || c == u'?' || c == u'؟' || tokens.size() >= maxTokens)
            flush();
    }
    flush();
}

} // namespace Hamish
