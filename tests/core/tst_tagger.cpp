// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "../TestCli.h"
#include "core/extraction/Extractor.h"
#include "core/tagger/ConfidenceCalibration.h"
#include "core/tagger/ConllCorpus.h"
#include "core/tagger/CorpusLexicon.h"
#include "core/tagger/DataCredits.h"
#include "core/tagger/EntityTagger.h"
#include "core/tagger/ModelEntityRecognizer.h"
#include "core/tagger/PerceptronTrainer.h"
#include "core/tagger/ProjectTraining.h"
#include "core/tagger/TaggerFeatures.h"
#include "core/tagger/TaggerTokenizer.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// A tiny news-like corpus: names recur in varied contexts, so a model that learns it must use them.
const QString tinyCorpus = uR"(زار B-PERS
محمد I-PERS
القاهرة B-LOC
أمس O

قال O
الرئيس O
محمد B-PERS
إن O
القاهرة B-LOC
مدينة O
كبيرة O

وصل O
أحمد B-PERS
علي I-PERS
إلى O
دمشق B-LOC

أعلنت O
الأمم B-ORG
المتحدة I-ORG
في O
دمشق B-LOC
عن O
خطة O

رحب O
أحمد B-PERS
علي I-PERS
بقرار O
الأمم B-ORG
المتحدة I-ORG

سافر O
الوزير O
من O
القاهرة B-LOC
إلى O
دمشق B-LOC
)"_s;

QList<TaggedSentence> tinySentences()
{
    QString error;
    const QList<TaggedSentence> sentences = ConllCorpus::parse(tinyCorpus, &error);
    REQUIRE(error.isEmpty());
    REQUIRE(sentences.size() == 6);
    return sentences;
}

SequenceModel tinyModel()
{
    return PerceptronTrainer::train(tinySentences(), PerceptronTrainer::Options{});
}

QStringList annotated(QStringView text, const QList<Annotation> &annotations)
{
    QStringList found;
    for (const Annotation &annotation : annotations)
        found += annotation.label + u':' + text.sliced(annotation.start, annotation.length()).toString();
    return found;
}

// What the shipped model finds in `text` (consistency pass included), as LABEL:text.
QStringList foundByShippedModel(QStringView text)
{
    QString error;
    const EntityTagger *tagger = EntityTagger::bundled(&error);
    INFO(error.toStdString());
    REQUIRE(tagger);
    const QStringList found = annotated(text, tagger->recognize(text));
    UNSCOPED_INFO(found.join(u" | "_s).toStdString());
    return found;
}

} // namespace

TEST_CASE("training on a small corpus is deterministic and learns it", "[tagger]")
{
    const QList<TaggedSentence> sentences = tinySentences();
    const SequenceModel first = tinyModel();
    const SequenceModel second = tinyModel();
    CHECK(first.toBytes() == second.toBytes());
    CHECK(first.labels().first() == u"O"_s);

    const EntityTagger tagger(first);
    for (const TaggedSentence &sentence : sentences)
        CHECK(tagger.tag(sentence.tokens) == sentence.tags);

    PerceptronTrainer::Options otherSeed;
    otherSeed.seed = 7;
    CHECK(PerceptronTrainer::train(sentences, otherSeed).toBytes() != first.toBytes());

    // It learns BIOES labels (a name's last word, a one-word name) and tags in BIO; --bio trains on BIO.
    CHECK(first.labels().contains(u"S-LOC"_s));
    CHECK(first.labels().contains(u"E-PERS"_s));
    PerceptronTrainer::Options bio;
    bio.bioes = false;
    const SequenceModel bioModel = PerceptronTrainer::train(sentences, bio);
    CHECK(bioModel.labels() == QStringList{u"O"_s, u"B-LOC"_s, u"B-ORG"_s, u"B-PERS"_s, u"I-ORG"_s, u"I-PERS"_s});
    const EntityTagger bioTagger(bioModel);
    for (const TaggedSentence &sentence : sentences)
        CHECK(bioTagger.tag(sentence.tokens) == sentence.tags);
}

TEST_CASE("BIOES decoding never leaves a name open", "[tagger]")
{
    const QStringList labels = {u"O"_s, u"B-PERS"_s, u"I-PERS"_s, u"E-PERS"_s, u"S-PERS"_s, u"E-LOC"_s};
    const int O = 0, B = 1, I = 2, E = 3, S = 4, otherEnd = 5, start = -1, end = int(labels.size());
    CHECK(SequenceModel::allowed(labels, start, B));
    CHECK(SequenceModel::allowed(labels, start, S));
    CHECK_FALSE(SequenceModel::allowed(labels, start, E));
    CHECK(SequenceModel::allowed(labels, B, I));
    CHECK(SequenceModel::allowed(labels, B, E));
    CHECK(SequenceModel::allowed(labels, I, E));
    CHECK_FALSE(SequenceModel::allowed(labels, B, O)); // B- must be closed by E-
    CHECK_FALSE(SequenceModel::allowed(labels, I, S));
    CHECK_FALSE(SequenceModel::allowed(labels, B, otherEnd)); // of its own type
    CHECK_FALSE(SequenceModel::allowed(labels, E, I));
    CHECK(SequenceModel::allowed(labels, E, B));
    CHECK(SequenceModel::allowed(labels, S, O));
    CHECK(SequenceModel::allowed(labels, E, end));
    CHECK_FALSE(SequenceModel::allowed(labels, B, end));
    CHECK_FALSE(SequenceModel::allowed(labels, I, end));

    // Viterbi keeps to it: the emissions prefer B-PERS then O, which would leave the name open.
    const qsizetype width = labels.size();
    std::vector<float> emission(2 * width, 0.0f);
    emission[B] = 5.0f;
    emission[width + O] = 5.0f;
    emission[width + E] = 1.0f;
    const std::vector<float> transitions((width + 1) * width, 0.0f);
    const std::vector<char> allowed = SequenceModel::allowedTransitions(labels);
    CHECK(SequenceModel::bestPath(emission.data(), 2, width, transitions.data(), allowed.data()) == QList<int>{B, E});
    // In BIO, a sentence may end on B-.
    const QStringList bioLabels = {u"O"_s, u"B-PERS"_s, u"I-PERS"_s};
    CHECK(SequenceModel::allowed(bioLabels, 1, 0));
    CHECK(SequenceModel::allowed(bioLabels, 1, int(bioLabels.size())));
}

