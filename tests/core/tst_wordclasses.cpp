// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestCli.h"
#include "core/tagger/TaggerFeatures.h"
#include "core/tagger/TaggerWordForms.h"
#include "core/tagger/WordClassLearner.h"
#include "core/tagger/WordClasses.h"

#include <QFile>
#include <QTemporaryDir>

#include <set>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

const QStringList cities = {u"دمشق"_s, u"بيروت"_s, u"بغداد"_s, u"القاهرة"_s, u"الرباط"_s};
const QStringList people = {u"محمد"_s, u"أحمد"_s, u"سعيد"_s, u"خالد"_s, u"يوسف"_s};

// Sentences in which the cities and the people each stand in their own contexts, every one of them in every
// context of its kind, in an order that mixes them.
QString contextText()
{
    const QStringList placeFrames = {u"زار %1 أمس"_s, u"وصل الوفد إلى %1 اليوم"_s, u"في %1 مؤتمر"_s};
    const QStringList personFrames = {u"قال %1 إن"_s, u"صرح %1 بأن"_s, u"أكد الوزير %1 أن"_s};
    QString text;
    for (int round = 0; round < 6; ++round) {
        for (int k = 0; k < 5; ++k) {
            for (int frame = 0; frame < 3; ++frame) {
                text += placeFrames[frame].arg(cities[(k + round + frame) % 5]) + u'\n';
                text += personFrames[frame].arg(people[(k + 2 * round + frame) % 5]) + u'\n';
            }
        }
    }
    return text;
}

const WordClassLearner::Entry *entryFor(const WordClassLearner::Result &result, const QString &word)
{
    const QString normalized = TaggerWordForms::normalize(word);
    for (const WordClassLearner::Entry &entry : result.words) {
        if (entry.word == normalized)
            return &entry;
    }
    return nullptr;
}

} // namespace

TEST_CASE("words that stand in the same contexts get the same class", "[tagger][classes]")
{
    WordClassLearner learner;
    learner.addText(contextText());
    WordClassLearner::Options options;
    options.classCounts = {4, 6, 8};
    const WordClassLearner::Result result = learner.learn(options);
    REQUIRE(result.sentences == 180);
    for (int level = 0; level < WordClasses::levels; ++level) {
        // The learning raises the likelihood of the text under the class bigram model.
        CHECK(result.endLogLikelihood[size_t(level)] > result.startLogLikelihood[size_t(level)]);
        std::set<quint16> cityClasses, personClasses;
        for (const QString &city : cities) {
            const WordClassLearner::Entry *entry = entryFor(result, city);
            REQUIRE(entry);
            cityClasses.insert(entry->classes[size_t(level)]);
        }
        for (const QString &person : people) {
            const WordClassLearner::Entry *entry = entryFor(result, person);
            REQUIRE(entry);
            personClasses.insert(entry->classes[size_t(level)]);
        }
        INFO("granularity " << options.classCounts[size_t(level)]);
        CHECK(cityClasses.size() == 1);
        CHECK(personClasses.size() == 1);
        // Only the finest granularity has classes enough to keep the two kinds apart.
        if (level == WordClasses::levels - 1)
            CHECK(*cityClasses.begin() != *personClasses.begin());
    }
}

TEST_CASE("learning word classes is deterministic and leaves rare words out", "[tagger][classes]")
{
    WordClassLearner first, second;
    first.addText(QString(contextText() + u"كلمة نادرة\n"_s));
    second.addText(QString(contextText() + u"كلمة نادرة\n"_s));
    WordClassLearner::Options options;
    options.classCounts = {3, 6, 12};
    const WordClassLearner::Result a = first.learn(options), b = second.learn(options);
    REQUIRE(a.words.size() == b.words.size());
    for (size_t i = 0; i < a.words.size(); ++i) {
        CHECK(a.words[i].word == b.words[i].word);
        CHECK(a.words[i].classes == b.words[i].classes);
    }
    // Seen once, below the minimum count of 3: no class.
    CHECK_FALSE(entryFor(a, u"نادره"_s));
    CHECK_FALSE(entryFor(a, u"نادرة"_s));
    // Most frequent first.
    for (size_t i = 1; i < a.words.size(); ++i)
        CHECK(a.words[i - 1].count >= a.words[i].count);
}

