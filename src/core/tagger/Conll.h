// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/Gazetteer.h"
#include "core/model/Annotation.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Hamish {

class Extractor;

// One sentence of a CoNLL file: the token of each line (first column) and its tag (last column, when
// the line has more than one).
struct ConllSentence
{
    QStringList tokens;
    QStringList tags;
    bool startsDocument = false; // the first sentence after a `-DOCSTART-` line (a new article)
};

// A labelled run of tokens decoded from BIO tags, end inclusive.
struct ConllChunk
{
    QString type; // "PERS", "LOC", ...
    qsizetype first = 0;
    qsizetype last = 0;
    friend bool operator==(const ConllChunk &, const ConllChunk &) = default;
};

// Precision, recall and F1 of predicted chunks against gold ones, per type and overall (exact span and
// type, as conlleval counts them).
struct ConllScores
{
    struct Counts
    {
        qint64 truePositives = 0;
        qint64 predicted = 0;
        qint64 gold = 0;
        double precision() const { return predicted ? double(truePositives) / predicted : 0; }
        double recall() const { return gold ? double(truePositives) / gold : 0; }
        double f1() const
        {
            const double p = precision(), r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0;
        }
    };
    QMap<QString, Counts> perType;
    Counts overall;

    void add(const QList<ConllChunk> &gold, const QList<ConllChunk> &predicted);
    void add(const ConllScores &other); // pools another evaluation's counts into this one
    QString report() const;             // a table, one line per type and one overall
};

// Reading, tagging and scoring CoNLL files in the ANERcorp scheme (BIO over PERS, LOC, ORG, MISC).
class Conll
{
public:
    // A `-DOCSTART-` line is no token: it marks the next sentence as the start of a new article.
    static QList<ConllSentence> read(QStringView text);
    static bool isDocumentStart(QStringView line);
    // BIO tags -> chunks; an I- that does not continue a chunk of its type starts one (as conlleval).
    static QList<ConllChunk> chunks(const QStringList &tags);
    // Predicted BIO tags for a sentence's tokens from the extractor's entity recognisers: the tokens
    // are joined with spaces, and a token an entity touches is tagged with it.
    static QStringList tag(const Extractor &extractor, const QStringList &tokens);
    // The name annotations of consecutive sentences read as the text they are, as the window reads an
    // article: each article's sentences (a new one at each startsDocument) are joined as lines of one text, so
    // the tagger's consistency pass sees their neighbours. Each sentence gets the annotations that start in
    // it, with offsets into its own text(tokens) (cut at its end).
    static QList<QList<Annotation>> extractEntities(const Extractor &extractor, const QList<ConllSentence> &sentences);
    // The same as BIO tags, one list per sentence.
    static QList<QStringList> tagSentences(const Extractor &extractor, const QList<ConllSentence> &sentences);
    // The sentence as text: the tokens joined with spaces; `starts` gets each token's offset.
    static QString text(const QStringList &tokens, QList<qsizetype> *starts);
    // The tokens an annotation over text(tokens) touches, as a chunk of its CoNLL type; nullopt for a label
    // that is not a name (NUMBER, DATE, ...) or an annotation that touches no token.
    static std::optional<ConllChunk> chunkOf(const Annotation &entity, const QStringList &tokens,
                                             const QList<qsizetype> &starts);
    // BIO tags from name annotations over text(tokens); where two touch one token, the first keeps it.
    static QStringList tags(const QList<Annotation> &entities, const QStringList &tokens,
                            const QList<qsizetype> &starts);
    // How many of `count` sentences form the first (training) part when the last `heldOutFraction`
    // is held out: the held-out part is sentences [trainingSize, count).
    static qsizetype trainingSize(qsizetype count, double heldOutFraction);
};

} // namespace Hamish