TEST_CASE("a saved model loads back and tags the same", "[tagger]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tiny.bin"_s);
    const SequenceModel model = tinyModel();
    QString error;
    REQUIRE(model.save(path, &error));
    const EntityTagger loaded = EntityTagger::load(path, &error);
    REQUIRE(loaded.isValid());
    CHECK(loaded.model().toBytes() == model.toBytes());
    const QString text = u"وصل أحمد علي إلى القاهرة."_s;
    CHECK(annotated(text, loaded.recognize(text)) == QStringList{u"PERSON:أحمد علي"_s, u"LOCATION:القاهرة"_s});
}

TEST_CASE("the corpus lexicon counts names, keeps them in the model and leaves out a fold", "[tagger]")
{
    const QList<TaggedSentence> sentences = tinySentences();
    const CorpusLexicon all = CorpusLexicon::build(sentences);
    REQUIRE(all.types() == QStringList{u"LOC"_s, u"ORG"_s, u"PERS"_s});
    const quint64 cairo = TaggerFeatures::hashText(u"القاهره"); // normalised: ة → ه
    const CorpusLexicon::WordStats *stats = all.word(cairo);
    REQUIRE(stats);
    CHECK(stats->total == 3);
    CHECK(stats->byType == std::vector<quint32>{3, 0, 0});
    CHECK(all.phraseType(cairo) == 0);
    const quint64 un =
        CorpusLexicon::extendPhrase(TaggerFeatures::hashText(u"الامم"), TaggerFeatures::hashText(u"المتحده"));
    CHECK(all.phraseType(un) == 1);
    CHECK(all.maxWords(TaggerFeatures::hashText(u"الامم")) == 2);

    // Without sentences 3 and 4 (0-based), the United Nations were never seen.
    const CorpusLexicon fold = CorpusLexicon::build(sentences, 3, 5);
    CHECK(fold.types() == all.types());
    CHECK(fold.phraseType(un) == -1);
    CHECK(!fold.word(TaggerFeatures::hashText(u"الامم")));

    // The model file carries the lexicon of all its training sentences.
    const SequenceModel model = tinyModel();
    CHECK(model.lexicon() == all);
    QString error;
    CHECK(SequenceModel::fromBytes(model.toBytes(), &error).lexicon() == all);
}

TEST_CASE("a name found in one sentence is also marked in its neighbours", "[tagger]")
{
    // A model that knows the name only in its first sentence: the consistency pass marks it in the next one
    // (within the window), not in a sentence further away.
    const EntityTagger tagger(tinyModel());
    const QStringList known = {u"زار"_s, u"محمد"_s, u"القاهرة"_s, u"أمس"_s};
    QList<QStringList> sentences = {known, {u"وكان"_s, u"القاهرة"_s}};
    const QStringList alone = tagger.tag(sentences[1]);
    const QList<QStringList> tags = tagger.tagSentences(sentences);
    CHECK(tags[0] == tagger.tag(known));
    CHECK(tags[0][2] == u"B-LOC"_s);
    CHECK(tags[1][1] == u"B-LOC"_s);
    if (alone[1] == u"O"_s) {
        // Far away, nothing is carried over.
        QList<QStringList> far = {known};
        for (qsizetype i = 0; i < EntityTagger::consistencyWindow; ++i)
            far += QStringList{u"سافر"_s};
        far += sentences[1];
        CHECK(tagger.tagSentences(far).last() == alone);
    }
}

TEST_CASE("the consistency pass matches names by stem and a person by the family name", "[tagger]")
{
    const EntityTagger tagger(tinyModel());
    // «بالقاهرة»: the name behind ب, with the article, as the model found «القاهرة» in the sentence before.
    const QStringList known = {u"زار"_s, u"محمد"_s, u"القاهرة"_s, u"أمس"_s};
    const QStringList glued = {u"وعاد"_s, u"سريعا"_s, u"بالقاهرة"_s};
    REQUIRE(tagger.tag(known)[2] == u"B-LOC"_s);
    REQUIRE(tagger.tag(glued)[2] == u"O"_s);
    CHECK(tagger.tagSentences(QList<QStringList>{known, glued})[1][2] == u"B-LOC"_s);
    // The article must agree: «السورية» (Syrian) is not «سورية»; here, «قاهرة» without it is not «القاهرة».
    const QStringList bare = {u"وعاد"_s, u"سريعا"_s, u"قاهرة"_s};
    REQUIRE(tagger.tag(bare)[2] == u"O"_s);
    CHECK(tagger.tagSentences(QList<QStringList>{known, bare})[1][2] == u"O"_s);

    // «أحمد علي» in full, then «علي» alone: the family name is the same person.
    const QStringList full = {u"وصل"_s, u"أحمد"_s, u"علي"_s, u"إلى"_s, u"دمشق"_s};
    const QStringList surname = {u"وتحدث"_s, u"طويلا"_s, u"علي"_s};
    REQUIRE(tagger.tag(full).mid(1, 2) == QStringList{u"B-PERS"_s, u"I-PERS"_s});
    REQUIRE(tagger.tag(surname)[2] == u"O"_s);
    CHECK(tagger.tagSentences(QList<QStringList>{full, surname})[1][2] == u"B-PERS"_s);
    // Also when the full name comes after; and the full name stays whole.
    const QList<QStringList> reversed = tagger.tagSentences(QList<QStringList>{surname, full});
    CHECK(reversed[0][2] == u"B-PERS"_s);
    CHECK(reversed[1] == tagger.tag(full));
}

