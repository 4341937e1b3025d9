#include "Extractor.h"

#include "ArabicWords.h"
#include "DateRecognizer.h"
#include "MeasureRecognizer.h"
#include "NumberRecognizer.h"
#include "RuleEntityRecognizer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// Texts are analysed in pieces of about this many UTF-16 units, cut at a line break (or a sentence end,
// or a space) so that memory stays bounded on a 100 MB single line and the working set stays in cache.
constexpr qsizetype kChunkSize = 32 * 1024;

qsizetype chunkEnd(QStringView text, qsizetype start)
{
    const qsizetype limit = start + kChunkSize;
    if (limit >= text.size())
        return text.size();
    const QStringView window = text.mid(start + kChunkSize / 2, kChunkSize / 2);
    for (QStringView separators : {QStringView(u"\n\u2029"), QStringView(u".!?\u061F"), QStringView(u" \t")}) {
        for (qsizetype i = window.size() - 1; i >= 0; --i) {
            if (separators.contains(window.at(i)))
                return start + kChunkSize / 2 + i + 1;
        }
    }
    qsizetype end = limit;
    if (QChar::isLowSurrogate(text.at(end).unicode()))
        --end;
    return end;
}

bool byPosition(const Annotation &a, const Annotation &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end > b.end; // the containing span first
    return a.label < b.label;
}

// Keeps, among overlapping entity spans, the longest (the earlier recogniser on ties).
QList<Annotation> resolveEntities(QList<std::pair<int, Annotation>> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        if (a.second.length() != b.second.length())
            return a.second.length() > b.second.length();
        return a.first < b.first;
    });
    QList<Annotation> kept;
    for (const auto &[rank, annotation] : candidates) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const Annotation &other) {
            return annotation.start < other.end && other.start < annotation.end;
        });
        if (!overlaps && annotation.length() > 0)
            kept.append(annotation);
    }
    return kept;
}

QList<Annotation> recognizeEntities(const QList<std::shared_ptr<const EntityRecognizer>> &recognizers,
                                    const TextAnalysis &analysis)
{
    QList<std::pair<int, Annotation>> entities;
    for (int rank = 0; rank < recognizers.size(); ++rank) {
        for (const Annotation &entity : recognizers.at(rank)->recognize(analysis))
            entities.append({rank, entity});
    }
    return resolveEntities(std::move(entities));
}

} // namespace

struct Extractor::Shared
{
    Lexicon lexicon;
};

Extractor::Extractor()
{
    static const std::shared_ptr<const EntityRecognizer> rules = std::make_shared<RuleEntityRecognizer>();
    static const std::shared_ptr<const Shared> shared = [] {
        auto created = std::make_shared<Shared>();
        ArabicWords::instance().addTo(created->lexicon);
        rules->addKnownWords(created->lexicon);
        return created;
    }();
    m_recognizers = {rules};
    m_shared = shared;
}

Extractor::Extractor(QList<std::shared_ptr<const EntityRecognizer>> recognizers)
    : m_recognizers(std::move(recognizers))
{
    auto created = std::make_shared<Shared>();
    ArabicWords::instance().addTo(created->lexicon);
    for (const auto &recognizer : m_recognizers)
        recognizer->addKnownWords(created->lexicon);
    m_shared = created;
}

QList<Annotation> Extractor::extract(const Article &article) const
{
    return extract(article.text());
}

namespace {

// Where the next piece starts: a blank some way before the piece's end. Annotations that start before it
// are kept from this piece, which still sees the words after it, so nothing is cut in two at a piece end.
constexpr qsizetype kOverlap = 1024;

qsizetype keepUntil(QStringView text, qsizetype start, qsizetype end)
{
    if (end >= text.size())
        return end;
    for (qsizetype i = end - kOverlap; i > start + kOverlap; --i) {
        if (text.at(i).isSpace())
            return i;
    }
    return end;
}

void appendShifted(QList<Annotation> *to, const QList<Annotation> &from, qsizetype offset, qsizetype limit)
{
    for (Annotation annotation : from) {
        if (annotation.start >= limit)
            continue;
        annotation.start += offset;
        annotation.end += offset;
        to->append(annotation);
    }
}

} // namespace

QList<Annotation> Extractor::extract(const QString &text) const
{
    QList<Annotation> result;
    for (qsizetype start = 0; start < text.size();) {
        const qsizetype end = chunkEnd(text, start);
        const QStringView chunk = QStringView(text).mid(start, end - start);
        const TextAnalysis analysis(chunk, m_shared->lexicon);
        const QList<NumberMatch> numbers = NumberRecognizer::find(analysis);
        QList<Annotation> found;
        for (const NumberMatch &number : numbers) {
            found.append(analysis.annotation(number.ordinal ? u"ORDINAL"_s : u"NUMBER"_s, number.start, number.end,
                                             number.value, 0.95,
                                             number.ordinal ? u"rules:ordinal"_s : u"rules:number"_s));
        }
        found += MeasureRecognizer::find(analysis, numbers);
        found += DateRecognizer::find(analysis, numbers);
        found += recognizeEntities(m_recognizers, analysis);
        const qsizetype keep = keepUntil(text, start, end);
        appendShifted(&result, found, start, keep - start);
        start = keep;
    }
    std::sort(result.begin(), result.end(), byPosition);
    return result;
}

QList<Annotation> Extractor::extractEntities(const QString &text) const
{
    QList<Annotation> result;
    for (qsizetype start = 0; start < text.size();) {
        const qsizetype end = chunkEnd(text, start);
        const TextAnalysis analysis(QStringView(text).mid(start, end - start), m_shared->lexicon);
        const qsizetype keep = keepUntil(text, start, end);
        appendShifted(&result, recognizeEntities(m_recognizers, analysis), start, keep - start);
        start = keep;
    }
    std::sort(result.begin(), result.end(), byPosition);
    return result;
}

} // namespace Hamish
