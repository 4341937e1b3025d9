// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/WordClassLearner.h"

#include "core/tagger/TaggerTokenizer.h"
#include "core/tagger/TaggerWordForms.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Hamish {

void WordClassLearner::addText(QStringView text)
{
    TaggerTokenizer::forEachSentence(text, [&](const QList<TaggerTokenizer::Token> &tokens) {
        QList<QStringView> words;
        words.reserve(tokens.size());
        for (const TaggerTokenizer::Token &token : tokens)
            words += text.sliced(token.start, token.end - token.start);
        addSentence(words);
    });
}

void WordClassLearner::addSentence(const QList<QStringView> &tokens)
{
    bool any = false;
    for (QStringView token : tokens) {
        const QString word = TaggerWordForms::normalize(token);
        if (word.isEmpty())
            continue;
        auto it = m_ids.find(word);
        if (it == m_ids.end()) {
            it = m_ids.insert(word, qint32(m_words.size()));
            m_words.push_back(word);
            m_counts.push_back(0);
        }
        ++m_counts[size_t(*it)];
        m_stream.push_back(*it);
        ++m_tokenCount;
        any = true;
    }
    if (any) {
        m_stream.push_back(-1);
        ++m_sentenceCount;
    }
}

namespace {

// x log x, from a table for the counts that are most often asked for.
class EntropyTerms
{
public:
    EntropyTerms()
        : m_table(size_t(1) << 20)
    {
        for (size_t x = 1; x < m_table.size(); ++x)
            m_table[x] = double(x) * std::log(double(x));
    }
    double operator()(qint64 x) const
    {
        return quint64(x) < m_table.size() ? m_table[size_t(x)] : double(x) * std::log(double(x));
    }

private:
    std::vector<double> m_table;
};

// Neighbour lists of every item: for item i, (neighbour, count) pairs in [start[i], start[i + 1]).
struct Neighbours
{
    std::vector<qint64> start;
    std::vector<qint32> item;
    std::vector<qint64> count;
};

Neighbours neighboursOf(std::vector<quint64> pairs, qint32 items)
{
    std::sort(pairs.begin(), pairs.end());
    Neighbours out;
    out.start.assign(size_t(items) + 1, 0);
    for (size_t i = 0; i < pairs.size();) {
        size_t j = i;
        while (j < pairs.size() && pairs[j] == pairs[i])
            ++j;
        const auto owner = qint32(pairs[i] >> 32);
        out.item.push_back(qint32(pairs[i] & 0xFFFFFFFFu));
        out.count.push_back(qint64(j - i));
        ++out.start[size_t(owner) + 1];
        i = j;
    }
    std::partial_sum(out.start.begin(), out.start.end(), out.start.begin());
    return out;
}

// One granularity of the exchange algorithm over `items` items, the last of which (the sentence boundary) keeps a
// class of its own.
class Exchange
{
public:
    Exchange(const Neighbours &right, const Neighbours &left, qint32 items, int classes, const EntropyTerms &f)
        : m_right(right)
        , m_left(left)
        , m_items(items)
        , m_classes(classes)
        , m_f(f)
        , m_class(size_t(items))
        , m_pairs(size_t(classes + 1) * size_t(classes + 1))
        , m_pairsT(m_pairs.size())
        , m_asLeft(size_t(classes + 1))
        , m_asRight(size_t(classes + 1))
        , m_leftByClass(size_t(classes + 1))
        , m_rightByClass(size_t(classes + 1))
    {
        const qint32 boundary = items - 1;
        for (qint32 i = 0; i < boundary; ++i)
            m_class[size_t(i)] = i % classes;
        m_class[size_t(boundary)] = classes;
        for (qint32 w = 0; w < items; ++w) {
            for (qint64 k = right.start[size_t(w)]; k < right.start[size_t(w) + 1]; ++k) {
                const int a = m_class[size_t(w)], b = m_class[size_t(right.item[size_t(k)])];
                pair(a, b) += right.count[size_t(k)];
                pairT(b, a) += right.count[size_t(k)];
                m_asLeft[size_t(a)] += right.count[size_t(k)];
                m_asRight[size_t(b)] += right.count[size_t(k)];
            }
        }
    }

