// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/EntityTagger.h"

#include "core/extraction/ArabicWords.h"
#include "core/extraction/Gazetteer.h"
#include "core/extraction/WordTable.h"
#include "core/tagger/Conll.h"
#include "core/tagger/NameLists.h"
#include "core/tagger/TaggerTokenizer.h"
#include "core/tagger/TaggerWordForms.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// A proclitic in front of the article (وال، بال، فال، كال، وبال) is not part of the name: «بالعراق» marks
// «العراق». A bare proclitic is left alone because names start with the same letters (بغداد، لندن).
// Whether a word (normalised) is listed as a name or a word of one: curated lists, ICU, the open name lists, and
// unless `curatedOnly`, the list derived from ANERcorp (whose names sometimes keep their proclitic: نيويورك ولندن).
bool isListedNameWord(const QString &word, bool curatedOnly)
{
    const NameLists &lists = NameLists::instance();
    const Gazetteer &gazetteer = Gazetteer::instance();
    return (curatedOnly ? gazetteer.isCuratedNameWord(word) : gazetteer.isNameWord(word))
           || lists.personWordClass(word) > 0 || lists.maxWords(word) > 0;
}

// How many UTF-16 units at the start of a name's first word are a proclitic, not the name.
qsizetype procliticLength(QStringView word)
{
    const TaggerWordForms forms = TaggerWordForms::of(word);
    if (forms.clitics.isEmpty() || forms.clitics.endsWith(u"لل"))
        return 0; // nothing to strip, or ل + the article with its alef elided (للأهلي): no span leaves it out
    const Gazetteer &gazetteer = Gazetteer::instance();
    if (forms.clitics.endsWith(u"ال")) {
        if (forms.clitics.size() < 3)
            return 0;
        // Letters alone cannot tell والقدس (و + القدس) from a name that starts like it (كاليفورنيا, بالتيمور,
        // فالنسيا): a word the curated lists hold whole stays whole, and so does one after ك unless what follows
        // it is a known name (كالعراق), since ك + a name is rare and foreign names in كال are not.
        if (gazetteer.isCuratedNameWord(forms.normalized))
            return 0;
        if (forms.clitics.startsWith(u"ك") && !gazetteer.isNameWord(QString(u"ال"_s + forms.stem)))
            return 0;
        return TaggerWordForms::originalLength(word, forms.clitics.size() - 2);
    }
    // A bare proclitic (ولندن، ببغداد، لسورية، فبيروت): stripped when what follows it is a listed name and the
    // whole word is not (وليد، بلير، واشنطن، فرنسا stay whole). Where neither is listed, letters cannot tell.
    // The stripped letters may also begin the name: ولندن is و + لندن, not ول + ندن.
    if (isListedNameWord(forms.normalized, true))
        return 0;
    for (qsizetype letters = forms.clitics.size(); letters > 0; --letters) {
        if (isListedNameWord(forms.normalized.sliced(letters), false))
            return TaggerWordForms::originalLength(word, letters);
    }
    return 0;
}

// Whether the word carries the article (ال، وال، بال, or لل with its alef elided).
bool hasArticle(const TaggerWordForms &forms)
{
    return forms.clitics.endsWith(u"ال") || forms.clitics.endsWith(u"لل");
}

// The form the consistency pass compares words by: the stem, behind ال when the word has the article; a final
// alef maqsura stays itself, as in TaggerWordForms::normalizeForMentions.
QString matchingForm(QStringView word)
{
    const TaggerWordForms forms = TaggerWordForms::of(word);
    QString form = hasArticle(forms) ? u"ال"_s + forms.stem : forms.stem;
    if (TaggerWordForms::endsWithAlefMaqsura(word) && form.endsWith(u'ي'))
        form.back() = u'ى';
    return form;
}

// الثاني، الأول، السادس: an ordinal with the article, as in a regnal name.
bool isOrdinalWithArticle(QStringView word)
{
    const TaggerWordForms forms = TaggerWordForms::of(word);
    return hasArticle(forms) && ArabicWords::instance().ordinal(forms.stem);
}

