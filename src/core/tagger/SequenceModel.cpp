// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/SequenceModel.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr char magic[8] = {'H', 'A', 'M', 'I', 'S', 'H', 'T', 'G'};
constexpr quint32 formatVersion = 3; // 2: the corpus lexicon follows the features; 3: then the calibration
constexpr quint32 oldestVersion = 2;
constexpr int maxLabels = 64;
constexpr qsizetype headerSize = sizeof(magic) + 4 + 8;
constexpr qsizetype checksumSize = 32;

template<typename T>
void put(QByteArray &out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof(T));
}

void putFloat(QByteArray &out, float value)
{
    put(out, std::bit_cast<quint32>(value));
}

// Reads little-endian values from a byte range and remembers the first read past its end.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView bytes)
        : m_bytes(bytes)
    {}
    template<typename T>
    T get()
    {
        if (!has(sizeof(T))) {
            m_overrun = true;
            return T{};
        }
        T value;
        std::memcpy(&value, m_bytes.data() + m_position, sizeof(T));
        m_position += sizeof(T);
        return qFromLittleEndian(value);
    }
    float getFloat() { return std::bit_cast<float>(get<quint32>()); }
    QByteArrayView take(qsizetype size)
    {
        if (!has(size)) {
            m_overrun = true;
            return {};
        }
        const QByteArrayView part = m_bytes.sliced(m_position, size);
        m_position += size;
        return part;
    }
    bool has(qsizetype size) const { return size >= 0 && m_bytes.size() - m_position >= size; }
    bool overrun() const { return m_overrun; }
    bool atEnd() const { return m_position == m_bytes.size(); }
    qsizetype position() const { return m_position; }

private:
    QByteArrayView m_bytes;
    qsizetype m_position = 0;
    bool m_overrun = false;
};

// Adds a weight row to a token's label scores in blocks of eight labels, a fixed trip count the compiler turns into
// vector additions; each label still gets its weights one by one in key order, so the sums are the same floats.
// `Width`, when not 0, is the number of labels known at compile time (the loops are then unrolled).
template<qsizetype Width>
void addRow(float *__restrict scores, const float *__restrict row, qsizetype width)
{
    if constexpr (Width > 0)
        width = Width;
    qsizetype label = 0;
    for (; label + 8 <= width; label += 8) {
        for (qsizetype j = 0; j < 8; ++j)
            scores[label + j] += row[label + j];
    }
    for (; label < width; ++label)
        scores[label] += row[label];
}

SequenceModel fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

SequenceModel::SequenceModel(QStringList labels, quint32 featureGroups, std::vector<float> transitions,
                             const std::map<quint64, std::vector<float>> &featureWeights, CorpusLexicon lexicon)
    : m_labels(std::move(labels))
    , m_featureGroups(featureGroups)
    , m_transitions(std::move(transitions))
    , m_lexicon(std::move(lexicon))
{
    const size_t width = size_t(m_labels.size());
    m_rowKeys.reserve(featureWeights.size());
    m_weights.reserve(featureWeights.size() * width);
    for (const auto &[key, weights] : featureWeights) {
        m_rowKeys.push_back(key);
        for (size_t label = 0; label < width; ++label)
            m_weights.push_back(label < weights.size() ? weights[label] : 0.0f);
    }
    buildIndex();
}

void SequenceModel::setTemperature(double temperature)
{
    m_temperature = temperature;
    buildPairs();
}

void SequenceModel::buildPairs()
{
    const qsizetype width = m_labels.size();
    const double scale = 1.0 / m_temperature;
    m_pairs.weights.assign(size_t((width + 1) * width), 0.0);
    for (size_t t = 0; t < m_pairs.weights.size() && t < m_transitions.size(); ++t)
        m_pairs.weights[t] = m_allowed[t] ? std::exp(double(m_transitions[t]) * scale) : 0.0;
    m_pairs.previousOf.assign(size_t(width * width), 0);
    m_pairs.nextOf.assign(size_t(width * width), 0);
    m_pairs.previousCount.assign(size_t(width), 0);
    m_pairs.nextCount.assign(size_t(width), 0);
    for (qsizetype from = 0; from < width; ++from) {
        for (qsizetype to = 0; to < width; ++to) {
            if (m_pairs.weights[size_t((from + 1) * width + to)] != 0.0) {
                m_pairs.previousOf[size_t(to * width + m_pairs.previousCount[size_t(to)]++)] = int(from);
                m_pairs.nextOf[size_t(from * width + m_pairs.nextCount[size_t(from)]++)] = int(to);
            }
        }
    }
}