    double logLikelihood() const
    {
        double sum = 0;
        for (qint64 n : m_pairs)
            sum += m_f(n);
        for (int c = 0; c <= m_classes; ++c)
            sum -= m_f(m_asLeft[size_t(c)]) + m_f(m_asRight[size_t(c)]);
        return sum;
    }

    // One pass over every item but the boundary, most frequent first; returns how many moved.
    qint64 pass()
    {
        qint64 moves = 0;
        for (qint32 w = 0; w + 1 < m_items; ++w) {
            const int from = m_class[size_t(w)];
            gather(w);
            move(from, -1);
            int best = from;
            double bestGain = gain(from);
            for (int c = 0; c < m_classes; ++c) {
                if (c == from)
                    continue;
                const double g = gain(c);
                if (g > bestGain + 1e-9) {
                    bestGain = g;
                    best = c;
                }
            }
            move(best, +1);
            if (best != from) {
                m_class[size_t(w)] = best;
                ++moves;
            }
            clearGathered();
        }
        return moves;
    }

    int classOf(qint32 item) const { return m_class[size_t(item)]; }

private:
    qint64 &pair(int a, int b) { return m_pairs[size_t(a) * size_t(m_classes + 1) + size_t(b)]; }
    qint64 &pairT(int b, int a) { return m_pairsT[size_t(b) * size_t(m_classes + 1) + size_t(a)]; }

    // The item's neighbours by class (the item itself aside), its pairs with itself, and its counts as the left
    // and the right word of a pair.
    void gather(qint32 w)
    {
        m_self = 0;
        m_outCount = m_inCount = 0;
        for (qint64 k = m_right.start[size_t(w)]; k < m_right.start[size_t(w) + 1]; ++k) {
            const qint32 u = m_right.item[size_t(k)];
            const qint64 n = m_right.count[size_t(k)];
            m_outCount += n;
            if (u == w) {
                m_self = n;
                continue;
            }
            const int c = m_class[size_t(u)];
            if (!m_rightByClass[size_t(c)])
                m_rightTouched.push_back(c);
            m_rightByClass[size_t(c)] += n;
        }
        for (qint64 k = m_left.start[size_t(w)]; k < m_left.start[size_t(w) + 1]; ++k) {
            const qint32 v = m_left.item[size_t(k)];
            const qint64 n = m_left.count[size_t(k)];
            m_inCount += n;
            if (v == w)
                continue;
            const int c = m_class[size_t(v)];
            if (!m_leftByClass[size_t(c)])
                m_leftTouched.push_back(c);
            m_leftByClass[size_t(c)] += n;
        }
    }

    void clearGathered()
    {
        for (int c : m_leftTouched)
            m_leftByClass[size_t(c)] = 0;
        for (int c : m_rightTouched)
            m_rightByClass[size_t(c)] = 0;
        m_leftTouched.clear();
        m_rightTouched.clear();
    }

    // Adds (sign +1) or takes away (-1) the gathered item's counts in class `c`.
    void move(int c, int sign)
    {
        for (int other : m_leftTouched) {
            const qint64 n = sign * m_leftByClass[size_t(other)];
            pair(other, c) += n;
            pairT(c, other) += n;
        }
        for (int other : m_rightTouched) {
            const qint64 n = sign * m_rightByClass[size_t(other)];
            pair(c, other) += n;
            pairT(other, c) += n;
        }
        pair(c, c) += sign * m_self;
        pairT(c, c) += sign * m_self;
        m_asLeft[size_t(c)] += sign * m_outCount;
        m_asRight[size_t(c)] += sign * m_inCount;
    }