// A word that names a time or God rather than a person, place or organisation when it stands alone: a month
// (رمضان، يناير، كانون), a weekday (الاثنين), the name of God in a fixed phrase (يحفظه الله، الحمد لله).
bool isTimeOrGodWord(QStringView word)
{
    const TaggerWordForms forms = TaggerWordForms::of(word);
    static const QStringList god = {u"الله"_s,  u"لله"_s,  u"والله"_s, u"بالله"_s,
                                    u"فالله"_s, u"ولله"_s, u"فلله"_s,  u"تالله"_s};
    if (god.contains(forms.normalized))
        return true;
    const ArabicWords &words = ArabicWords::instance();
    for (const QString &form : {forms.normalized, forms.stem, hasArticle(forms) ? u"ال"_s + forms.stem : QString()}) {
        if (!form.isEmpty() && (words.month(form) || words.weekday(form)))
            return true;
    }
    return false;
}

} // namespace

EntityTagger::EntityTagger(SequenceModel model)
    : m_model(std::move(model))
    , m_features(m_model.featureGroups())
{
    static std::atomic<quint64> nextCacheId{1};
    m_cacheId = nextCacheId++;
    for (const QString &tag : m_model.labels()) {
        // A BIOES model's E-X continues a name and S-X is a whole one: as BIO, I-X and B-X.
        if (tag.startsWith(u"E-"))
            m_bioTags += u"I-"_s + tag.sliced(2);
        else if (tag.startsWith(u"S-"))
            m_bioTags += u"B-"_s + tag.sliced(2);
        else
            m_bioTags += tag;
    }
}

TaggerFeatures::WordCache &EntityTagger::wordCache() const
{
    // One cache a thread, kept across sentences, blocks and texts: the extractor hands a text over in pieces of
    // 32,768 characters, and a text mostly repeats words it has had. The id, not the address, says which model
    // it belongs to, since another tagger may later live at this one's address.
    thread_local struct
    {
        quint64 owner = 0;
        TaggerFeatures::WordCache cache;
    } local;
    if (local.owner != m_cacheId) {
        local.cache.clear();
        local.owner = m_cacheId;
    }
    return local.cache;
}

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

EntityTagger::ScoredSentence EntityTagger::tagScored(const QList<QStringView> &tokens) const
{
    // Kept per thread, so a sentence's keys go to a buffer already grown to size.
    thread_local std::vector<quint64> keys;
    thread_local std::vector<quint32> offsets;
    keys.clear();
    m_features.extract(tokens, keys, offsets, &m_model.lexicon(), &wordCache());
    std::vector<float> emission;
    const QList<int> path = m_model.decode(keys, offsets, &emission);
    ScoredSentence result;
    result.tags.reserve(path.size());
    for (const int label : path)
        result.tags += m_bioTags.at(label);
    const Gazetteer &gazetteer = Gazetteer::instance();
    for (qsizetype i = 0; i < result.tags.size(); ++i) {
        if (!result.tags.at(i).startsWith(u"B-")
            || (i + 1 < result.tags.size() && result.tags.at(i + 1).startsWith(u"I-")))
            continue;
        // A place's adjective alone is no place (المناطق السورية).
        if (result.tags.at(i) == u"B-LOC" && isPlaceAdjective(tokens.at(i)))
            result.tags[i] = u"O"_s;
        // A month, a weekday or the name of God alone is no name (شهر رمضان، يوم الاثنين، الحمد لله), unless a
        // person's title stands before it (الشيخ رمضان).
        if (isTimeOrGodWord(tokens.at(i))) {
            const TriggerKind *before =
                i > 0 ? gazetteer.trigger(TaggerWordForms::normalize(tokens.at(i - 1))) : nullptr;
            if (!before || *before != TriggerKind::PersonFollows)
                result.tags[i] = u"O"_s;
        }
    }
    const QList<ConllChunk> chunks = Conll::chunks(result.tags);
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (const ConllChunk &chunk : chunks)
        ranges.append({chunk.first, chunk.last});
    const std::vector<double> probabilities = m_model.chunkProbabilities(emission, path, ranges);
    for (qsizetype c = 0; c < chunks.size(); ++c)
        result.names += ScoredName{chunks.at(c), SuggestionSource::Model, probabilities[size_t(c)]};
    result.path = path;
    result.emission = std::move(emission);
    return result;
}