void SequenceModel::buildIndex()
{
    m_allowed = allowedTransitions(m_labels);
    buildPairs();
    // Open addressing at most half full over compact (key, row) slots: a probe, even a miss (most feature keys of
    // new text are unknown), stays within a cache line or two; the row is fetched only on a hit.
    quint64 capacity = 16;
    while (capacity < m_rowKeys.size() * 2)
        capacity *= 2;
    m_slotMask = capacity - 1;
    m_slots.assign(capacity, Slot{});
    for (quint32 row = 0; row < m_rowKeys.size(); ++row) {
        quint64 slot = m_rowKeys[row] & m_slotMask;
        while (m_slots[slot].key != 0 && m_slots[slot].key != m_rowKeys[row])
            slot = (slot + 1) & m_slotMask;
        m_slots[slot] = {m_rowKeys[row], row};
    }
}

inline const float *SequenceModel::rowFor(quint64 key) const
{
    for (quint64 slot = key & m_slotMask;; slot = (slot + 1) & m_slotMask) {
        if (m_slots[slot].key == key)
            return m_weights.data() + size_t(m_slots[slot].row) * size_t(m_labels.size());
        if (m_slots[slot].key == 0)
            return nullptr;
    }
}

bool SequenceModel::allowed(const QStringList &labels, int previous, int next)
{
    // BIO, or BIOES when the labels hold E- or S- tags: there a name that is still open (B-, I-) must go
    // on, with I- or E- of its own type, and next == labels.size() stands for the end of the sentence.
    const bool bioes = std::any_of(labels.begin(), labels.end(), [](const QString &label) {
        return label.startsWith(u"E-") || label.startsWith(u"S-");
    });
    const auto open = [&](int label) {
        return label >= 0 && (labels.at(label).startsWith(u"B-") || labels.at(label).startsWith(u"I-"));
    };
    const auto continues = [&](int label) {
        return label < labels.size()
               && (labels.at(label).startsWith(u"I-") || (bioes && labels.at(label).startsWith(u"E-")));
    };
    if (!continues(next)) // O, B-, S- or the sentence's end
        return !bioes || !open(previous);
    if (previous < 0 || (bioes && !open(previous)))
        return false;
    const QString &before = labels.at(previous); // O in BIO: not the same name
    return before.size() > 2 && QStringView(before).sliced(2) == QStringView(labels.at(next)).sliced(2);
}

QList<int> SequenceModel::decode(const std::vector<quint64> &keys, const std::vector<quint32> &offsets,
                                 std::vector<float> *scoresOut) const
{
    const qsizetype n = qsizetype(offsets.size()) - 1;
    const qsizetype width = m_labels.size();
    if (n <= 0 || width == 0)
        return {};
    std::vector<float> local;
    std::vector<float> &emission = scoresOut ? *scoresOut : local;
    emission.assign(size_t(n * width), 0.0f);
    // Fetching the rows is what takes the time: each slot is asked for sixteen keys ahead, and each row, found eight
    // keys ahead, asked for then, so that on text the model has not seen the misses overlap. Same rows, same order of
    // additions.
    constexpr quint32 slotsAhead = 16, rowsAhead = 8;
    const quint32 keyCount = quint32(keys.size());
    for (quint32 k = 0; k < std::min(slotsAhead, keyCount); ++k)
        __builtin_prefetch(m_slots.data() + (keys[k] & m_slotMask));
    std::array<const float *, rowsAhead> found{}; // the rows of keys k .. k + rowsAhead - 1, at k % rowsAhead
    const auto findRow = [&](quint32 k) {
        const float *row = rowFor(keys[k]);
        if (row) {
            __builtin_prefetch(row);
            __builtin_prefetch(row + width - 1);
        }
        found[k % rowsAhead] = row;
    };
    for (quint32 k = 0; k < std::min(rowsAhead, keyCount); ++k)
        findRow(k);
    const auto addRows = [&](auto fixedWidth) {
        for (qsizetype i = 0; i < n; ++i) {
            float *scores = emission.data() + i * width;
            for (quint32 k = offsets[i]; k < offsets[i + 1]; ++k) {
                if (k + slotsAhead < keyCount)
                    __builtin_prefetch(m_slots.data() + (keys[k + slotsAhead] & m_slotMask));
                const float *row = found[k % rowsAhead];
                if (k + rowsAhead < keyCount)
                    findRow(k + rowsAhead);
                if (row)
                    addRow<decltype(fixedWidth)::value>(scores, row, width);
            }
        }
    };
    // BIOES and BIO over the four entity types: 17 and 9 labels.
    if (width == 17)
        addRows(std::integral_constant<qsizetype, 17>{});
    else if (width == 9)
        addRows(std::integral_constant<qsizetype, 9>{});
    else
        addRows(std::integral_constant<qsizetype, 0>{});
    return bestPath(emission.data(), n, width, m_transitions.data(), m_allowed.data());
}

