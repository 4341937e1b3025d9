// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/Agreement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/rbbi.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

using Tokens = QList<QPair<qsizetype, qsizetype>>;

// The accepted annotations of a layer that agreement counts.
QList<Annotation> counted(const QList<Annotation> &layer, const QStringList &labels)
{
    QList<Annotation> kept;
    for (const Annotation &annotation : layer) {
        if (annotation.status == AnnotationStatus::Accepted && (labels.isEmpty() || labels.contains(annotation.label)))
            kept.append(annotation);
    }
    // Outermost first: a span's tokens take the label of the longest annotation that starts first.
    std::sort(kept.begin(), kept.end(), [](const Annotation &a, const Annotation &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return kept;
}

// BIO tags per token: "B-LABEL" on the first token an annotation covers, "I-LABEL" on the others, "O".
QStringList tagsOf(const Tokens &tokens, const QList<Annotation> &annotations)
{
    QStringList tags(tokens.size(), u"O"_s);
    QList<bool> taken(tokens.size(), false);
    for (const Annotation &annotation : annotations) {
        auto it = std::lower_bound(
            tokens.cbegin(), tokens.cend(), annotation.start,
            [](const QPair<qsizetype, qsizetype> &token, qsizetype start) { return token.second <= start; });
        bool first = true;
        for (; it != tokens.cend() && it->first < annotation.end; ++it) {
            const qsizetype index = it - tokens.cbegin();
            if (!taken[index]) {
                taken[index] = true;
                tags[index] = (first ? u"B-"_s : u"I-"_s) + annotation.label;
            }
            first = false;
        }
    }
    return tags;
}

// The tag as a label-by-label comparison sees it: that label's B and I, everything else O.
QString onlyLabel(const QString &tag, const QString &label)
{
    return tag.size() == label.size() + 2 && tag.endsWith(label) ? tag : u"O"_s;
}

struct KappaCounts
{
    int tokens = 0;
    int agreed = 0;
    QHash<QString, int> a, b;

    void add(const QString &tagA, const QString &tagB)
    {
        ++tokens;
        agreed += tagA == tagB;
        ++a[tagA];
        ++b[tagB];
    }

    std::optional<double> kappa() const
    {
        if (tokens == 0)
            return std::nullopt;
        const double n = tokens;
        double expected = 0;
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            expected += (it.value() / n) * (b.value(it.key()) / n);
        if (expected >= 1.0)
            return std::nullopt; // both annotators put every token in one category: nothing to tell apart
        return (agreed / n - expected) / (1.0 - expected);
    }
};

struct SpanCounts
{
    int matched = 0, a = 0, b = 0;

    void add(const QList<Annotation> &layerA, const QList<Annotation> &layerB, const QString *label)
    {
        QSet<QString> keysA;
        const auto key = [](const Annotation &x) -> QString {
            return x.label + u'\t' + QString::number(x.start) + u'\t' + QString::number(x.end);
        };
        for (const Annotation &x : layerA) {
            if (!label || x.label == *label)
                keysA.insert(key(x));
        }
        QSet<QString> keysB;
        for (const Annotation &x : layerB) {
            if (!label || x.label == *label)
                keysB.insert(key(x));
        }
        a += int(keysA.size());
        b += int(keysB.size());
        matched += int(keysA.intersect(keysB).size());
    }

    void fill(Agreement::Figures &figures) const
    {
        figures.matched = matched;
        figures.annotationsA = a;
        figures.annotationsB = b;
        if (b > 0)
            figures.precision = double(matched) / b;
        if (a > 0)
            figures.recall = double(matched) / a;
        if (a + b > 0)
            figures.f1 = 2.0 * matched / (a + b);
    }
};

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject figuresJson(const Agreement::Figures &figures)
{
    return {{u"precision"_s, number(figures.precision)},
            {u"recall"_s, number(figures.recall)},
            {u"f1"_s, number(figures.f1)},
            {u"kappa"_s, number(figures.kappa)},
            {u"matched"_s, figures.matched},
            {u"annotations"_s, QJsonObject{{u"a"_s, figures.annotationsA}, {u"b"_s, figures.annotationsB}}},
            {u"tokens"_s, figures.tokens}};
}

QString shown(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : u"–"_s;
}

} // namespace

QList<QPair<qsizetype, qsizetype>> Agreement::tokens(const QString &text)
{
    Tokens list;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !words)
        return list;
    const icu::UnicodeString unicode(false, reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
    words->setText(unicode);
    int32_t start = words->first();
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
        // Letters, numbers, kana and ideographs are words; spaces and punctuation are not.
        if (words->getRuleStatus() != UBRK_WORD_NONE)
            list.append({start, end});
    }
    return list;
}

