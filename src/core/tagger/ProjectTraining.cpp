// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/ProjectTraining.h"

#include "core/extraction/Gazetteer.h"
#include "core/tagger/TaggerTokenizer.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Hamish::ProjectTraining {

QList<TaggedSentence> reviewedSentences(const QList<ReviewedText> &texts)
{
    QList<TaggedSentence> sentences;
    for (const ReviewedText &reviewed : texts) {
        QList<Annotation> names;
        for (const Annotation &annotation : reviewed.annotations) {
            EntityType type;
            if (entityTypeFromName(annotation.label, &type))
                names += annotation;
        }
        if (names.isEmpty())
            continue;
        const QStringView text = reviewed.text;
        TaggerTokenizer::forEachSentence(text, [&](const QList<TaggerTokenizer::Token> &tokens) {
            const qsizetype begin = tokens.first().start, end = tokens.last().end;
            bool decided = false, undecided = false;
            for (const Annotation &name : std::as_const(names)) {
                if (name.end <= begin || name.start >= end)
                    continue;
                if (name.status == AnnotationStatus::Suggested)
                    undecided = true;
                else
                    decided = true;
            }
            if (!decided || undecided)
                return;
            TaggedSentence sentence;
            for (const TaggerTokenizer::Token &token : tokens) {
                sentence.tokens += text.sliced(token.start, token.end - token.start).toString();
                sentence.tags += u"O"_s;
            }
            for (const Annotation &name : std::as_const(names)) {
                if (name.status != AnnotationStatus::Accepted || name.end <= begin || name.start >= end)
                    continue;
                EntityType type;
                entityTypeFromName(name.label, &type);
                bool first = true;
                for (qsizetype i = 0; i < tokens.size(); ++i) {
                    // A token the name touches (a name may start after a proclitic inside its first token).
                    if (tokens[i].end <= name.start || tokens[i].start >= name.end || sentence.tags[i] != u"O")
                        continue;
                    sentence.tags[i] = (first ? u"B-"_s : u"I-"_s) + conllTag(type);
                    first = false;
                }
            }
            sentences += sentence;
        });
    }
    return sentences;
}

QList<TaggedSentence> shippedSentences(QString *error)
{
    QFile file(u":/models/anercorp-train.conll"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"the shipped training data is missing from this build"_s;
        return {};
    }
    QString reason;
    QList<TaggedSentence> sentences = ConllCorpus::parse(QString::fromUtf8(file.readAll()), &reason);
    if (sentences.isEmpty() && error)
        *error = u"the shipped training data is unreadable: "_s + reason;
    return sentences;
}

SequenceModel train(const QList<TaggedSentence> &shipped, const QList<TaggedSentence> &project,
                    const SequenceModel &shippedModel, int projectWeight, const PerceptronTrainer::Progress &progress)
{
    PerceptronTrainer::Options options;
    options.featureGroups = shippedModel.isEmpty() ? options.featureGroups : shippedModel.featureGroups();
    QList<TaggedSentence> sentences = shipped;
    for (int copy = 0; copy < projectWeight; ++copy)
        sentences += project;
    SequenceModel model = PerceptronTrainer::train(sentences, options, progress);
    if (!shippedModel.isEmpty()) {
        model.setTemperature(shippedModel.temperature());
        model.setCalibration(shippedModel.calibration());
    }
    return model;
}

} // namespace Hamish::ProjectTraining