std::vector<double> SequenceModel::chunkProbabilities(const std::vector<float> &emission, const QList<int> &path,
                                                      const QList<std::pair<qsizetype, qsizetype>> &ranges) const
{
    const qsizetype width = m_labels.size();
    const qsizetype n = path.size();
    std::vector<double> result(size_t(ranges.size()), 0.0);
    if (n == 0 || width == 0 || ranges.isEmpty() || qsizetype(emission.size()) != n * width)
        return result;
    // Forward-backward in probability space, each position's forward sums rescaled to add up to one (the scales
    // cancel out of every ratio), scores divided by the temperature and shifted by each token's best score so
    // that no exponential overflows.
    const double scale = 1.0 / m_temperature;
    const std::vector<double> &transition = m_pairs.weights;
    // Scratch space kept per thread: a sentence's tables would otherwise be allocated afresh for each sentence.
    thread_local std::vector<double> weight, alpha, beta, norm;
    weight.resize(size_t(n * width)); // exp((emission - the token's best) / T)
    for (qsizetype i = 0; i < n; ++i) {
        const float *scores = emission.data() + i * width;
        const float best = *std::max_element(scores, scores + width);
        for (qsizetype label = 0; label < width; ++label)
            weight[size_t(i * width + label)] = std::exp(double(scores[label] - best) * scale);
    }
    alpha.assign(size_t(n * width), 0.0);
    beta.assign(size_t(n * width), 0.0);
    norm.assign(size_t(n), 1.0);
    // Under BIO(ES) constraints most label pairs are forbidden, their transition weight exactly zero. Such a pair
    // adds 0 × (a finite value) = +0.0 to a sum of non-negative terms, which leaves the sum as it is, so the sums
    // visit only the other pairs, in the same order. Should a value not be finite (0 × inf is NaN, which the sum
    // would carry), everything is computed again over all pairs.
    // The allowed pairs are the model's (m_pairs); every pair is listed in `allPairs` when needed.
    Pairs allPairs;
    const int *previousOf = m_pairs.previousOf.data(), *nextOf = m_pairs.nextOf.data();
    const int *previousCount = m_pairs.previousCount.data(), *nextCount = m_pairs.nextCount.data();
    const auto choosePairs = [&](bool all) {
        if (!all) {
            previousOf = m_pairs.previousOf.data(), nextOf = m_pairs.nextOf.data();
            previousCount = m_pairs.previousCount.data(), nextCount = m_pairs.nextCount.data();
            return;
        }
        allPairs.previousOf.resize(size_t(width * width));
        allPairs.nextOf.resize(size_t(width * width));
        allPairs.previousCount.assign(size_t(width), int(width));
        allPairs.nextCount.assign(size_t(width), int(width));
        for (qsizetype from = 0; from < width; ++from) {
            for (qsizetype to = 0; to < width; ++to) {
                allPairs.previousOf[size_t(to * width + from)] = int(from);
                allPairs.nextOf[size_t(from * width + to)] = int(to);
            }
        }
        previousOf = allPairs.previousOf.data(), nextOf = allPairs.nextOf.data();
        previousCount = allPairs.previousCount.data(), nextCount = allPairs.nextCount.data();
    };
    // Forward and backward passes; false when a value met was not finite. `noMass` is set when a position's
    // forward sums add up to nothing (no allowed sequence has any probability).
    const auto forwardBackward = [&](bool *noMass) {
        bool finite = true;
        for (qsizetype i = 0; i < n; ++i) {
            double total = 0;
            for (qsizetype label = 0; label < width; ++label) {
                double sum = 0;
                if (i == 0) {
                    sum = transition[size_t(label)];
                } else {
                    const int *previous = previousOf + label * width;
                    for (int k = 0; k < previousCount[label]; ++k)
                        sum += alpha[size_t((i - 1) * width + previous[k])]
                               * transition[size_t((previous[k] + 1) * width + label)];
                }
                sum *= weight[size_t(i * width + label)];
                alpha[size_t(i * width + label)] = sum;
                total += sum;
            }
            if (total <= 0) {
                *noMass = true;
                return finite;
            }
            norm[size_t(i)] = total;
            for (qsizetype label = 0; label < width; ++label) {
                alpha[size_t(i * width + label)] /= total;
                finite = finite && std::isfinite(alpha[size_t(i * width + label)]);
            }
        }
        const char *mayEnd = m_allowed.data() + (width + 1) * width;
        for (qsizetype label = 0; label < width; ++label)
            beta[size_t((n - 1) * width + label)] = mayEnd[label] ? 1.0 : 0.0;
        for (qsizetype i = n - 2; i >= 0; --i) {
            for (qsizetype label = 0; label < width; ++label) {
                double sum = 0;
                const int *next = nextOf + label * width;
                for (int k = 0; k < nextCount[label]; ++k)
                    sum += transition[size_t((label + 1) * width + next[k])] * weight[size_t((i + 1) * width + next[k])]
                           * beta[size_t((i + 1) * width + next[k])];
                beta[size_t(i * width + label)] = sum / norm[size_t(i + 1)];
                finite = finite && std::isfinite(beta[size_t(i * width + label)]);
            }
        }
        return finite;
    };
    const bool weightsFinite = std::all_of(weight.begin(), weight.end(), [](double w) { return std::isfinite(w); });
    bool noMass = false;
    choosePairs(!weightsFinite);
    if (!forwardBackward(&noMass) && weightsFinite) {
        noMass = false;
        choosePairs(true);
        forwardBackward(&noMass);
    }
    if (noMass)
        return result;
    double total = 0;
    for (qsizetype label = 0; label < width; ++label)
        total += alpha[size_t((n - 1) * width + label)] * beta[size_t((n - 1) * width + label)];
    if (total <= 0)
        return result;
    for (qsizetype r = 0; r < ranges.size(); ++r) {
        const auto [first, last] = ranges.at(r);
        if (first < 0 || last >= n || first > last)
            continue;
        double probability = alpha[size_t(first * width + path[first])];
        for (qsizetype i = first + 1; i <= last; ++i)
            probability *= transition[size_t((path[i - 1] + 1) * width + path[i])] * weight[size_t(i * width + path[i])]
                           / norm[size_t(i)];
        probability *= beta[size_t(last * width + path[last])];
        result[size_t(r)] = std::clamp(probability / total, 0.0, 1.0);
    }
    return result;
}