    // How much the log-likelihood rises when the gathered item joins class `c`.
    double gain(int c) const
    {
        const size_t row = size_t(c) * size_t(m_classes + 1);
        const qint64 *into = m_pairsT.data() + row; // into[o]: pairs (o, c)
        const qint64 *from = m_pairs.data() + row;  // from[o]: pairs (c, o)
        double sum = 0;
        for (int other : m_leftTouched) {
            if (other != c)
                sum += m_f(into[other] + m_leftByClass[size_t(other)]) - m_f(into[other]);
        }
        for (int other : m_rightTouched) {
            if (other != c)
                sum += m_f(from[other] + m_rightByClass[size_t(other)]) - m_f(from[other]);
        }
        const qint64 diagonal = from[c];
        sum += m_f(diagonal + m_leftByClass[size_t(c)] + m_rightByClass[size_t(c)] + m_self) - m_f(diagonal);
        sum -= m_f(m_asLeft[size_t(c)] + m_outCount) - m_f(m_asLeft[size_t(c)]);
        sum -= m_f(m_asRight[size_t(c)] + m_inCount) - m_f(m_asRight[size_t(c)]);
        return sum;
    }

    const Neighbours &m_right, &m_left;
    qint32 m_items;
    int m_classes;
    const EntropyTerms &m_f;
    std::vector<int> m_class;
    std::vector<qint64> m_pairs, m_pairsT; // class bigram counts, and the same transposed
    std::vector<qint64> m_asLeft, m_asRight;
    std::vector<qint64> m_leftByClass, m_rightByClass;
    std::vector<int> m_leftTouched, m_rightTouched;
    qint64 m_self = 0, m_outCount = 0, m_inCount = 0;
};

} // namespace

WordClassLearner::Result WordClassLearner::learn(const Options &options, const Progress &progress) const
{
    Result result;
    result.tokens = m_tokenCount;
    result.sentences = m_sentenceCount;
    // Items: the words seen minCount times or more, most frequent first (ties by spelling), then one item for all
    // rarer words, then the sentence boundary.
    std::vector<qint32> order(m_words.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
        if (m_counts[size_t(a)] != m_counts[size_t(b)])
            return m_counts[size_t(a)] > m_counts[size_t(b)];
        return m_words[size_t(a)] < m_words[size_t(b)];
    });
    qint32 vocabulary = 0;
    while (size_t(vocabulary) < order.size() && m_counts[size_t(order[size_t(vocabulary)])] >= options.minCount)
        ++vocabulary;
    const qint32 rare = vocabulary, boundary = vocabulary + 1, items = vocabulary + 2;
    std::vector<qint32> itemOf(m_words.size(), rare);
    for (qint32 i = 0; i < vocabulary; ++i)
        itemOf[size_t(order[size_t(i)])] = i;

    std::vector<quint64> pairs, reversed;
    pairs.reserve(m_stream.size() + 1);
    qint32 previous = boundary;
    for (qint32 id : m_stream) {
        const qint32 here = id < 0 ? boundary : itemOf[size_t(id)];
        if (!(here == boundary && previous == boundary))
            pairs.push_back(quint64(previous) << 32 | quint32(here));
        previous = here;
    }
    reversed.reserve(pairs.size());
    for (quint64 p : pairs)
        reversed.push_back((p & 0xFFFFFFFFu) << 32 | (p >> 32));
    const Neighbours right = neighboursOf(std::move(pairs), items);
    const Neighbours left = neighboursOf(std::move(reversed), items);

    const EntropyTerms f;
    result.words.resize(size_t(vocabulary));
    for (qint32 i = 0; i < vocabulary; ++i) {
        result.words[size_t(i)].word = m_words[size_t(order[size_t(i)])];
        result.words[size_t(i)].count = m_counts[size_t(order[size_t(i)])];
    }
    const double tokens = double(std::max<qint64>(1, m_tokenCount));
    for (int level = 0; level < WordClasses::levels; ++level) {
        const int classes = std::max(2, int(options.classCounts[size_t(level)]));
        Exchange exchange(right, left, items, classes, f);
        result.startLogLikelihood[size_t(level)] = exchange.logLikelihood() / tokens;
        int passes = 0;
        while (passes < options.iterations) {
            const qint64 moves = exchange.pass();
            ++passes;
            if (progress && !progress(level, passes, moves))
                return {};
            if (moves == 0)
                break;
        }
        result.passes[size_t(level)] = quint16(passes);
        result.endLogLikelihood[size_t(level)] = exchange.logLikelihood() / tokens;
        for (qint32 i = 0; i < vocabulary; ++i)
            result.words[size_t(i)].classes[size_t(level)] = quint16(exchange.classOf(i));
    }
    return result;
}

} // namespace Hamish