TEST_CASE("a damaged model file is refused with a clear message", "[tagger]")
{
    const QByteArray bytes = tinyModel().toBytes();
    QString error;
    REQUIRE(!SequenceModel::fromBytes(bytes, &error).isEmpty());

    CHECK(SequenceModel::fromBytes({}, &error).isEmpty());
    CHECK(error.contains(u"not a Hamish entity model"_s));
    CHECK(SequenceModel::fromBytes("PK\x03\x04 a zip file, not a model", &error).isEmpty());
    CHECK(error.contains(u"wrong magic number"_s));

    CHECK(SequenceModel::fromBytes(bytes.first(bytes.size() - 100), &error).isEmpty());
    CHECK(error.contains(u"truncated"_s));

    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = char(flipped[bytes.size() / 2] ^ 0x40);
    CHECK(SequenceModel::fromBytes(flipped, &error).isEmpty());
    CHECK(error.contains(u"checksum"_s));

    QByteArray future = bytes;
    future[8] = 9; // the version field
    CHECK(SequenceModel::fromBytes(future, &error).isEmpty());
    CHECK(error.contains(u"version 9"_s));

    // Every cut and every flipped byte is refused without crashing.
    for (qsizetype size = 0; size < bytes.size(); ++size)
        CHECK(SequenceModel::fromBytes(bytes.first(size), &error).isEmpty());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray damaged = bytes;
        damaged[i] = char(damaged[i] ^ 0x01);
        CHECK(SequenceModel::fromBytes(damaged, &error).isEmpty());
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.bin"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes.first(bytes.size() / 2));
    file.close();
    const EntityTagger broken = EntityTagger::load(path, &error);
    CHECK(!broken.isValid());
    CHECK(error.startsWith(path));
    CHECK(broken.recognize(u"وصل أحمد علي إلى القاهرة"_s).isEmpty());
    CHECK(!EntityTagger::load(dir.filePath(u"missing.bin"_s), &error).isValid());
    CHECK(error.contains(u"cannot open model"_s));
}

TEST_CASE("the shipped model loads and finds names in a news sentence", "[tagger]")
{
    QString error;
    const EntityTagger *tagger = EntityTagger::bundled(&error);
    INFO(error.toStdString());
    REQUIRE(tagger);
    CHECK(tagger->model().labels().contains(u"B-ORG"_s));
    const QString text = u"وقال الرئيس الفرنسي جاك شيراك في باريس ان الاتحاد الاوروبي سيدعم الحكومة العراقية."_s;
    const QStringList found = annotated(text, tagger->recognize(text));
    CHECK(found.contains(u"PERSON:جاك شيراك"_s));
    CHECK(found.contains(u"LOCATION:باريس"_s));
    CHECK(found.contains(u"ORGANIZATION:الاتحاد الاوروبي"_s));
}

TEST_CASE("the consistency pass does not spread a word the corpus knows only outside names", "[tagger]")
{
    // The model ends مها أحمد's name with برنامجا ("a programme"); the next sentence's برنامجا stays a word,
    // while إميل لحود, named in full, is still found by his family name.
    const QString text = u"وتقدم الفنانة مها أحمد برنامجا بعنوان « دايت » على القناة .\n"
                         u"وكان الرئيس إميل لحود قد قدم برنامجا جديدا العام الماضي .\nوقال لحود إنه سيعود ."_s;
    const QStringList found = foundByShippedModel(text);
    CHECK(found.count(u"PERSON:برنامجا"_s) == 0);
    CHECK(found.contains(u"PERSON:إميل لحود"_s));
    CHECK(found.contains(u"PERSON:لحود"_s));
}

TEST_CASE("the consistency pass keeps the preposition على apart from the name علي", "[tagger]")
{
    // Normalised, «على» (on) and «علي» (Ali) are the same letters; a person called علي in one sentence
    // must not turn the next sentence's preposition into a person.
    const QString text = u"بايع الناس الإمام علي في المدينة.\nوأكد المدرب على ضرورة الفوز.\nوقال علي إنه سيعود."_s;
    const QStringList found = foundByShippedModel(text);
    CHECK(found.count(u"PERSON:علي"_s) == 2);
    CHECK(found.count(u"PERSON:على"_s) == 0);
}

TEST_CASE("the consistency pass does not spread a family name the corpus mostly knows as a common word", "[tagger]")
{
    // «محمد على» (Egyptian spelling of محمد علي) ends in the preposition على, inside a name once in ANERcorp's
    // 1,446: the next sentence's على stays a preposition.
    const QString text = u"وقال اللاعب محمد على إن الفريق سيفوز.\nوحصل الفريق على الكأس بعد الفوز على النصر.\n"_s;
    const QStringList found = foundByShippedModel(text);
    INFO(found.join(u" | "_s).toStdString());
    CHECK(found.contains(u"PERSON:محمد على"_s));
    CHECK(found.count(u"PERSON:على"_s) == 0);
}

TEST_CASE("the consistency pass does not take a regnal number for a family name", "[tagger]")
{
    const QString text = u"استقبل الملك عبدالله الثاني الوفد في عمان.\n"
                         u"وسجل اللاعب الهدف في الشوط الثاني من المباراة.\nوقال الرئيس إميل لحود إن لحود سيعود."_s;
    const QStringList found = foundByShippedModel(text);
    CHECK(found.contains(u"PERSON:عبدالله الثاني"_s));
    CHECK(found.count(u"PERSON:الثاني"_s) == 0);
    CHECK(found.contains(u"PERSON:لحود"_s));
}

