// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/Suggestions.h"

#include "core/extraction/Extractor.h"
#include "core/model/AnnotationDocument.h"
#include "core/tagger/ModelEntityRecognizer.h"
#include "core/tagger/UserLexicon.h"

#include <QSet>

namespace Hamish::Suggestions {

namespace {

struct Engine
{
    QString warning;
    Extractor extractor;

    Engine()
        : extractor(ModelEntityRecognizer::standardSet(&warning))
    {}
};

const Engine &shared()
{
    static const Engine engine; // thread-safe initialisation
    return engine;
}

} // namespace

const Extractor &engine()
{
    return shared().extractor;
}

QString modelWarning()
{
    return shared().warning;
}

QList<Annotation> find(const Article &article, const EntityTagger *projectTagger)
{
    return projectTagger ? Extractor(ModelEntityRecognizer::recognizersFor(projectTagger)).extract(article)
                         : engine().extract(article);
}

QList<Annotation> withLabels(QList<Annotation> suggestions, const QList<Label> &labels)
{
    QSet<QString> names;
    for (const Label &label : labels)
        names.insert(label.name);
    suggestions.removeIf([&](const Annotation &annotation) { return !names.contains(annotation.label); });
    return suggestions;
}

QList<Annotation> forNewArticle(const Article &article, const QList<Label> &labels, const UserLexicon &lexicon,
                                const EntityTagger *projectTagger)
{
    const QList<Annotation> found = find(article, projectTagger);
    return withLabels(UserLexicon::preferUser(found, lexicon.suggest(article.text())), labels);
}

qsizetype addTo(AnnotationDocument &document, QList<Annotation> suggestions)
{
    return document.mergeSuggestions(withLabels(std::move(suggestions), document.labels()));
}

} // namespace Hamish::Suggestions
