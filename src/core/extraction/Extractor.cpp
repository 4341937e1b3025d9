// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/Extractor.h"

#include "core/extraction/ArabicWords.h"
#include "core/extraction/DateRecognizer.h"
#include "core/extraction/MeasureRecognizer.h"
#include "core/extraction/NumberRecognizer.h"
#include "core/extraction/RuleEntityRecognizer.h"
#include "core/model/Label.h"

#include <algorithm>
#include <numeric>

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

// Keeps, among overlapping entity spans, the longest (the earlier recogniser on ties). `ranks` gives each
// candidate's recogniser; indices are sorted so that the annotations themselves are not moved around.
QList<Annotation> resolveEntities(QList<Annotation> &candidates, const QList<int> &ranks)
{
    QList<qsizetype> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const qsizetype lengthA = candidates.at(a).length(), lengthB = candidates.at(b).length();
        return lengthA != lengthB ? lengthA > lengthB : ranks.at(a) < ranks.at(b);
    });
    QList<Annotation> kept;
    QMap<qsizetype, qsizetype> taken; // start -> end of the kept spans, which never overlap
    for (qsizetype index : order) {
        Annotation &annotation = candidates[index];
        if (annotation.length() <= 0)
            continue;
        auto next = taken.lowerBound(annotation.start);
        if (next != taken.end() && next.key() < annotation.end)
            continue;
        if (next != taken.begin() && std::prev(next).value() > annotation.start)
            continue;
        taken.insert(annotation.start, annotation.end);
        kept.append(std::move(annotation));
    }
    return kept;
}

QList<Annotation> recognizeEntities(const QList<std::shared_ptr<const EntityRecognizer>> &recognizers,
                                    const TextAnalysis &analysis)
{
    if (recognizers.size() == 1) {
        // One recogniser's spans may still overlap (a model may propose alternatives): resolve them too,
        // unless they are already disjoint, which the rules guarantee.
        QList<Annotation> entities = recognizers.first()->recognize(analysis);
        bool disjoint = true;
        QList<std::pair<qsizetype, qsizetype>> spans;
        spans.reserve(entities.size());
        for (const Annotation &entity : std::as_const(entities))
            spans.append({entity.start, entity.end});
        std::sort(spans.begin(), spans.end());
        for (qsizetype i = 1; i < spans.size() && disjoint; ++i)
            disjoint = spans.at(i - 1).second <= spans.at(i).first;
        if (disjoint)
            return entities;
        return resolveEntities(entities, QList<int>(entities.size(), 0));
    }
    QList<Annotation> entities;
    QList<int> ranks;
    for (int rank = 0; rank < recognizers.size(); ++rank) {
        QList<Annotation> found = recognizers.at(rank)->recognize(analysis);
        ranks.append(QList<int>(found.size(), rank));
        for (Annotation &entity : found)
            entities.append(std::move(entity));
    }
    return resolveEntities(entities, ranks);
}

// Where a name and a numeric expression overlap, one of them misreads the text. A number or ordinal inside a
// name is part of it (عبدالله الثاني، عبد الواحد، ألفا عمر كوناري); a name inside an amount is its currency or
// unit (ANERcorp tags «دولار» MISC: not inside «225 مليون دولار»); an expression that starts inside a person's
// name and runs past it has read a letter of the name as a proclitic («كولن باول أمس»: Powell, not ب + أول أمس).
void settleNamesAndNumbers(QList<Annotation> &found)
{
    QList<qsizetype> names; // disjoint, by start
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (!isNumericLabel(found.at(i).label))
            names.append(i);
    }
    if (names.isEmpty() || names.size() == found.size())
        return;
    std::sort(names.begin(), names.end(),
              [&](qsizetype a, qsizetype b) { return found.at(a).start < found.at(b).start; });
    QList<bool> dropped(found.size(), false);
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Annotation &expression = found.at(i);
        if (!isNumericLabel(expression.label))
            continue;
        // The first name that starts at or after the expression, and the one it starts in, if any.
        const auto next =
            std::lower_bound(names.cbegin(), names.cend(), expression.start,
                             [&](qsizetype index, qsizetype start) { return found.at(index).start < start; });
        const auto around = next != names.cend() && found.at(*next).start == expression.start ? next
                            : next != names.cbegin()                                          ? std::prev(next)
                                                                                              : names.cend();
        if (around != names.cend() && found.at(*around).end > expression.start) {
            const Annotation &name = found.at(*around);
            const bool inside = expression.end <= name.end;
            if ((inside && (expression.label == u"NUMBER" || expression.label == u"ORDINAL"))
                || (!inside && name.start < expression.start && name.label == u"PERSON")) {
                dropped[i] = true;
                continue;
            }
        }
        if (expression.label == u"MONEY" || expression.label == u"QUANTITY" || expression.label == u"PERCENT") {
            for (auto name = next; name != names.cend() && found.at(*name).start < expression.end; ++name) {
                if (found.at(*name).end <= expression.end)
                    dropped[*name] = true;
            }
        }
    }
    QList<Annotation> kept;
    kept.reserve(found.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (!dropped.at(i))
            kept.append(std::move(found[i]));
    }
    found = std::move(kept);
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