double EntityTagger::spreadProbability(const ScoredSentence &sentence, qsizetype first, qsizetype last,
                                       const QString &type) const
{
    // The labels a name of `type` over [first, last] has (BIOES, or BIO for a model trained on BIO tags).
    const QStringList &labels = m_model.labels();
    const bool bioes = labels.contains(u"S-"_s + type) || labels.contains(u"E-"_s + type);
    QList<int> path = sentence.path;
    for (qsizetype i = first; i <= last; ++i) {
        QString label = (i == first ? u"B-"_s : u"I-"_s) + type;
        if (bioes && i == last)
            label = (first == last ? u"S-"_s : u"E-"_s) + type;
        const int index = int(labels.indexOf(label));
        if (index < 0 || i >= path.size())
            return 0;
        path[i] = index;
    }
    return m_model.chunkProbabilities(sentence.emission, path, {{first, last}}).front();
}

QStringList EntityTagger::tag(const QList<QStringView> &tokens) const
{
    return tagScored(tokens).tags;
}

QStringList EntityTagger::tag(const QStringList &tokens) const
{
    QList<QStringView> views;
    for (const QString &token : tokens)
        views += token;
    return tag(views);
}

QList<QStringList> EntityTagger::tagSentences(const QList<QList<QStringView>> &sentences) const
{
    QList<QStringList> tags;
    tags.reserve(sentences.size());
    for (ScoredSentence &sentence : tagSentencesScored(sentences))
        tags += std::move(sentence.tags);
    return tags;
}

QList<EntityTagger::ScoredSentence> EntityTagger::tagSentencesScored(const QList<QList<QStringView>> &sentences) const
{
    QList<ScoredSentence> tagged;
    tagged.reserve(sentences.size());
    for (const QList<QStringView> &tokens : sentences)
        tagged += tagScored(tokens);
    makeConsistent(sentences, tagged);
    return tagged;
}