Agreement::Report Agreement::compute(const QList<Article> &articles, const Options &options)
{
    Report report;
    QSet<QString> names;
    for (const Article &article : articles) {
        for (auto it = article.layers.cbegin(); it != article.layers.cend(); ++it) {
            if (!it.key().isEmpty() && it.key() != kCuration)
                names.insert(it.key());
        }
        for (const QString &name : article.done) {
            if (name != kCuration)
                names.insert(name);
        }
    }
    report.annotators = QStringList(names.cbegin(), names.cend());
    report.annotators.sort();

    const auto annotated = [&](const Article &article, const QString &name) {
        if (options.doneOnly)
            return article.done.contains(name);
        return !article.layers.value(name).isEmpty() || article.done.contains(name);
    };
    // Per article: its tokens and each annotator's counted annotations and tags, made once.
    struct Prepared
    {
        Tokens tokens;
        QHash<QString, QList<Annotation>> kept;
        QHash<QString, QStringList> tags;
    };
    QList<Prepared> prepared;
    prepared.reserve(articles.size());
    for (const Article &article : articles) {
        Prepared p;
        p.tokens = tokens(article.text);
        for (const QString &name : std::as_const(report.annotators)) {
            if (!annotated(article, name))
                continue;
            p.kept.insert(name, counted(article.layers.value(name), options.labels));
            p.tags.insert(name, tagsOf(p.tokens, p.kept.value(name)));
        }
        prepared.append(std::move(p));
    }

    for (qsizetype i = 0; i < report.annotators.size(); ++i) {
        for (qsizetype j = i + 1; j < report.annotators.size(); ++j) {
            Pair pair;
            pair.a = report.annotators[i];
            pair.b = report.annotators[j];
            SpanCounts spans;
            KappaCounts kappa;
            QSet<QString> labels(options.labels.cbegin(), options.labels.cend());
            QHash<QString, SpanCounts> labelSpans;
            QHash<QString, KappaCounts> labelKappa;
            // The labels compared: those asked for, or those either annotator used here.
            for (qsizetype k = 0; k < articles.size(); ++k) {
                const Prepared &p = prepared[k];
                if (!p.kept.contains(pair.a) || !p.kept.contains(pair.b))
                    continue;
                if (options.labels.isEmpty()) {
                    for (const Annotation &x : p.kept.value(pair.a) + p.kept.value(pair.b))
                        labels.insert(x.label);
                }
            }
            for (qsizetype k = 0; k < articles.size(); ++k) {
                const Prepared &p = prepared[k];
                if (!p.kept.contains(pair.a) || !p.kept.contains(pair.b))
                    continue;
                ++pair.articles;
                const QList<Annotation> &layerA = p.kept.value(pair.a);
                const QList<Annotation> &layerB = p.kept.value(pair.b);
                const QStringList &tagsA = p.tags.value(pair.a);
                const QStringList &tagsB = p.tags.value(pair.b);
                SpanCounts articleSpans;
                KappaCounts articleKappa;
                articleSpans.add(layerA, layerB, nullptr);
                spans.add(layerA, layerB, nullptr);
                for (qsizetype t = 0; t < tagsA.size(); ++t) {
                    kappa.add(tagsA[t], tagsB[t]);
                    articleKappa.add(tagsA[t], tagsB[t]);
                }
                for (const QString &label : std::as_const(labels)) {
                    labelSpans[label].add(layerA, layerB, &label);
                    KappaCounts &counts = labelKappa[label];
                    for (qsizetype t = 0; t < tagsA.size(); ++t)
                        counts.add(onlyLabel(tagsA[t], label), onlyLabel(tagsB[t], label));
                }
                Figures figures;
                articleSpans.fill(figures);
                figures.kappa = articleKappa.kappa();
                figures.tokens = articleKappa.tokens;
                pair.perArticle.append({articles[k].id, figures});
            }
            spans.fill(pair.overall);
            pair.overall.kappa = kappa.kappa();
            pair.overall.tokens = kappa.tokens;
            for (const QString &label : std::as_const(labels)) {
                Figures figures;
                labelSpans[label].fill(figures);
                figures.kappa = labelKappa[label].kappa();
                figures.tokens = labelKappa[label].tokens;
                pair.labels.insert(label, figures);
            }
            report.pairs.append(pair);
        }
    }

    // Fleiss' kappa: every annotator rates every token of the articles all of them annotated.
    const qsizetype raters = report.annotators.size();
    if (raters >= 3) {
        QHash<QString, qint64> totals;
        double agreement = 0;
        qint64 items = 0;
        for (qsizetype k = 0; k < articles.size(); ++k) {
            const Prepared &p = prepared[k];
            if (p.tags.size() != raters)
                continue;
            ++report.fleissArticles;
            for (qsizetype t = 0; t < p.tokens.size(); ++t) {
                QHash<QString, int> counts;
                for (const QString &name : std::as_const(report.annotators))
                    ++counts[p.tags.value(name).at(t)];
                double sumSquares = 0;
                for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                    sumSquares += double(it.value()) * it.value();
                    totals[it.key()] += it.value();
                }
                agreement += (sumSquares - raters) / (double(raters) * (raters - 1));
                ++items;
            }
        }
        if (items > 0) {
            const double meanAgreement = agreement / items;
            double expected = 0;
            for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
                const double share = double(it.value()) / (double(items) * raters);
                expected += share * share;
            }
            if (expected < 1.0)
                report.fleissKappa = (meanAgreement - expected) / (1.0 - expected);
        }
    }
    return report;
}