TEST_CASE("a place's adjective alone is not a place", "[tagger]")
{
    for (const QString &adjective :
         {u"السورية"_s, u"اللبناني"_s, u"الأمريكية"_s, u"العراقيين"_s, u"والمصرية"_s, u"للروسي"_s, u"الفرنسيون"_s})
        CHECK(EntityTagger::isPlaceAdjective(adjective));
    // Places (السعودية is a country, الإسكندرية a city), words that are no adjective, no article.
    for (const QString &word : {u"السعودية"_s, u"بالسعودية"_s, u"الإسكندرية"_s, u"سورية"_s, u"القاهرة"_s, u"الرئيس"_s,
                                u"الجمهورية"_s, u"سوري"_s})
        CHECK_FALSE(EntityTagger::isPlaceAdjective(word));
    // The tagger does not mark one as a place on its own; inside a longer name it may stay.
    QString error;
    const EntityTagger *tagger = EntityTagger::bundled(&error);
    REQUIRE(tagger);
    const QStringList tags = tagger->tag(QStringList{u"في"_s, u"المناطق"_s, u"السورية"_s, u"والعراقية"_s});
    CHECK(tags.at(2) == u"O"_s);
    CHECK(tags.at(3) == u"O"_s);
}

TEST_CASE("entity spans leave out a proclitic before the article", "[tagger]")
{
    QString error;
    const EntityTagger *tagger = EntityTagger::bundled(&error);
    REQUIRE(tagger);
    const QString text = u"وصل الوفد الى بغداد ثم توجه بالطائرة إلى العراق والأردن."_s;
    for (const Annotation &annotation : tagger->recognize(text)) {
        const QString covered = text.sliced(annotation.start, annotation.length());
        CHECK(!covered.startsWith(u"وال"_s));
    }
    // A name that only looks like a proclitic + the article keeps its first letter.
    const QString places = u"وصل الرئيس إلى كاليفورنيا يوم الاثنين، ثم زار بالتيمور ثم فالنسيا."_s;
    const QStringList found = annotated(places, tagger->recognize(places));
    INFO(found.join(u" | "_s).toStdString());
    CHECK(found.contains(u"LOCATION:كاليفورنيا"_s));
    CHECK(found.contains(u"LOCATION:بالتيمور"_s));
    CHECK(found.contains(u"LOCATION:فالنسيا"_s));
}

namespace {

// The tagger tokenizer's sentences of `text`, each its tokens' text.
QList<QStringList> taggerSentences(const QString &text)
{
    QList<QStringList> sentences;
    TaggerTokenizer::forEachSentence(text, [&](const QList<TaggerTokenizer::Token> &tokens) {
        QStringList words;
        for (const TaggerTokenizer::Token &token : tokens)
            words += text.sliced(token.start, token.end - token.start);
        sentences += words;
    });
    return sentences;
}

} // namespace

TEST_CASE("the tokenizer splits punctuation and sentences like the training corpus", "[tagger]")
{
    const QList<QStringList> sentences = taggerSentences(u"قال (محمد): «نعم». وصل 2002 😀أحمد\nسطر"_s);
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[0] == QStringList{u"قال"_s, u"("_s, u"محمد"_s, u")"_s, u":"_s, u"«"_s, u"نعم"_s, u"»"_s, u"."_s});
    CHECK(sentences[1] == QStringList{u"وصل"_s, u"2002"_s, u"😀"_s, u"أحمد"_s});
    CHECK(sentences[2] == QStringList{u"سطر"_s});
}

TEST_CASE("the tokenizer keeps an initial's or an abbreviation's full stop with its letters, as ANERcorp does",
          "[tagger]")
{
    // Initials: the sentence goes on past them.
    QList<QStringList> sentences = taggerSentences(u"وتوجه محمد ب. وهشام ل. إلى البنك. ثم عادا"_s);
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[0]
          == QStringList{u"وتوجه"_s, u"محمد"_s, u"ب."_s, u"وهشام"_s, u"ل."_s, u"إلى"_s, u"البنك"_s, u"."_s});
    // A chain of abbreviated letters, its last letter included.
    sentences = taggerSentences(u"قالت « بي. بي. سي » إن الكي. جي. بي. انتهى عملها. وانتهى"_s);
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[0].mid(2, 3) == QStringList{u"بي."_s, u"بي."_s, u"سي"_s});
    CHECK(sentences[0].mid(7, 3) == QStringList{u"الكي."_s, u"جي."_s, u"بي."_s});
    CHECK(sentences[0].last() == u"."_s);
    // Other words and numbers end their sentence as before, an agency's initials after them too.
    sentences = taggerSentences(u"وصل إلى مصر. وقال إنه ولد عام 2000. ثم سافر إلى الرقة. أ.ب"_s);
    REQUIRE(sentences.size() == 4);
    CHECK(sentences[0].last() == u"."_s);
    CHECK(sentences[1].last() == u"."_s);
    CHECK(sentences[2].mid(sentences[2].size() - 2) == QStringList{u"الرقة"_s, u"."_s});
    CHECK(sentences[3] == QStringList{u"أ."_s, u"ب"_s});
}

TEST_CASE("a malformed corpus line is reported with its number", "[tagger]")
{
    QString error;
    CHECK(ConllCorpus::parse(u"محمد B-PERS\nقال\n"_s, &error).isEmpty());
    CHECK(error.contains(u"line 2"_s));
    CHECK(ConllCorpus::parse(u"محمد X-PERS\n"_s, &error).isEmpty());
    CHECK(error.contains(u"line 1"_s));
}

TEST_CASE("names and numeric expressions do not misread each other", "[tagger]")
{
    // A regnal number and a name's letters are no ordinal (باول is Powell, not ب + أول), a divine name is no
    // number (عبد الواحد), and the currency of an amount is no MISC name of its own.
    const QString text = u"قال كولن باول أمس إن الملك عبدالله الثاني تبرع بمبلغ 225 مليون دولار لصندوق الإغاثة.\n"
                         u"وحضر الاجتماع وزير الخارجية محمد عبد الواحد."_s;
    const QStringList found = annotated(text, Extractor(ModelEntityRecognizer::standardSet()).extract(text));
    INFO(found.join(u" | "_s).toStdString());
    CHECK(found.contains(u"PERSON:كولن باول"_s));
    CHECK(found.contains(u"PERSON:عبدالله الثاني"_s));
    CHECK(found.contains(u"PERSON:محمد عبد الواحد"_s));
    CHECK(found.contains(u"MONEY:225 مليون دولار"_s));
    CHECK(found.contains(u"NUMBER:225 مليون"_s));
    for (const QString &misreading :
         {u"ORDINAL:اول"_s, u"DATE:اول أمس"_s, u"ORDINAL:الثاني"_s, u"MISC:دولار"_s, u"NUMBER:الواحد"_s})
        CHECK_FALSE(found.contains(misreading));
}