void EntityTagger::makeConsistent(const QList<QList<QStringView>> &sentences, QList<ScoredSentence> &tagged) const
{
    // Each token's matching form: its stem (normalised, و ف ب ل ك stripped) with the article if it has one,
    // so «ولحود» and «لحود», «الأهلي» and «للأهلي» are the same name, but «السورية» (Syrian) is not «سورية».
    // Forms are numbered (formText[id] is the form), so names compare as sequences of numbers; each distinct
    // token is read once. The numbering is kept per thread from one call to the next, since the blocks of a text
    // share most of their words; it starts again past 65,536 tokens, so memory stays bounded.
    struct Numbering
    {
        WordTable<int> formIds;  // form → 1 + id
        WordTable<int> tokenIds; // token as written → 1 + id of its form
        QStringList formText;
    };
    thread_local Numbering numbering;
    if (numbering.tokenIds.size() > (1 << 16))
        numbering = Numbering();
    WordTable<int> &formIds = numbering.formIds;
    WordTable<int> &tokenIds = numbering.tokenIds;
    const QStringList &formText = numbering.formText;
    std::vector<std::vector<int>> forms(size_t(sentences.size()));
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        forms[size_t(s)].reserve(size_t(sentences[s].size()));
        for (const QStringView token : sentences[s]) {
            int &id = tokenIds[token];
            if (!id) {
                const QString form = matchingForm(token);
                int &formId = formIds[form];
                if (!formId) {
                    numbering.formText += form;
                    formId = int(formText.size());
                }
                id = formId;
            }
            forms[size_t(s)].push_back(id - 1);
        }
    }
    // The names found, per sentence: (name, type), as numbers: nameWords[name] are the name's forms, typeText[type]
    // its type.
    std::map<std::vector<int>, int> nameIds;
    std::vector<std::vector<int>> nameWords;
    QStringList typeText;
    std::vector<std::vector<std::pair<int, int>>> found(size_t(sentences.size()));
    const auto addFound = [&](qsizetype s, std::vector<int> words, const QString &type) {
        const auto [name, added] = nameIds.try_emplace(std::move(words), int(nameWords.size()));
        if (added)
            nameWords.push_back(name->first);
        qsizetype typeId = typeText.indexOf(type);
        if (typeId < 0) {
            typeText += type;
            typeId = typeText.size() - 1;
        }
        found[size_t(s)].push_back({name->second, int(typeId)});
    };
    // The share of a word's occurrences inside a name in the model's training corpus; 1 for a word it never saw.
    const auto namedShare = [&](QStringView token) {
        return m_model.lexicon().namedShare(token, 1.0);
    };
    // A word the training corpus holds only outside names (برنامجا "a programme", tagged once as the end of a
    // person's name) is not spread on its own: one mistake would become ten.
    const auto plainWord = [&](QStringView token) {
        return namedShare(token) == 0;
    };
    // Nor is a family name the corpus mostly holds outside names, in under a third of its occurrences inside one:
    // على ends a name once in 1,446 times, and a text whose one name ended in it had every على of its neighbours
    // marked. (A one-word name the model found is spread unless it was never inside one: علي is a name 43 times in
    // 276, the other times ANERcorp's spelling of على.) Ten-fold cross-validation, standard engine: 79.58 → 79.69.
    const auto commonWord = [&](QStringView token) {
        return namedShare(token) < CorpusLexicon::kCommonWordShare;
    };
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        const std::vector<int> &sentenceForms = forms[size_t(s)];
        for (const ScoredName &name : std::as_const(tagged[s].names)) {
            const ConllChunk &chunk = name.chunk;
            if (chunk.first != chunk.last || !plainWord(sentences[s][chunk.first]))
                addFound(s,
                         std::vector<int>(sentenceForms.begin() + chunk.first, sentenceForms.begin() + chunk.last + 1),
                         chunk.type);
            // A person named in full is then called by the last word of the name (the family name), unless
            // that is a regnal number (عبدالله الثاني: not every «الثاني» is the king).
            if (chunk.type == u"PERS" && chunk.last > chunk.first
                && formText[sentenceForms[size_t(chunk.last)]].size() >= 3 && !commonWord(sentences[s][chunk.last])
                && !isOrdinalWithArticle(sentences[s][chunk.last]) && !isTimeOrGodWord(sentences[s][chunk.last]))
                addFound(s, std::vector<int>{sentenceForms[size_t(chunk.last)]}, chunk.type);
        }
    }
    // Types in the order of their text: of two types seen equally often, the first in this order wins.
    std::vector<int> typesInOrder(size_t(typeText.size()));
    std::iota(typesInOrder.begin(), typesInOrder.end(), 0);
    std::sort(typesInOrder.begin(), typesInOrder.end(), [&](int a, int b) { return typeText[a] < typeText[b]; });
    const size_t typeCount = typesInOrder.size();
    // The forms names hold, ranked in the order of their text (forms are distinct texts, so no two share a rank),
    // so that names are ordered by comparing numbers, not strings.
    std::vector<int> textRank(size_t(formText.size()), -1);
    std::vector<int> nameForms;
    for (const std::vector<int> &words : nameWords) {
        for (const int form : words) {
            if (textRank[size_t(form)] < 0) {
                textRank[size_t(form)] = 0;
                nameForms.push_back(form);
            }
        }
    }
    std::sort(nameForms.begin(), nameForms.end(), [&](int a, int b) { return formText[a] < formText[b]; });
    for (size_t r = 0; r < nameForms.size(); ++r)
        textRank[size_t(nameForms[r])] = int(r);
    // Word sequences in the order of their forms' text, as a sorted QStringList of them would be.
    const auto textOrder = [&](const std::vector<int> &a, const std::vector<int> &b) {
        return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                            [&](int x, int y) { return textRank[size_t(x)] < textRank[size_t(y)]; });
    };
    std::vector<int> counts(nameWords.size() * typeCount, 0); // per name and type, in the window
    std::vector<int> seen;                                    // the names counted there
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        // The names of the neighbouring sentences with their most frequent type, longest first.
        for (qsizetype other = std::max<qsizetype>(0, s - consistencyWindow);
             other <= std::min(sentences.size() - 1, s + consistencyWindow); ++other) {
            if (other == s)
                continue;
            for (const auto &[name, type] : found[size_t(other)]) {
                int *nameCounts = counts.data() + size_t(name) * typeCount;
                if (std::all_of(nameCounts, nameCounts + typeCount, [](int n) { return n == 0; }))
                    seen.push_back(name);
                ++nameCounts[type];
            }
        }
        if (seen.empty())
            continue;
        struct Spread
        {
            const std::vector<int> *words;
            int type; // into typeText
        };
        std::vector<Spread> ordered;
        ordered.reserve(seen.size());
        for (const int name : seen) {
            int *nameCounts = counts.data() + size_t(name) * typeCount;
            int best = typesInOrder.front();
            for (const int type : typesInOrder) {
                if (nameCounts[type] > nameCounts[best])
                    best = type;
            }
            ordered.push_back({&nameWords[size_t(name)], best});
            std::fill(nameCounts, nameCounts + typeCount, 0);
        }
        seen.clear();
        std::sort(ordered.begin(), ordered.end(), [&](const Spread &a, const Spread &b) {
            return a.words->size() != b.words->size() ? a.words->size() > b.words->size()
                                                      : textOrder(*a.words, *b.words);
        });
        const std::vector<int> &tokens = forms[size_t(s)];
        const qsizetype count = qsizetype(tokens.size());
        QStringList &sentenceTags = tagged[s].tags;
        for (const Spread &spread : ordered) {
            const std::vector<int> &words = *spread.words;
            const QString &type = typeText[spread.type];
            const qsizetype length = qsizetype(words.size());
            for (qsizetype i = 0; i + length <= count; ++i) {
                bool match = true;
                for (qsizetype k = 0; k < length && match; ++k)
                    match = tokens[size_t(i + k)] == words[size_t(k)] && sentenceTags[i + k] == u"O";
                // Not in front of a name's continuation, which would then start a different name.
                if (!match || (i + length < count && sentenceTags[i + length].startsWith(u"I-")))
                    continue;
                for (qsizetype k = 0; k < length; ++k)
                    sentenceTags[i + k] = (k ? u"I-"_s : u"B-"_s) + type;
                tagged[s].names += ScoredName{ConllChunk{type, i, i + length - 1}, SuggestionSource::Spread,
                                              spreadProbability(tagged[s], i, i + length - 1, type)};
            }
        }
        std::sort(tagged[s].names.begin(), tagged[s].names.end(),
                  [](const ScoredName &a, const ScoredName &b) { return a.chunk.first < b.chunk.first; });
    }
}