QByteArray Agreement::Report::toJson() const
{
    QJsonArray pairList;
    for (const Pair &pair : pairs) {
        QJsonObject object = figuresJson(pair.overall);
        object.insert(u"a"_s, pair.a);
        object.insert(u"b"_s, pair.b);
        object.insert(u"articles"_s, pair.articles);
        QJsonObject labelObject;
        for (auto it = pair.labels.cbegin(); it != pair.labels.cend(); ++it)
            labelObject.insert(it.key(), figuresJson(it.value()));
        object.insert(u"labels"_s, labelObject);
        QJsonArray articleList;
        for (const auto &[id, figures] : pair.perArticle) {
            QJsonObject article = figuresJson(figures);
            article.insert(u"id"_s, id);
            articleList.append(article);
        }
        object.insert(u"per_article"_s, articleList);
        pairList.append(object);
    }
    const QJsonObject root{{u"annotators"_s, QJsonArray::fromStringList(annotators)},
                           {u"pairs"_s, pairList},
                           {u"fleiss_kappa"_s, number(fleissKappa)},
                           {u"fleiss_articles"_s, fleissArticles}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString Agreement::Report::toText() const
{
    QString text;
    if (pairs.isEmpty())
        text += tr("No two annotators annotated the same article: nothing to compare.") + u'\n';
    for (const Pair &pair : pairs) {
        text += tr("%1 and %2: %3 articles, %4 and %5 annotations, %6 the same")
                    .arg(pair.a, pair.b, QString::number(pair.articles), QString::number(pair.overall.annotationsA),
                         QString::number(pair.overall.annotationsB), QString::number(pair.overall.matched))
                + u'\n';
        text += u"  %1\t%2\t%3\t%4\t%5\n"_s.arg(tr("label"), tr("precision"), tr("recall"), tr("F1"), tr("kappa"));
        const auto row = [&](const QString &name, const Figures &figures) {
            text += u"  %1\t%2\t%3\t%4\t%5\n"_s.arg(name, shown(figures.precision), shown(figures.recall),
                                                    shown(figures.f1), shown(figures.kappa));
        };
        row(tr("(all)"), pair.overall);
        for (auto it = pair.labels.cbegin(); it != pair.labels.cend(); ++it)
            row(it.key(), it.value());
    }
    if (annotators.size() >= 3) {
        text += tr("Fleiss' kappa (%1 annotators, %2 articles all annotated): %3")
                    .arg(QString::number(annotators.size()), QString::number(fleissArticles), shown(fleissKappa))
                + u'\n';
    }
    return text;
}

} // namespace Hamish