TEST_CASE("the engine finds names with the model and falls back to the rules without it", "[tagger]")
{
    const QString text = u"قال الرئيس جاك شيراك في باريس إن 3 آلاف جندي وصلوا إلى دمشق في 5 يناير 2005."_s;
    const auto labelsAndOrigins = [&](const QList<Annotation> &annotations) {
        QStringList found;
        for (const Annotation &annotation : annotations)
            found += annotation.label + u':' + text.sliced(annotation.start, annotation.length()) + u':'
                     + annotation.origin.section(u':', 0, 0);
        return found;
    };

    QString warning;
    const QStringList standard =
        labelsAndOrigins(Extractor(ModelEntityRecognizer::standardSet(&warning)).extract(text));
    CHECK(warning.isEmpty());
    CHECK(standard.contains(u"PERSON:جاك شيراك:model"_s));
    CHECK(standard.contains(u"LOCATION:دمشق:model"_s));
    // No gazetteer name is added where the model found none (on cross-validation such fill-ins were right 23 % of
    // the time): «لله», listed as MISC from ANERcorp, stays a word.
    const QString praise = u"وقال إن الفوز تحقق والحمد لله."_s;
    const QList<Annotation> praised = Extractor(ModelEntityRecognizer::standardSet()).extractEntities(praise);
    INFO(annotated(praise, praised).join(u" | "_s).toStdString());
    CHECK(std::none_of(praised.cbegin(), praised.cend(),
                       [](const Annotation &found) { return found.origin == u"gazetteer"_s; }));
    // Nor a listed place written like a word the corpus only ever saw as a word: دورا "a role", not Dura.
    const QString role = u"وقال المدرب إن اللاعب لعب دورا كبيرا في الفوز على الأهلي في الرياض."_s;
    const QStringList roleNames =
        annotated(role, Extractor(ModelEntityRecognizer::standardSet()).extractEntities(role));
    INFO(roleNames.join(u" | "_s).toStdString());
    CHECK_FALSE(roleNames.contains(u"LOCATION:دورا"_s));
    CHECK(std::any_of(standard.cbegin(), standard.cend(), [](const QString &found) {
        return found.startsWith(u"DATE:"_s) && found.endsWith(u":rules"_s);
    }));
    // A listed name that holds the model's name inside it (the model marks سورية as a place) replaces it.
    const QString sdf = u"وقالت قوات سورية الديمقراطية إنها سيطرت على الحي."_s;
    const QStringList parts = annotated(sdf, Extractor(ModelEntityRecognizer::standardSet()).extract(sdf));
    INFO(parts.join(u" | "_s).toStdString());
    CHECK(parts.contains(u"ORGANIZATION:قوات سورية الديمقراطية"_s));
    CHECK(!parts.contains(u"LOCATION:سورية"_s));

    // A damaged model file: the tagger is unusable and the rules find the names instead.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.bin"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(tinyModel().toBytes().first(40));
    file.close();
    QString error;
    const EntityTagger damaged = EntityTagger::load(path, &error);
    REQUIRE(!damaged.isValid());
    CHECK(error.contains(u"truncated"_s));
    const QStringList fallback =
        labelsAndOrigins(Extractor(ModelEntityRecognizer::recognizersFor(&damaged)).extract(text));
    INFO(fallback.join(u" | "_s).toStdString());
    CHECK(std::any_of(fallback.cbegin(), fallback.cend(),
                      [](const QString &found) { return found.startsWith(u"LOCATION:دمشق:"_s); }));
    CHECK(std::none_of(fallback.cbegin(), fallback.cend(),
                       [](const QString &found) { return found.endsWith(u":model"_s); }));
    CHECK(std::any_of(fallback.cbegin(), fallback.cend(),
                      [](const QString &found) { return found.startsWith(u"DATE:"_s); }));
}

TEST_CASE("hamish train writes the same model twice and reports bad data by line", "[tagger][cli]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"tiny.conll"_s);
    QFile file(data);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(tinyCorpus.toUtf8());
    file.close();
    const QString first = dir.filePath(u"a.bin"_s), second = dir.filePath(u"b.bin"_s);
    REQUIRE(TestCli::run({u"train"_s, u"--data"_s, data, u"-o"_s, first, u"--epochs"_s, u"5"_s}).status == 0);
    REQUIRE(TestCli::run({u"train"_s, u"--data"_s, data, u"-o"_s, second, u"--epochs"_s, u"5"_s}).status == 0);
    QFile a(first), b(second);
    REQUIRE(a.open(QIODevice::ReadOnly));
    REQUIRE(b.open(QIODevice::ReadOnly));
    CHECK(a.readAll() == b.readAll());

    // Evaluating on the training data itself scores every span.
    const TestCli::Output scored = TestCli::run({u"train"_s, u"--data"_s, data, u"--dev"_s, data});
    REQUIRE(scored.status == 0);
    CHECK(scored.out.contains(u"overall       100.00    100.00    100.00"_s));

    QFile bad(dir.filePath(u"bad.conll"_s));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("word O\nword\n");
    bad.close();
    const TestCli::Output badData = TestCli::run({u"train"_s, u"--data"_s, bad.fileName(), u"-o"_s, first});
    CHECK(badData.status == 1);
    CHECK(badData.err.contains(u"line 2"_s));
    const TestCli::Output badGroup =
        TestCli::run({u"train"_s, u"--data"_s, data, u"--without"_s, u"colour"_s, u"-o"_s, first});
    CHECK(badGroup.status == 2);
    CHECK(badGroup.err.contains(u"unknown feature group"_s));
}

