#include "SpanEvaluation.h"

using namespace Qt::StringLiterals;

namespace Hamish {

double SpanEvaluation::Counts::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

QList<SpanEvaluation::Span> SpanEvaluation::spans(const QStringList &tags)
{
    QList<Span> found;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString &tag = tags.at(i);
        if (tag.size() < 3)
            continue;
        const QString type = tag.sliced(2);
        const bool continues =
            tag.startsWith(u"I-") && !found.isEmpty() && found.last().end == i && found.last().type == type;
        if (continues)
            found.last().end = i + 1;
        else
            found += Span{i, i + 1, type};
    }
    return found;
}

void SpanEvaluation::add(const QStringList &gold, const QStringList &predicted)
{
    const QList<Span> goldSpans = spans(gold);
    const QList<Span> predictedSpans = spans(predicted);
    for (const Span &span : goldSpans) {
        ++m_byType[span.type].gold;
        ++m_overall.gold;
        if (predictedSpans.contains(span)) {
            ++m_byType[span.type].correct;
            ++m_overall.correct;
        }
    }
    for (const Span &span : predictedSpans) {
        ++m_byType[span.type].predicted;
        ++m_overall.predicted;
    }
}

QString SpanEvaluation::report() const
{
    const auto line = [](const QString &name, const Counts &counts) {
        return u"%1 P %2  R %3  F1 %4  (gold %5, predicted %6, correct %7)\n"_s.arg(name.leftJustified(8))
            .arg(counts.precision(), 6, 'f', 2)
            .arg(counts.recall(), 6, 'f', 2)
            .arg(counts.f1(), 6, 'f', 2)
            .arg(counts.gold)
            .arg(counts.predicted)
            .arg(counts.correct);
    };
    QString text;
    for (auto it = m_byType.cbegin(); it != m_byType.cend(); ++it)
        text += line(it.key(), it.value());
    text += line(u"overall"_s, m_overall);
    return text;
}

} // namespace Hamish
