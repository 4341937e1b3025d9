#pragma once

#include <QMap>
#include <QStringList>

namespace Hamish {

// Exact-span precision, recall and F1 per entity type and overall (micro), as conlleval counts them.
class SpanEvaluation
{
public:
    struct Span
    {
        qsizetype start = 0; // token index
        qsizetype end = 0;   // exclusive
        QString type;
        friend bool operator==(const Span &, const Span &) = default;
    };
    struct Counts
    {
        qsizetype correct = 0, predicted = 0, gold = 0;
        double precision() const { return predicted ? 100.0 * double(correct) / double(predicted) : 0.0; }
        double recall() const { return gold ? 100.0 * double(correct) / double(gold) : 0.0; }
        double f1() const;
    };

    // The entity spans of a BIO sequence; an I-X that does not continue an X starts a new span.
    static QList<Span> spans(const QStringList &tags);

    void add(const QStringList &gold, const QStringList &predicted);
    Counts overall() const { return m_overall; }
    const QMap<QString, Counts> &byType() const { return m_byType; }
    // A small table: one line per type and the micro average, P/R/F1 in percent.
    QString report() const;

private:
    QMap<QString, Counts> m_byType;
    Counts m_overall;
};

} // namespace Hamish
