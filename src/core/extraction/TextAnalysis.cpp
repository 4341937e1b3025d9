// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/TextAnalysis.h"

#include "core/extraction/CliticSegmenter.h"
#include "core/extraction/Tokenizer.h"

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

bool hasLatinLetter(QStringView text)
{
    for (QChar c : text) {
        if (c >= u'a' && c <= u'z') // normalised text holds no capitals
            return true;
    }
    return false;
}

bool isLatinWord(const Token &token)
{
    return token.isWord() && hasLatinLetter(token.text) && !(token.categories & MeasureCategory);
}

// Flags the tokens of URLs and e-mail addresses (a run of tokens without blanks that holds "://", "www", or
// "@") and of product codes: digits glued to Latin letters (EV1, A320, MH17, 4G) or joined to a word by a
// hyphen (F-16, إف-16, كوفيد-19). Digits glued to an Arabic word stay a number (تويتر6841, ال١٩٢), and so do
// Latin units (5kg).
void markCodes(QList<Token> &tokens)
{
    for (qsizetype first = 0; first < tokens.size();) {
        qsizetype last = first;
        while (last + 1 < tokens.size() && !tokens.at(last + 1).spaceBefore && !tokens.at(last + 1).isSymbol(u'\n'))
            ++last;
        if (last > first) {
            bool address = false;
            for (qsizetype i = first; i <= last && !address; ++i) {
                const Token &token = tokens.at(i);
                address = token.isSymbol(u'@')
                          || (token.isWord() && token.text.size() <= 5 && token.text.startsWith(u"ht" /* http, https */)
                              && (token.text == u"http" || token.text == u"https"))
                          || (token.isWord() && token.text.size() == 3 && token.text == u"www")
                          || (token.isSymbol(u':') && i + 1 <= last && tokens.at(i + 1).isSymbol(u'/'));
            }
            for (qsizetype i = first; i <= last; ++i) {
                Token &token = tokens[i];
                if (address) {
                    token.code = true;
                    continue;
                }
                if (!token.isNumber())
                    continue;
                if ((i > first && isLatinWord(tokens.at(i - 1))) || (i < last && isLatinWord(tokens.at(i + 1)))) {
                    token.code = true;
                    tokens[i > first && isLatinWord(tokens.at(i - 1)) ? i - 1 : i + 1].code = true;
                } else if (i - 2 >= first && tokens.at(i - 1).isSymbol(u'-') && tokens.at(i - 2).isWord()) {
                    token.code = tokens[i - 1].code = tokens[i - 2].code = true;
                }
            }
        }
        first = last + 1;
    }
}

} // namespace

TextAnalysis::TextAnalysis(QStringView original, const Lexicon &lexicon)
    : m_original(original)
    , m_normalized(ArabicNormalizer::normalize(original))
    , m_tokens(Tokenizer::tokenize(m_normalized.text))
{
    for (Token &token : m_tokens) {
        if (!token.isWord())
            continue;
        const CliticSegmenter::Split split = CliticSegmenter::segment(token.text, lexicon);
        token.known = split.categories != 0;
        token.categories = split.categories;
        if (split.prefixLength == 0) {
            if (token.known && token.text.size() > 3 && token.text.startsWith(u"ال"))
                token.bareCategories = lexicon.categories(token.text.mid(2));
            continue;
        }
        token.stemStart = token.start + split.prefixLength;
        token.wordStart = token.stemStart - split.articleLength;
        if (split.restoreArticle) {
            m_articleStems.push_back(u"ال"_s + token.text.mid(split.prefixLength));
            token.stem = m_articleStems.back();
            token.bareCategories = split.categories;
        } else {
            token.stem = token.text.mid(split.prefixLength);
            if (token.stem.size() > 3 && token.stem.startsWith(u"ال"))
                token.bareCategories = lexicon.categories(token.stem.mid(2));
        }
    }
    markCodes(m_tokens);
}

Annotation TextAnalysis::annotation(const QString &label, qsizetype from, qsizetype to, const QJsonValue &value,
                                    double confidence, const QString &origin) const
{
    Annotation result;
    result.label = label;
    result.start = originalStart(from);
    result.end = originalEnd(to);
    result.value = value;
    result.confidence = confidence;
    result.origin = origin;
    result.status = AnnotationStatus::Suggested;
    return result;
}

QStringView TextAnalysis::phrase(qsizetype first, qsizetype last) const
{
    const qsizetype start = m_tokens.at(first).wordStart;
    return QStringView(m_normalized.text).mid(start, m_tokens.at(last).end - start);
}

} // namespace Hamish