TEST_CASE("hamish word-classes writes a table the tagger reads back", "[tagger][classes][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString textPath = dir.filePath(u"text.txt"_s), classesPath = dir.filePath(u"classes.tsv"_s);
    {
        QFile text(textPath);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write(contextText().toUtf8());
    }
    const TestCli::Output output = TestCli::run({u"word-classes"_s, u"--text"_s, textPath, u"-o"_s, classesPath,
                                                 u"--classes"_s, u"4,6,8"_s, u"--source"_s, u"a test text"_s});
    INFO(output.err.toStdString());
    REQUIRE(output.status == 0);
    CHECK(output.out.contains(u"180 sentences"_s));
    QFile file(classesPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    CHECK(written.contains(u"# Source: a test text"_s));
    WordClasses table;
    REQUIRE(table.parse(written));
    // Read back normalised: أحمد is found as احمد, and shares a class with the other people, not with the cities.
    const WordClasses::Classes *ahmad = table.find(u"احمد"_s);
    const WordClasses::Classes *khalid = table.find(u"خالد"_s);
    const WordClasses::Classes *damascus = table.find(u"دمشق"_s);
    REQUIRE(ahmad);
    REQUIRE(khalid);
    REQUIRE(damascus);
    CHECK(*ahmad == *khalid);
    CHECK((*ahmad)[2] != (*damascus)[2]);
    CHECK_FALSE(table.find(u"غائبة"_s));

    // Bad input: a missing file, a text without words, impossible options.
    const TestCli::Output missing = TestCli::run(
        {u"word-classes"_s, u"--text"_s, dir.filePath(u"none.txt"_s), u"-o"_s, dir.filePath(u"out.tsv"_s)});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(u"cannot open"_s));
    const QString emptyPath = dir.filePath(u"empty.txt"_s);
    {
        QFile empty(emptyPath);
        REQUIRE(empty.open(QIODevice::WriteOnly));
        empty.write("\n \n");
    }
    const TestCli::Output empty =
        TestCli::run({u"word-classes"_s, u"--text"_s, emptyPath, u"-o"_s, dir.filePath(u"out.tsv"_s)});
    CHECK(empty.status == 1);
    CHECK(empty.err.contains(u"no words"_s));
    const TestCli::Output badOption = TestCli::run(
        {u"word-classes"_s, u"--text"_s, textPath, u"-o"_s, dir.filePath(u"out.tsv"_s), u"--classes"_s, u"4,8"_s});
    CHECK(badOption.status == 2);
    CHECK_FALSE(QFile::exists(dir.filePath(u"out.tsv"_s)));
    // A table file that holds no class line is refused.
    WordClasses none;
    CHECK_FALSE(none.parse(u"# only a comment\nword\t1\n"_s));
}

TEST_CASE("the shipped word classes make an unseen capital look like the capitals the model knows", "[tagger][classes]")
{
    const WordClasses &shipped = WordClasses::instance();
    REQUIRE(shipped.size() > 50000);
    // Learnt from news text: capitals share their classes at every granularity, and so do verbs of saying.
    const WordClasses::Classes *damascus = shipped.find(TaggerWordForms::normalize(u"دمشق"));
    REQUIRE(damascus);
    for (const QString &city : {u"بيروت"_s, u"بغداد"_s, u"القاهرة"_s, u"الرياض"_s}) {
        const WordClasses::Classes *classes = shipped.find(TaggerWordForms::normalize(city));
        REQUIRE(classes);
        CHECK(*classes == *damascus);
    }
    const WordClasses::Classes *said = shipped.find(u"قال"_s);
    REQUIRE(said);
    CHECK((*said)[0] != (*damascus)[0]);

    // The classes group alone: a sentence about Beirut gets the same keys as one about Damascus, one about a
    // person other keys.
    const TaggerFeatures features(TaggerFeatures::Classes);
    // The keys of a sentence's words from `first` on (all of them by default).
    const auto keysOf = [&](const QString &sentence, qsizetype first = 0, qsizetype count = -1) {
        const QList<QStringView> tokens = QStringView(sentence).split(u' ');
        std::vector<quint64> keys;
        std::vector<quint32> offsets;
        features.extract(tokens, keys, offsets);
        const qsizetype last = count < 0 ? tokens.size() : first + count;
        return std::vector<quint64>(keys.begin() + offsets[size_t(first)], keys.begin() + offsets[size_t(last)]);
    };
    const std::vector<quint64> aboutDamascus = keysOf(u"زار دمشق أمس"_s);
    CHECK(aboutDamascus.size() > 3 * 5);
    CHECK(keysOf(u"زار بيروت أمس"_s) == aboutDamascus);
    CHECK(keysOf(u"زار محمد أمس"_s) != aboutDamascus);
    // A word the table lacks, ك + دمشق ("like Damascus"), is read by its stem: to the words beside it, it is
    // دمشق.
    REQUIRE_FALSE(shipped.find(u"كدمشق"_s));
    CHECK(keysOf(u"زار كدمشق أمس"_s, 0, 1) == keysOf(u"زار دمشق أمس"_s, 0, 1));
    CHECK(keysOf(u"زار كمحمد أمس"_s, 0, 1) != keysOf(u"زار دمشق أمس"_s, 0, 1));
}
