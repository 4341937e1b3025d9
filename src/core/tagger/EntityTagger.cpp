#include "EntityTagger.h"

#include "Conll.h"
#include "TaggerTokenizer.h"
#include "TaggerWordForms.h"

#include <QFile>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// A proclitic in front of the article (وال، بال، فال، كال، وبال) is not part of the name: «بالعراق» marks
// «العراق». A bare proclitic is left alone because names start with the same letters (بغداد، لندن).
qsizetype procliticLength(QStringView word)
{
    const TaggerWordForms forms = TaggerWordForms::of(word);
    if (forms.clitics.size() < 3 || !forms.clitics.endsWith(u"ال"))
        return 0;
    return TaggerWordForms::originalLength(word, forms.clitics.size() - 2);
}

} // namespace

EntityTagger::EntityTagger(SequenceModel model)
    : m_model(std::move(model))
    , m_features(m_model.featureGroups())
{}

EntityTagger EntityTagger::load(const QString &path, QString *error)
{
    return EntityTagger(SequenceModel::load(path, error));
}

QString EntityTagger::bundledPath()
{
    return u":/models/ner-anercorp.bin"_s;
}

const EntityTagger *EntityTagger::bundled(QString *error)
{
    static EntityTagger tagger;
    static QString loadError;
    static std::once_flag once;
    std::call_once(once, [] { tagger = load(bundledPath(), &loadError); });
    if (!tagger.isValid() && error)
        *error = loadError;
    return tagger.isValid() ? &tagger : nullptr;
}

QStringList EntityTagger::tag(const QList<QStringView> &tokens) const
{
    std::vector<quint64> keys;
    std::vector<quint32> offsets;
    m_features.extract(tokens, keys, offsets);
    QStringList tags;
    for (const int label : m_model.decode(keys, offsets))
        tags += m_model.labels().at(label);
    return tags;
}

QStringList EntityTagger::tag(const QStringList &tokens) const
{
    QList<QStringView> views;
    for (const QString &token : tokens)
        views += token;
    return tag(views);
}

QList<Annotation> EntityTagger::recognize(QStringView text) const
{
    QList<Annotation> annotations;
    if (!isValid())
        return annotations;
    QList<QStringView> words;
    TaggerTokenizer::forEachSentence(text, [&](const QList<TaggerTokenizer::Token> &tokens) {
        words.clear();
        for (const TaggerTokenizer::Token &token : tokens)
            words += text.sliced(token.start, token.end - token.start);
        const QStringList tags = tag(words);
        for (const ConllChunk &chunk : Conll::chunks(tags)) {
            Annotation annotation;
            annotation.label = labelForType(chunk.type);
            annotation.start = tokens[chunk.first].start + procliticLength(words[chunk.first]);
            annotation.end = tokens[chunk.last].end;
            annotation.origin = u"model:ner"_s;
            annotations += annotation;
        }
    });
    return annotations;
}

QString EntityTagger::labelForType(QStringView type)
{
    if (type == u"PERS")
        return u"PERSON"_s;
    if (type == u"LOC")
        return u"LOCATION"_s;
    if (type == u"ORG")
        return u"ORGANIZATION"_s;
    return type.toString();
}

} // namespace Hamish