TEST_CASE("hamish train --cross-validate scores every sentence once, held out from its own model", "[tagger][cli]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"tiny.conll"_s), predictions = dir.filePath(u"predictions.txt"_s);
    QFile file(data);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(tinyCorpus.toUtf8());
    file.close();

    const TestCli::Output result = TestCli::run({u"train"_s, u"--data"_s, data, u"--cross-validate"_s, u"3"_s,
                                                 u"--epochs"_s, u"5"_s, u"--predictions"_s, predictions});
    REQUIRE(result.status == 0);
    CHECK(result.err.contains(u"part 1/3: sentences 1-2, F1 "_s));
    CHECK(result.err.contains(u"part 3/3: sentences 5-6, F1 "_s));
    CHECK(result.out.contains(u"3-fold cross-validation over 6 sentences"_s));
    // The 12 names of the corpus, each scored once.
    const QString overall = result.out.sliced(result.out.indexOf(u"overall"_s)).simplified();
    CHECK(overall.section(u' ', 4, 4) == u"12"_s);
    // The held-out parts' predictions, in corpus order, hold every token with its gold tag.
    QFile written(predictions);
    REQUIRE(written.open(QIODevice::ReadOnly));
    QStringList goldColumns;
    for (const QString &line : QString::fromUtf8(written.readAll()).split(u'\n')) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        goldColumns += columns.isEmpty() ? QString() : columns.first(2).join(u' ');
    }
    CHECK(goldColumns.join(u'\n').trimmed() == tinyCorpus.trimmed());

    const TestCli::Output tooMany = TestCli::run({u"train"_s, u"--data"_s, data, u"--cross-validate"_s, u"7"_s});
    CHECK(tooMany.status == 1);
    CHECK(tooMany.err.contains(u"6 sentences cannot be split into 7 parts"_s));
    const TestCli::Output withModel =
        TestCli::run({u"train"_s, u"--data"_s, data, u"--cross-validate"_s, u"3"_s, u"-o"_s, dir.filePath(u"m.bin"_s)});
    CHECK(withModel.status == 2);
    CHECK(withModel.err.contains(u"--cross-validate takes 2-100 parts"_s));

    // --jobs gives the same parts; --calibration adds the reliability table of the held-out suggestions.
    const TestCli::Output calibrated = TestCli::run({u"train"_s, u"--data"_s, data, u"--cross-validate"_s, u"3"_s,
                                                     u"--epochs"_s, u"5"_s, u"--jobs"_s, u"2"_s, u"--calibration"_s});
    REQUIRE(calibrated.status == 0);
    const auto firstOverall = [](const QString &out) {
        return out.sliced(out.indexOf(u"overall"_s)).section(u'\n', 0, 0);
    };
    CHECK(firstOverall(calibrated.out) == firstOverall(result.out));
    CHECK(calibrated.out.contains(u"confidence    suggestions  mean confidence  precision"_s));
    CHECK(calibrated.out.contains(u"expected calibration error: "_s));
    CHECK(calibrated.out.contains(u"chosen temperature "_s));
}

TEST_CASE("CoNLL -DOCSTART- lines start a new article and are no tokens", "[tagger]")
{
    const QString text = u"-DOCSTART- O\n\nزار O\nمحمد B-PERS\n\nقال O\n-DOCSTART- O\nوصل O\n\n"_s;
    for (const QList<ConllSentence> &sentences : {Conll::read(text), ConllCorpus::parse(text, nullptr)}) {
        REQUIRE(sentences.size() == 3);
        CHECK(sentences[0].tokens == QStringList{u"زار"_s, u"محمد"_s});
        CHECK(sentences[0].startsDocument);
        CHECK_FALSE(sentences[1].startsDocument);
        CHECK(sentences[1].tokens == QStringList{u"قال"_s});
        CHECK(sentences[2].startsDocument);
        CHECK(sentences[2].tokens == QStringList{u"وصل"_s});
    }
}

TEST_CASE("forward-backward gives each name the probability the model's scores give it", "[tagger]")
{
    const SequenceModel model = tinyModel();
    const EntityTagger tagger(model);
    const TaggerFeatures features(model.featureGroups());
    const QStringList words = {u"رحب"_s, u"أحمد"_s, u"علي"_s, u"بقرار"_s, u"الأمم"_s, u"المتحدة"_s};
    QList<QStringView> tokens;
    for (const QString &word : words)
        tokens += word;
    std::vector<quint64> keys;
    std::vector<quint32> offsets;
    features.extract(tokens, keys, offsets, &model.lexicon());
    std::vector<float> emission;
    const QList<int> path = model.decode(keys, offsets, &emission);
    // The probabilities of every label of one token add up to one, whatever the temperature.
    for (const double temperature : {1.0, 40.0}) {
        SequenceModel scaled = model;
        scaled.setTemperature(temperature);
        double total = 0;
        for (int label = 0; label < model.labels().size(); ++label) {
            QList<int> other = path;
            other[3] = label;
            total += scaled.chunkProbabilities(emission, other, {{3, 3}}).front();
        }
        CHECK(total == Approx(1.0).epsilon(1e-6));
    }
    // A name's probability lies in (0, 1]; the whole best path is no more likely than any part of it.
    const std::vector<double> probabilities = model.chunkProbabilities(emission, path, {{1, 2}, {0, 5}});
    CHECK(probabilities[0] > 0);
    CHECK(probabilities[0] <= 1);
    CHECK(probabilities[1] <= probabilities[0] + 1e-9);
    // The scored tags are the tags, and each name carries its probability.
    const EntityTagger::ScoredSentence scored = tagger.tagScored(tokens);
    CHECK(scored.tags == tagger.tag(words));
    REQUIRE(scored.names.size() == Conll::chunks(scored.tags).size());
    for (const EntityTagger::ScoredName &name : scored.names) {
        CHECK(name.source == SuggestionSource::Model);
        CHECK(name.score > 0);
        CHECK(name.score <= 1);
    }
}