QList<int> SequenceModel::bestPath(const float *emission, qsizetype n, qsizetype width, const float *transitions,
                                   const char *allowed)
{
    QList<int> path;
    if (n <= 0 || width <= 0)
        return path;
    constexpr float forbidden = -std::numeric_limits<float>::infinity();
    // The labels that may precede each label, in order: under BIO(ES) constraints most pairs are forbidden (an
    // I-X follows only B-X or I-X), so the inner loop visits only the allowed ones, in the same order as before.
    // Beside each, its transition score, so the loop reads both from consecutive memory.
    std::vector<int> previousOf(size_t(width * width));
    std::vector<float> transitionFrom(size_t(width * width));
    std::vector<int> previousCount(size_t(width), 0);
    for (qsizetype label = 0; label < width; ++label) {
        for (qsizetype previous = 0; previous < width; ++previous) {
            if (allowed[(previous + 1) * width + label]) {
                const size_t at = size_t(label * width + previousCount[size_t(label)]++);
                previousOf[at] = int(previous);
                transitionFrom[at] = transitions[(previous + 1) * width + label];
            }
        }
    }
    std::vector<float> best(size_t(n * width), forbidden);
    std::vector<int> back(size_t(n * width), 0);
    for (qsizetype label = 0; label < width; ++label) {
        if (allowed[label])
            best[label] = transitions[label] + emission[label];
    }
    for (qsizetype i = 1; i < n; ++i) {
        const float *before = best.data() + (i - 1) * width;
        for (qsizetype label = 0; label < width; ++label) {
            float top = forbidden;
            int from = 0;
            const int *previous = previousOf.data() + label * width;
            const float *transition = transitionFrom.data() + label * width;
            // A forbidden predecessor (-inf) gives -inf (or NaN), never more than top: no test is needed for it.
            for (int k = 0, count = previousCount[size_t(label)]; k < count; ++k) {
                const float score = before[previous[k]] + transition[k];
                if (score > top) {
                    top = score;
                    from = previous[k];
                }
            }
            if (top != forbidden) {
                best[i * width + label] = top + emission[i * width + label];
                back[i * width + label] = from;
            }
        }
    }
    const char *mayEnd = allowed + (width + 1) * width;
    int label = -1;
    for (qsizetype candidate = 0; candidate < width; ++candidate) {
        const float score = best[(n - 1) * width + candidate];
        if (mayEnd[candidate] && score != forbidden && (label < 0 || score > best[(n - 1) * width + label]))
            label = int(candidate);
    }
    if (label < 0)
        label = 0;
    path.resize(n);
    for (qsizetype i = n - 1; i >= 0; --i) {
        path[i] = label;
        label = back[i * width + label];
    }
    return path;
}

