// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/ConfidenceCalibration.h"

#include "core/tagger/BinaryIo.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

using BinaryIo::get;
using BinaryIo::put;

} // namespace

SuggestionSource suggestionSourceOf(const QString &origin)
{
    if (origin == u"model:ner")
        return SuggestionSource::Model;
    if (origin == u"model:consistency")
        return SuggestionSource::Spread;
    return SuggestionSource::Listed;
}

ConfidenceCalibration ConfidenceCalibration::fit(const std::vector<Sample> &samples)
{
    // Each knot stands for at least this many held-out suggestions (the last may hold fewer).
    constexpr double minimumBlock = 30;
    ConfidenceCalibration calibration;
    for (int source = 0; source < suggestionSourceCount; ++source) {
        std::vector<std::pair<double, bool>> points;
        for (const Sample &sample : samples) {
            if (int(sample.source) == source)
                points.emplace_back(sample.score, sample.correct);
        }
        if (points.empty())
            continue;
        std::sort(points.begin(), points.end());
        // Blocks of equal scores first, then pool adjacent blocks while precision would fall as scores rise.
        struct Block
        {
            double scoreSum = 0, correct = 0, count = 0;
            double mean() const { return correct / count; }
        };
        std::vector<Block> blocks;
        for (size_t i = 0; i < points.size();) {
            Block block;
            const double score = points[i].first;
            for (; i < points.size() && points[i].first == score; ++i) {
                block.scoreSum += points[i].first;
                block.correct += points[i].second;
                block.count += 1;
            }
            blocks.push_back(block);
            // Pool while precision would fall as scores rise, or while the block before is too small to say much.
            while (blocks.size() > 1
                   && (blocks[blocks.size() - 2].mean() >= blocks.back().mean()
                       || blocks[blocks.size() - 2].count < minimumBlock)) {
                const Block last = blocks.back();
                blocks.pop_back();
                blocks.back().scoreSum += last.scoreSum;
                blocks.back().correct += last.correct;
                blocks.back().count += last.count;
            }
        }
        for (const Block &block : blocks) {
            // A little smoothing towards one half, so that a small block does not claim certainty.
            const double probability = (block.correct + 0.5) / (block.count + 1);
            calibration.m_knots[size_t(source)].emplace_back(float(block.scoreSum / block.count), float(probability));
        }
    }
    return calibration;
}

bool ConfidenceCalibration::isEmpty() const
{
    return std::all_of(m_knots.begin(), m_knots.end(), [](const auto &knots) { return knots.empty(); });
}

double ConfidenceCalibration::apply(SuggestionSource source, double score) const
{
    const std::vector<std::pair<float, float>> &knots = m_knots[size_t(source)];
    if (knots.empty())
        return score;
    if (score <= knots.front().first)
        return knots.front().second;
    if (score >= knots.back().first)
        return knots.back().second;
    const auto after =
        std::upper_bound(knots.begin(), knots.end(), score,
                         [](double value, const std::pair<float, float> &knot) { return value < knot.first; });
    const auto before = after - 1;
    const double span = double(after->first) - double(before->first);
    const double t = span > 0 ? (score - before->first) / span : 0;
    return before->second + t * (double(after->second) - double(before->second));
}

QList<ConfidenceCalibration::Bin>
ConfidenceCalibration::reliability(const std::vector<std::pair<double, bool>> &confidenceAndCorrect, int bins)
{
    QList<Bin> table(bins);
    for (int b = 0; b < bins; ++b) {
        table[b].low = double(b) / bins;
        table[b].high = double(b + 1) / bins;
    }
    for (const auto &[confidence, correct] : confidenceAndCorrect) {
        Bin &bin = table[std::clamp(int(confidence * bins), 0, bins - 1)];
        ++bin.count;
        bin.meanConfidence += confidence;
        bin.precision += correct;
    }
    for (Bin &bin : table) {
        if (bin.count) {
            bin.meanConfidence /= double(bin.count);
            bin.precision /= double(bin.count);
        }
    }
    return table;
}

double ConfidenceCalibration::expectedCalibrationError(const QList<Bin> &bins)
{
    qint64 total = 0;
    double error = 0;
    for (const Bin &bin : bins) {
        total += bin.count;
        error += double(bin.count) * std::abs(bin.precision - bin.meanConfidence);
    }
    return total ? error / double(total) : 0;
}

QString ConfidenceCalibration::report(const QList<Bin> &bins)
{
    QString text = u"confidence    suggestions  mean confidence  precision\n"_s;
    for (const Bin &bin : bins) {
        text += QString(QString::number(bin.low, 'f', 1) + u'-' + QString::number(bin.high, 'f', 1)).leftJustified(14)
                + QString::number(bin.count).rightJustified(11)
                + (bin.count ? QString::number(bin.meanConfidence, 'f', 3) : u"-"_s).rightJustified(17)
                + (bin.count ? QString::number(bin.precision, 'f', 3) : u"-"_s).rightJustified(11) + u'\n';
    }
    text += u"expected calibration error: "_s + QString::number(expectedCalibrationError(bins), 'f', 4) + u'\n';
    return text;
}

void ConfidenceCalibration::write(QByteArray &out) const
{
    put<quint8>(out, quint8(suggestionSourceCount));
    for (const auto &knots : m_knots) {
        put<quint32>(out, quint32(knots.size()));
        for (const auto &[score, probability] : knots) {
            put<quint32>(out, std::bit_cast<quint32>(score));
            put<quint32>(out, std::bit_cast<quint32>(probability));
        }
    }
}

bool ConfidenceCalibration::read(QByteArrayView in, qsizetype *position, QString *error)
{
    const auto bad = [error](const QString &what) {
        if (error)
            *error = u"corrupt model: confidence calibration: "_s + what;
        return false;
    };
    *this = {};
    quint8 sources = 0;
    if (!get(in, position, &sources) || sources != suggestionSourceCount)
        return bad(u"bad source count"_s);
    for (auto &knots : m_knots) {
        quint32 count = 0;
        if (!get(in, position, &count) || (in.size() - *position) / 8 < qsizetype(count))
            return bad(u"%1 points announced, the file cannot hold them"_s.arg(count));
        float previous = -std::numeric_limits<float>::infinity();
        for (quint32 k = 0; k < count; ++k) {
            quint32 score = 0, probability = 0;
            get(in, position, &score);
            get(in, position, &probability);
            const float x = std::bit_cast<float>(score), y = std::bit_cast<float>(probability);
            if (!std::isfinite(x) || !(y >= 0 && y <= 1) || x < previous)
                return bad(u"point %1 is out of range or order"_s.arg(k));
            previous = x;
            knots.emplace_back(x, y);
        }
    }
    return true;
}

} // namespace Hamish