QList<QStringList> EntityTagger::tagSentences(const QList<QStringList> &sentences) const
{
    QList<QList<QStringView>> views;
    views.reserve(sentences.size());
    for (const QStringList &tokens : sentences) {
        QList<QStringView> words;
        for (const QString &token : tokens)
            words += token;
        views += words;
    }
    return tagSentences(views);
}

QList<Annotation> EntityTagger::recognize(QStringView text) const
{
    QList<Annotation> annotations;
    if (!isValid())
        return annotations;
    // All tokens in one array, sentence s being allTokens[sentenceStarts[s]] .. allTokens[sentenceStarts[s + 1]]: a
    // list per sentence would cost the tokenizer a new buffer for each sentence, the one it lent being shared.
    std::vector<TaggerTokenizer::Token> allTokens;
    std::vector<qsizetype> sentenceStarts{0};
    TaggerTokenizer::forEachSentence(text, [&](const QList<TaggerTokenizer::Token> &tokens) {
        allTokens.insert(allTokens.end(), tokens.begin(), tokens.end());
        sentenceStarts.push_back(qsizetype(allTokens.size()));
    });
    const qsizetype sentenceCount = qsizetype(sentenceStarts.size()) - 1;
    const auto words = [&](qsizetype s) {
        QList<QStringView> views;
        views.reserve(sentenceStarts[size_t(s + 1)] - sentenceStarts[size_t(s)]);
        for (qsizetype t = sentenceStarts[size_t(s)]; t < sentenceStarts[size_t(s + 1)]; ++t)
            views += text.sliced(allTokens[size_t(t)].start, allTokens[size_t(t)].end - allTokens[size_t(t)].start);
        return views;
    };
    // Blocks of sentences, each tagged with the consistency window's sentences on both sides as context,
    // so a long text gives the same tags as tagSentences on the whole of it without holding all its tags.
    // The model's own tags of the sentences two blocks share are kept from the first, not computed again.
    constexpr qsizetype block = 256;
    QList<ScoredSentence> kept;
    qsizetype keptFirst = 0; // kept[k] is sentence keptFirst + k, before the consistency pass
    for (qsizetype begin = 0; begin < sentenceCount; begin += block) {
        const qsizetype end = std::min(sentenceCount, begin + block);
        const qsizetype first = std::max<qsizetype>(0, begin - consistencyWindow);
        const qsizetype last = std::min(sentenceCount, end + consistencyWindow);
        QList<QList<QStringView>> sentences;
        QList<ScoredSentence> tagged;
        sentences.reserve(last - first);
        tagged.reserve(last - first);
        for (qsizetype s = first; s < last; ++s) {
            sentences += words(s);
            const bool known = s >= keptFirst && s < keptFirst + kept.size();
            tagged += known ? kept[s - keptFirst] : tagScored(sentences.back());
        }
        keptFirst = std::max(first, end - consistencyWindow);
        kept = tagged.mid(keptFirst - first);
        makeConsistent(sentences, tagged);
        for (qsizetype s = begin; s < end; ++s) {
            const TaggerTokenizer::Token *tokens = allTokens.data() + sentenceStarts[size_t(s)];
            for (const ScoredName &name : tagged[s - first].names) {
                const ConllChunk &chunk = name.chunk;
                Annotation annotation;
                annotation.label = labelForType(chunk.type);
                annotation.start = tokens[chunk.first].start + procliticLength(sentences[s - first][chunk.first]);
                annotation.end = tokens[chunk.last].end;
                annotation.origin = name.source == SuggestionSource::Spread ? u"model:consistency"_s : u"model:ner"_s;
                annotation.confidence = m_model.calibration().apply(name.source, name.score);
                annotations += annotation;
            }
        }
    }
    return annotations;
}