std::vector<char> SequenceModel::allowedTransitions(const QStringList &labels)
{
    const qsizetype width = labels.size();
    std::vector<char> table(size_t((width + 2) * width), 0);
    for (qsizetype previous = -1; previous < width; ++previous) {
        for (qsizetype next = 0; next < width; ++next)
            table[(previous + 1) * width + next] = allowed(labels, int(previous), int(next));
        // The last row: whether a sentence may end on label `previous`.
        if (previous >= 0)
            table[(width + 1) * width + previous] = allowed(labels, int(previous), int(width));
    }
    return table;
}

QByteArray SequenceModel::toBytes() const
{
    const qsizetype width = m_labels.size();
    QByteArray body;
    put<quint32>(body, m_featureGroups);
    put<quint32>(body, quint32(width));
    for (const QString &label : m_labels) {
        const QByteArray utf8 = label.toUtf8();
        put<quint16>(body, quint16(utf8.size()));
        body += utf8;
    }
    for (const float value : m_transitions)
        putFloat(body, value);
    put<quint32>(body, quint32(m_rowKeys.size()));
    // Sparse rows: most features only ever pushed one or two labels away from zero.
    for (size_t row = 0; row < m_rowKeys.size(); ++row) {
        put<quint64>(body, m_rowKeys[row]);
        const float *weights = m_weights.data() + row * size_t(width);
        quint8 count = 0;
        for (qsizetype label = 0; label < width; ++label)
            count += weights[label] != 0.0f;
        put<quint8>(body, count);
        for (qsizetype label = 0; label < width; ++label) {
            if (weights[label] != 0.0f) {
                put<quint8>(body, quint8(label));
                putFloat(body, weights[label]);
            }
        }
    }

    m_lexicon.write(body);
    putFloat(body, float(m_temperature));
    m_calibration.write(body);

    QByteArray out(magic, sizeof(magic));
    put<quint32>(out, formatVersion);
    put<quint64>(out, quint64(body.size()));
    out += body;
    out += QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    return out;
}

