// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"
#include "core/tagger/ConfidenceCalibration.h"
#include "core/tagger/Conll.h"
#include "core/tagger/SequenceModel.h"
#include "core/tagger/TaggerFeatures.h"

#include <QList>
#include <QStringList>

namespace Hamish {

// Finds people, places, organisations and other names in Arabic text with a trained SequenceModel:
// tokenises, tags each sentence and turns BIO tags into annotations on the text's UTF-16 offsets.
class EntityTagger
{
public:
    EntityTagger() = default;
    explicit EntityTagger(SequenceModel model);

    // Reads a model file; an invalid tagger (isValid() false) and `error` set when it cannot be used.
    static EntityTagger load(const QString &path, QString *error);
    // The model shipped inside Hamish, loaded on first use and then shared; nullptr (with `error` set) if
    // it is missing or damaged, in which case callers fall back to the rules.
    static const EntityTagger *bundled(QString *error = nullptr);
    static QString bundledPath();

    bool isValid() const { return !m_model.isEmpty(); }
    const SequenceModel &model() const { return m_model; }

    // One BIO tag per token.
    QStringList tag(const QList<QStringView> &tokens) const;
    QStringList tag(const QStringList &tokens) const;
    // Tags consecutive sentences of one text, then makes them consistent (one sense per discourse): a name
    // the model found is also marked where the same words stand untagged within `consistencyWindow`
    // sentences either side (compared by stem behind و ف ب ل ك, the article agreeing: بالقاهرة ← القاهرة,
    // not السورية ← سورية), and so is a person's family name, the last word of a name found in full. A
    // one-word name the model's training corpus only ever saw outside names is not spread, nor is a family name
    // it mostly saw outside names (in under a third of its occurrences).
    QList<QStringList> tagSentences(const QList<QList<QStringView>> &sentences) const;
    QList<QStringList> tagSentences(const QList<QStringList> &sentences) const;
    static constexpr qsizetype consistencyWindow = 10;

    // A sentence's tags with each name's source and raw score (before calibration): its marginal probability
    // under the model, for a name on the model's best path and for one the consistency pass added (how plausible
    // the model finds the copy in its own sentence).
    struct ScoredName
    {
        ConllChunk chunk;
        SuggestionSource source = SuggestionSource::Model;
        double score = 0;
    };
    struct ScoredSentence
    {
        QStringList tags;
        QList<ScoredName> names;
        QList<int> path;             // the model's best labels
        std::vector<float> emission; // and its label scores, for the marginals of names added later
    };
    ScoredSentence tagScored(const QList<QStringView> &tokens) const;
    QList<ScoredSentence> tagSentencesScored(const QList<QList<QStringView>> &sentences) const;
    // Entity annotations over `text`, origin "model:ner" (or "model:consistency" for a name the consistency pass
    // added), status Suggested, labels PERSON / LOCATION / ORGANIZATION / MISC, confidence the model's calibrated
    // probability that the name is right.
    QList<Annotation> recognize(QStringView text) const;

    // Whether a word is the adjective of a listed place (السورية ← سورية، اللبناني ← لبنان، الأمريكية ← أمريكا،
    // العراقيين ← العراق) rather than a place. The tagger does not mark one alone as a place: such a word is a
    // name only inside a longer one (الجمهورية العربية السورية). In ANERcorp's training part these adjectives
    // are outside names 1,577 times and a place alone only where the word is a listed place (السعودية).
    static bool isPlaceAdjective(QStringView word);

    // The project label for a corpus entity type: PERS → PERSON, LOC → LOCATION, ORG → ORGANIZATION.
    static QString labelForType(QStringView type);

private:
    // The model's probability that [first, last] is a name of `type` in the sentence scored in `sentence`.
    double spreadProbability(const ScoredSentence &sentence, qsizetype first, qsizetype last,
                             const QString &type) const;

    // The consistency pass of tagSentencesScored over the model's tags of `sentences`.
    void makeConsistent(const QList<QList<QStringView>> &sentences, QList<ScoredSentence> &tagged) const;
    // The calling thread's word cache, bound to this tagger's model (see TaggerFeatures::WordCache).
    TaggerFeatures::WordCache &wordCache() const;

    SequenceModel m_model;
    TaggerFeatures m_features;
    quint64 m_cacheId = 0; // names the model to the threads' word caches; a copy of the tagger shares it
    QStringList m_bioTags; // each model label as BIO (E-X as I-X, S-X as B-X), built once rather than per token
};

} // namespace Hamish