bool EntityTagger::isPlaceAdjective(QStringView word)
{
    const TaggerWordForms forms = TaggerWordForms::of(word);
    if (!hasArticle(forms))
        return false;
    const Gazetteer &gazetteer = Gazetteer::instance();
    const QString &rest = forms.stem; // without the article
    if (gazetteer.find(u"ال"_s, rest))
        return false;
    QStringView masculine = rest;
    if (rest.endsWith(u"يين") || rest.endsWith(u"يون"))
        masculine.chop(2);
    else if (rest.endsWith(u"يه"))
        masculine.chop(1);
    else if (!rest.endsWith(u'ي'))
        return false;
    const QString base = masculine.chopped(1).toString();
    if (base.size() < 2)
        return false;
    // لبنان، العراق، فرنسا، روسيا، سورية، ... (names normalised: ة is ه)
    const std::array<QString, 6> places = {base,           u"ال"_s + base, base + u'ا',
                                           base + u"يا"_s, base + u"يه"_s, base + u'ه'};
    for (const QString &place : places) {
        const Gazetteer::Entry *entry = gazetteer.find(place);
        if (entry && entry->curated && entry->type == EntityType::Location)
            return true;
    }
    return false;
}

QString EntityTagger::labelForType(QStringView type)
{
    EntityType entity;
    return entityTypeFromName(type, &entity) ? entityLabel(entity) : type.toString();
}

} // namespace Hamish