SequenceModel SequenceModel::fromBytes(const QByteArray &bytes, QString *error)
{
    ByteReader header(bytes);
    const QByteArrayView fileMagic = header.take(sizeof(magic));
    if (header.overrun() || fileMagic != QByteArrayView(magic, sizeof(magic)))
        return fail(error, u"not a Hamish entity model (wrong magic number)"_s);
    const quint32 version = header.get<quint32>();
    const quint64 bodySize = header.get<quint64>();
    if (header.overrun())
        return fail(error, u"model file truncated inside its header"_s);
    if (version < oldestVersion || version > formatVersion)
        return fail(error, u"model format version %1 is not supported (this build reads versions %2-%3); retrain it "
                           u"with `hamish train`"_s.arg(version)
                               .arg(oldestVersion)
                               .arg(formatVersion));
    const quint64 available = quint64(bytes.size() - headerSize);
    if (available < checksumSize || bodySize != available - checksumSize)
        return fail(error, u"model file truncated or padded: the header announces %1 bytes of data, the file "
                           u"holds %2"_s.arg(bodySize)
                               .arg(available < checksumSize ? 0 : available - checksumSize));
    const QByteArrayView body = QByteArrayView(bytes).sliced(headerSize, qsizetype(bodySize));
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256)
        != QByteArrayView(bytes).sliced(headerSize + qsizetype(bodySize)))
        return fail(error, u"model file damaged: its checksum does not match its contents"_s);

    ByteReader in(body);
    SequenceModel model;
    model.m_featureGroups = in.get<quint32>();
    const quint32 width = in.get<quint32>();
    if (in.overrun() || width == 0 || width > maxLabels)
        return fail(error, u"corrupt model: %1 labels"_s.arg(width));
    for (quint32 i = 0; i < width; ++i) {
        const quint16 size = in.get<quint16>();
        const QByteArrayView name = in.take(size);
        if (in.overrun() || name.isEmpty())
            return fail(error, u"corrupt model: label %1 is unreadable"_s.arg(i));
        model.m_labels += QString::fromUtf8(name);
    }
    const size_t transitionCount = size_t(width + 1) * width;
    if (!in.has(qsizetype(transitionCount * 4)))
        return fail(error, u"corrupt model: transition table cut short"_s);
    model.m_transitions.resize(transitionCount);
    for (float &value : model.m_transitions)
        value = in.getFloat();
    const quint32 rows = in.get<quint32>();
    // Every row takes at least 9 bytes, so a count the data cannot hold is refused before allocating.
    if (in.overrun() || !in.has(qsizetype(rows) * 9))
        return fail(error, u"corrupt model: %1 features announced, the file cannot hold them"_s.arg(rows));
    model.m_rowKeys.resize(rows);
    model.m_weights.assign(size_t(rows) * width, 0.0f);
    for (quint32 row = 0; row < rows; ++row) {
        model.m_rowKeys[row] = in.get<quint64>();
        const quint8 count = in.get<quint8>();
        if (in.overrun() || count > width || model.m_rowKeys[row] == 0)
            return fail(error, u"corrupt model: feature %1 is malformed"_s.arg(row));
        for (quint8 k = 0; k < count; ++k) {
            const quint8 label = in.get<quint8>();
            const float weight = in.getFloat();
            if (in.overrun() || label >= width)
                return fail(error, u"corrupt model: feature %1 has a bad label index"_s.arg(row));
            model.m_weights[size_t(row) * width + label] = weight;
        }
    }
    qsizetype position = in.position();
    QString lexiconError;
    if (!model.m_lexicon.read(body, &position, &lexiconError))
        return fail(error, lexiconError);
    if (version >= 3) {
        ByteReader rest(body.sliced(position));
        const float temperature = rest.getFloat();
        if (rest.overrun() || !std::isfinite(temperature) || temperature <= 0)
            return fail(error, u"corrupt model: bad temperature"_s);
        model.m_temperature = temperature;
        position += rest.position();
        if (!model.m_calibration.read(body, &position, &lexiconError))
            return fail(error, lexiconError);
    }
    if (position != body.size())
        return fail(error, u"corrupt model: unexpected data after the corpus lexicon"_s);
    model.buildIndex();
    return model;
}

bool SequenceModel::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes()) < 0 || !file.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

SequenceModel SequenceModel::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, u"cannot open model %1: %2"_s.arg(path, file.errorString()));
    QString reason;
    SequenceModel model = fromBytes(file.readAll(), &reason);
    if (model.isEmpty())
        return fail(error, u"%1: %2"_s.arg(path, reason));
    return model;
}

} // namespace Hamish
