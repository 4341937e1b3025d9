// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/TextAnalysis.h"

#include "core/extraction/CliticSegmenter.h"
#include "core/extraction/Tokenizer.h"

using namespace Qt::StringLiterals;

namespace Hamish {

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