// A piece's annotations in text order, shifted to whole-text offsets, without those that start at or after
// `limit` (the next piece finds them). Sorting indices keeps the large annotations from being moved around.
QList<Annotation> orderedPiece(QList<Annotation> &found, qsizetype offset, qsizetype limit)
{
    QList<qsizetype> order(found.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return byPosition(found.at(a), found.at(b)); });
    QList<Annotation> piece;
    piece.reserve(found.size());
    for (qsizetype index : order) {
        Annotation &annotation = found[index];
        if (annotation.start >= limit)
            continue;
        annotation.start += offset;
        annotation.end += offset;
        piece.append(std::move(annotation));
    }
    return piece;
}

// Pieces come in text order, so their concatenation is sorted.
QList<Annotation> joined(QList<QList<Annotation>> &pieces)
{
    qsizetype total = 0;
    for (const QList<Annotation> &piece : pieces)
        total += piece.size();
    if (pieces.size() == 1)
        return std::move(pieces.first());
    QList<Annotation> result;
    result.reserve(total);
    for (QList<Annotation> &piece : pieces) {
        for (Annotation &annotation : piece)
            result.append(std::move(annotation));
    }
    return result;
}

} // namespace

QList<Annotation> Extractor::extract(const QString &text) const
{
    QList<QList<Annotation>> pieces;
    for (qsizetype start = 0; start < text.size();) {
        const qsizetype end = chunkEnd(text, start);
        const QStringView chunk = QStringView(text).mid(start, end - start);
        const TextAnalysis analysis(chunk, m_shared->lexicon);
        const QList<NumberMatch> numbers = NumberRecognizer::find(analysis);
        QList<Annotation> found;
        found.reserve(numbers.size() * 2 + analysis.size() / 8);
        for (const NumberMatch &number : numbers) {
            found.append(analysis.annotation(number.ordinal ? u"ORDINAL"_s : u"NUMBER"_s, number.start, number.end,
                                             number.value, 0.95,
                                             number.ordinal ? u"rules:ordinal"_s : u"rules:number"_s));
        }
        found += MeasureRecognizer::find(analysis, numbers);
        found += DateRecognizer::find(analysis, numbers);
        found += recognizeEntities(m_recognizers, analysis);
        settleNamesAndNumbers(found);
        const qsizetype keep = keepUntil(text, start, end);
        pieces.append(orderedPiece(found, start, keep - start));
        start = keep;
    }
    QList<Annotation> result = joined(pieces);
    DateRecognizer::resolveWithArticleYear(result);
    return result;
}

QList<Annotation> Extractor::extractEntities(const QString &text) const
{
    QList<QList<Annotation>> pieces;
    for (qsizetype start = 0; start < text.size();) {
        const qsizetype end = chunkEnd(text, start);
        const TextAnalysis analysis(QStringView(text).mid(start, end - start), m_shared->lexicon);
        const qsizetype keep = keepUntil(text, start, end);
        QList<Annotation> entities = recognizeEntities(m_recognizers, analysis);
        pieces.append(orderedPiece(entities, start, keep - start));
        start = keep;
    }
    return joined(pieces);
}

} // namespace Hamish
