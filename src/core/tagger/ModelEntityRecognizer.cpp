// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/ModelEntityRecognizer.h"

#include "core/extraction/RuleEntityRecognizer.h"
#include "core/extraction/TextAnalysis.h"

#include <QHash>

#include <algorithm>

namespace Hamish {

namespace {

// A one-word name the model's training corpus mostly saw as a common word, in under a third of its occurrences
// inside a name (دورا "a role", not the village of Dura; مسقط in مسقط رأسه; ترك "left", once inside a name in ten):
// a listed name written like a common word is left to the model, which did not mark it here. Ten-fold
// cross-validation, standard engine: 79.69 with "seen twice or more and never inside a name", 79.78 with this.
bool isPlainWord(const CorpusLexicon &lexicon, QStringView text)
{
    if (text.contains(u' '))
        return false;
    return lexicon.namedShare(text, 1.0) < CorpusLexicon::kCommonWordShare;
}

} // namespace

ModelEntityRecognizer::ModelEntityRecognizer(const EntityTagger *tagger, std::shared_ptr<const EntityRecognizer> rules,
                                             FillIns fillIns)
    : m_tagger(tagger)
    , m_rules(std::move(rules))
    , m_fillIns(fillIns)
{}

QList<Annotation> ModelEntityRecognizer::recognize(const TextAnalysis &analysis) const
{
    QList<Annotation> found = m_tagger ? m_tagger->recognize(analysis.original()) : QList<Annotation>();
    trimProclitics(analysis, found);
    if (!m_rules)
        return found;
    const qsizetype fromModel = found.size();
    for (Annotation rule : m_rules->recognize(analysis)) {
        // Gazetteer names only: on the ANERcorp dev split trigger-word guesses cost 3.7 F1 points as fill-in,
        // gazetteer names 0.3 (README.md, "Entity model"), and they find places the corpus never saw.
        const bool curated = rule.confidence >= RuleEntityRecognizer::curatedConfidence;
        if (rule.origin != u"gazetteer" || (m_fillIns != FillIns::All && !curated))
            continue;
        // The list's own confidence, calibrated like the model's suggestions.
        if (m_tagger)
            rule.confidence = m_tagger->model().calibration().apply(SuggestionSource::Listed, rule.confidence);
        QList<qsizetype> overlapping;
        for (qsizetype m = 0; m < fromModel; ++m) {
            if (rule.overlaps(found.at(m)))
                overlapping += m;
        }
        const bool placeOrPerson =
            rule.label == entityLabel(EntityType::Location) || rule.label == entityLabel(EntityType::Person);
        if (overlapping.isEmpty()) {
            if ((m_fillIns == FillIns::All || m_fillIns == FillIns::Curated
                 || (m_fillIns == FillIns::Places && placeOrPerson))
                && !(
                    m_tagger
                    && isPlainWord(m_tagger->model().lexicon(), analysis.original().sliced(rule.start, rule.length()))))
                found += rule;
        } else if (overlapping.size() == 1 && rule.origin == u"gazetteer" && curated) {
            // A curated name that reaches past the model's name on both sides holds it as a part: قوات سورية
            // الديمقراطية, not the place سورية. (Where it only extends one side, جامعة القاهرة or قطاع غزة,
            // ANERcorp's annotators mostly kept the shorter name, and so does the model.)
            Annotation &model = found[overlapping.first()];
            if (rule.start < model.start && model.end < rule.end)
                model = rule;
        }
    }
    return found;
}

void ModelEntityRecognizer::trimProclitics(const TextAnalysis &analysis, QList<Annotation> &found)
{
    // The model reads whitespace tokens, so a name glued to و ف ب ل ك (لسورية، ولبنان) comes with its
    // proclitic; the analysis strips one where the rest is a known word, and the name starts there.
    QHash<qsizetype, qsizetype> wordStarts; // original token start -> original start after the proclitic
    for (const Token &token : analysis.tokens()) {
        if (token.isWord() && token.wordStart > token.start)
            wordStarts.insert(analysis.originalStart(token.start), analysis.originalStart(token.wordStart));
    }
    if (wordStarts.isEmpty())
        return;
    for (Annotation &annotation : found) {
        const qsizetype start = wordStarts.value(annotation.start, -1);
        if (start > annotation.start && start < annotation.end)
            annotation.start = start;
    }
}

void ModelEntityRecognizer::addKnownWords(Lexicon &lexicon) const
{
    if (m_rules)
        m_rules->addKnownWords(lexicon);
}

QList<std::shared_ptr<const EntityRecognizer>> ModelEntityRecognizer::standardSet(QString *warning)
{
    QString error;
    const EntityTagger *tagger = EntityTagger::bundled(&error);
    if (!tagger && warning)
        *warning = QStringLiteral("the entity model is unusable (%1); finding names with the rules only").arg(error);
    static const QList<std::shared_ptr<const EntityRecognizer>> recognizers = recognizersFor(tagger);
    return recognizers;
}

QList<std::shared_ptr<const EntityRecognizer>> ModelEntityRecognizer::recognizersFor(const EntityTagger *tagger,
                                                                                     FillIns fillIns)
{
    auto rules = std::make_shared<RuleEntityRecognizer>();
    if (tagger && tagger->isValid())
        return {std::make_shared<ModelEntityRecognizer>(tagger, rules, fillIns)};
    return {rules};
}

} // namespace Hamish