TEST_CASE("a calibration maps scores to the precision measured on held-out suggestions", "[tagger]")
{
    // Held-out suggestions: scores near 0.9 are right half the time, near 0.5 a fifth of the time.
    std::vector<ConfidenceCalibration::Sample> samples;
    for (int i = 0; i < 200; ++i) {
        samples.push_back({SuggestionSource::Model, 0.9, i % 2 == 0});
        samples.push_back({SuggestionSource::Model, 0.5, i % 5 == 0});
    }
    const ConfidenceCalibration calibration = ConfidenceCalibration::fit(samples);
    CHECK(calibration.apply(SuggestionSource::Model, 0.9) == Approx(0.5).margin(0.01));
    CHECK(calibration.apply(SuggestionSource::Model, 0.5) == Approx(0.2).margin(0.01));
    CHECK(calibration.apply(SuggestionSource::Model, 0.7) > 0.2);
    CHECK(calibration.apply(SuggestionSource::Model, 0.7) < 0.5);
    // A source it was not fitted on keeps its score.
    CHECK(calibration.apply(SuggestionSource::Listed, 0.85) == 0.85);
    // Raw, the scores were far from the precision; calibrated, they match it.
    std::vector<std::pair<double, bool>> raw, calibrated;
    for (const ConfidenceCalibration::Sample &sample : samples) {
        raw.emplace_back(sample.score, sample.correct);
        calibrated.emplace_back(calibration.apply(sample.source, sample.score), sample.correct);
    }
    CHECK(ConfidenceCalibration::expectedCalibrationError(ConfidenceCalibration::reliability(raw)) > 0.3);
    CHECK(ConfidenceCalibration::expectedCalibrationError(ConfidenceCalibration::reliability(calibrated)) < 0.01);

    // Saved with the model, with its temperature; a model of format version 2 (none) still loads.
    SequenceModel model = tinyModel();
    model.setTemperature(20);
    model.setCalibration(calibration);
    QString error;
    const SequenceModel loaded = SequenceModel::fromBytes(model.toBytes(), &error);
    INFO(error.toStdString());
    CHECK(loaded.temperature() == 20);
    CHECK(loaded.calibration() == calibration);
    const EntityTagger tagger(loaded);
    const QString text = u"رحب أحمد علي بقرار الأمم المتحدة"_s;
    const QList<Annotation> found = tagger.recognize(text);
    REQUIRE_FALSE(found.isEmpty());
    for (const Annotation &annotation : found) {
        CHECK(annotation.confidence >= 0.2 - 1e-6);
        CHECK(annotation.confidence <= 0.5 + 1e-6);
    }
}

TEST_CASE("the shipped model's suggestions carry a confidence below certainty", "[tagger]")
{
    const QString text = u"وكان الرئيس فيليبي نيوسي قد قدم برنامجا جديدا .\nولم يرد نيوسي على الاسئلة ."_s;
    QString error;
    const EntityTagger *tagger = EntityTagger::bundled(&error);
    REQUIRE(tagger);
    const QList<Annotation> found = tagger->recognize(text);
    INFO(annotated(text, found).join(u" | "_s).toStdString());
    bool spread = false;
    for (const Annotation &annotation : found) {
        CHECK(annotation.confidence > 0);
        CHECK(annotation.confidence < 1);
        spread =
            spread || (annotation.origin == u"model:consistency"_s && text.sliced(annotation.start, 5) == u"نيوسي"_s);
    }
    CHECK(spread);
}

TEST_CASE("a month, a weekday or the name of God alone is not suggested as a name", "[tagger]")
{
    const QString text = u"وأكد أمير المنطقة يحفظه الله أن الدولة ماضية في دعم المشاريع، والحمد لله على ما تحقق.\n"
                         u"ويبدأ الصيام في شهر رمضان المبارك، وتعقد الجلسة المقبلة يوم الاثنين في الرياض.\n"
                         u"وكان وزير الداخلية عبدالله بن محمد قد زار حزب الله في لبنان."_s;
    const QStringList found = foundByShippedModel(text);
    for (const QString &word : {u"الله"_s, u"لله"_s, u"رمضان"_s, u"الاثنين"_s}) {
        for (const QString &label : {u"PERSON"_s, u"LOCATION"_s, u"ORGANIZATION"_s, u"MISC"_s})
            CHECK_FALSE(found.contains(label + u':' + word));
    }
    // Inside a longer name the word stays: حزب الله is an organisation.
    CHECK(found.contains(u"ORGANIZATION:حزب الله"_s));
    CHECK(found.contains(u"LOCATION:الرياض"_s));
}

TEST_CASE("a project's reviewed sentences become training sentences", "[tagger]")
{
    const QString text =
        u"زار كوستاس لسورية أمس. وقال الوزير إن باريس مدينة جميلة. وصل أحمد إلى دمشق.\nلا أسماء هنا."_s;
    ProjectTraining::ReviewedText reviewed{text, {}};
    // Sentence 1: a person accepted, a place added by the user (after the proclitic), a wrong guess rejected.
    reviewed.annotations += ProjectFixtures::span(text, u"كوستاس"_s, u"PERSON"_s);
    reviewed.annotations += ProjectFixtures::span(text, u"سورية"_s, u"LOCATION"_s);
    reviewed.annotations += ProjectFixtures::span(text, u"أمس"_s, u"ORGANIZATION"_s, AnnotationStatus::Rejected);
    // Sentence 2: only a rejection; still a decision: باريس is no name here.
    reviewed.annotations += ProjectFixtures::span(text, u"باريس"_s, u"LOCATION"_s, AnnotationStatus::Rejected);
    // Sentence 3: a suggestion left undecided, so the sentence is not used.
    reviewed.annotations += ProjectFixtures::span(text, u"دمشق"_s, u"LOCATION"_s, AnnotationStatus::Suggested);
    reviewed.annotations += ProjectFixtures::span(text, u"أحمد"_s, u"PERSON"_s);
    const QList<TaggedSentence> sentences = ProjectTraining::reviewedSentences({reviewed});
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[0].tokens == QStringList{u"زار"_s, u"كوستاس"_s, u"لسورية"_s, u"أمس"_s, u"."_s});
    CHECK(sentences[0].tags == QStringList{u"O"_s, u"B-PERS"_s, u"B-LOC"_s, u"O"_s, u"O"_s});
    CHECK(sentences[1].tokens.contains(u"باريس"_s));
    CHECK(std::all_of(sentences[1].tags.cbegin(), sentences[1].tags.cend(),
                      [](const QString &tag) { return tag == u"O"_s; }));
}

TEST_CASE("a model retrained with a project's reviewed sentences finds the project's names", "[tagger]")
{
    // A name the tiny corpus never shows, reviewed in three sentences of a project.
    const QString text = u"زار كوستاس القاهرة أمس. رحب كوستاس بقرار الأمم المتحدة. وصل كوستاس إلى دمشق."_s;
    ProjectTraining::ReviewedText reviewed{text, {}};
    for (qsizetype at = text.indexOf(u"كوستاس"_s); at >= 0; at = text.indexOf(u"كوستاس"_s, at + 1)) {
        Annotation name = ProjectFixtures::span(text.sliced(at), u"كوستاس"_s, u"PERSON"_s);
        name.start += at;
        name.end += at;
        reviewed.annotations += name;
    }
    const QList<TaggedSentence> project = ProjectTraining::reviewedSentences({reviewed});
    REQUIRE(project.size() == 3);
    const QStringList unseen = {u"قال"_s, u"الرئيس"_s, u"كوستاس"_s, u"إن"_s, u"دمشق"_s, u"مدينة"_s, u"كبيرة"_s};
    const SequenceModel shipped = tinyModel();
    CHECK(EntityTagger(shipped).tag(unseen)[2] != u"B-PERS"_s);
    const SequenceModel retrained = ProjectTraining::train(tinySentences(), project, shipped);
    CHECK(EntityTagger(retrained).tag(unseen)[2] == u"B-PERS"_s);
    // The shipped training data is in the build, for `hamish train --project`.
    QString error;
    CHECK(ProjectTraining::shippedSentences(&error).size() == 4047);
}

TEST_CASE("a bare proclitic stays outside a name unless the name itself starts with it", "[tagger]")
{
    // ب and و before listed places are prepositions and conjunctions; بلير، واشنطن، وليد start with the letter.
    const QString text = u"وقال إن الاجتماع عقد ببغداد ولندن، ثم زار وفد لسورية.\n"
                         u"وصل بلير إلى واشنطن، والتقى وليد جنبلاط في فرنسا."_s;
    const QStringList found = foundByShippedModel(text);
    CHECK(found.contains(u"LOCATION:بغداد"_s));
    CHECK(found.contains(u"LOCATION:لندن"_s));
    CHECK(found.contains(u"LOCATION:سورية"_s));
    CHECK(found.contains(u"PERSON:بلير"_s));
    CHECK(found.contains(u"LOCATION:واشنطن"_s));
    CHECK(found.contains(u"PERSON:وليد جنبلاط"_s));
}

TEST_CASE("the data credits name every source the model and its lists come from, with its licence", "[tagger]")
{
    const QString credits = DataCredits::text();
    for (const QString &needed :
         {u"ANERcorp"_s, u"CC BY-SA 4.0"_s, u"Wikidata"_s, u"CC0"_s, u"ArWikiCats"_s, u"MIT"_s, u"WikiFANE"_s,
          u"CC BY-SA 3.0"_s, u"CLDR"_s, u"ANT Corpus"_s, u"Apache License 2.0"_s})
        CHECK(credits.contains(needed));
}

TEST_CASE("the word cache gives every sentence the keys it gets without one", "[tagger]")
{
    QString error;
    const EntityTagger *bundled = EntityTagger::bundled(&error);
    REQUIRE(bundled);
    QFile file(u":/sample/sample-article.txt"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QList<QList<QStringView>> sentences;
    TaggerTokenizer::forEachSentence(text, [&](const QList<TaggerTokenizer::Token> &tokens) {
        QList<QStringView> words;
        for (const TaggerTokenizer::Token &token : tokens)
            words += QStringView(text).sliced(token.start, token.end - token.start);
        sentences += words;
    });
    REQUIRE(sentences.size() > 10);
    const auto keysOf = [](const TaggerFeatures &features, const QList<QStringView> &tokens,
                           const CorpusLexicon *lexicon, TaggerFeatures::WordCache *cache) {
        std::vector<quint64> keys;
        std::vector<quint32> offsets;
        features.extract(tokens, keys, offsets, lexicon, cache);
        return std::pair{keys, offsets};
    };
    const SequenceModel tiny = tinyModel();
    // One cache through every sentence, twice (the second time every word is known), then with other feature
    // groups and another lexicon, which must not see the first one's words.
    TaggerFeatures::WordCache cache;
    const std::vector<std::pair<quint32, const CorpusLexicon *>> settings = {
        {bundled->model().featureGroups(), &bundled->model().lexicon()},
        {bundled->model().featureGroups(), &bundled->model().lexicon()},
        {TaggerFeatures::allGroups & ~(TaggerFeatures::Gazetteer | TaggerFeatures::Affixes),
         &bundled->model().lexicon()},
        {TaggerFeatures::allGroups, &tiny.lexicon()},
        {TaggerFeatures::allGroups, nullptr},
    };
    for (const auto &[groups, lexicon] : settings) {
        const TaggerFeatures features(groups);
        for (const QList<QStringView> &tokens : std::as_const(sentences))
            REQUIRE(keysOf(features, tokens, lexicon, &cache) == keysOf(features, tokens, lexicon, nullptr));
        CHECK(cache.size() > 0);
    }
    cache.clear();
    CHECK(cache.size() == 0);
}
