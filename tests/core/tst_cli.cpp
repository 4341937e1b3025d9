// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestCli.h"
#include "../TestFiles.h"
#include "../TestText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;
using TestCli::Output;

TEST_CASE("hamish text prints the article's plain text", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.txt"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write((TestText::headline() + u"\r\n\r\n"_s + TestText::arabicParagraph()).toUtf8());
    file.close();

    const Output plain = TestCli::run({u"text"_s, path});
    CHECK(plain.status == 0);
    CHECK(plain.out == TestText::headline() + u"\n\n"_s + TestText::arabicParagraph() + u"\n"_s);

    const Output json = TestCli::run({u"text"_s, u"--json"_s, path});
    REQUIRE(json.status == 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object.value(u"title"_s).toString() == TestText::headline());
    CHECK(object.value(u"encoding"_s).toString() == u"UTF-8");
    CHECK(object.value(u"sha256"_s).toString().size() == 64);
    const QJsonArray blocks = object.value(u"blocks"_s).toArray();
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].toObject().value(u"role"_s).toString() == u"title");
    CHECK(blocks[1].toObject().value(u"text"_s).toString() == TestText::arabicParagraph());
    CHECK(object.value(u"text"_s).toString() == TestText::headline() + u"\n\n"_s + TestText::arabicParagraph());
}

TEST_CASE("hamish text reports bad input on stderr with a non-zero status", "[cli]")
{
    const Output missing = TestCli::run({u"text"_s, u"/nonexistent/article.txt"_s});
    CHECK(missing.status != 0);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains(u"does not exist"_s));

    const Output usage = TestCli::run({u"text"_s});
    CHECK(usage.status == 2);
    CHECK(usage.err.contains(u"Usage"_s));
}

TEST_CASE("hamish extract prints annotations with code point offsets", "[cli][extraction]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.txt"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // An emoji (two UTF-16 units, one code point) before the entities shifts UTF-16 and code point offsets apart.
    const QString text = u"😀 دخلت القوات بالرقة في 12 يناير 2014 ومعها 25 متراً"_s;
    file.write(text.toUtf8());
    file.close();

    const Output output = TestCli::run({u"extract"_s, path});
    REQUIRE(output.status == 0);
    const QJsonObject json = QJsonDocument::fromJson(output.out.toUtf8()).object();
    CHECK(json.value(u"text"_s).toString() == text);
    const QJsonArray annotations = json.value(u"annotations"_s).toArray();
    REQUIRE(!annotations.isEmpty());
    const QList<uint> codePoints = text.toUcs4();
    bool sawPlace = false;
    for (const QJsonValue &value : annotations) {
        const QJsonObject annotation = value.toObject();
        const qsizetype start = annotation.value(u"start"_s).toInteger();
        const qsizetype end = annotation.value(u"end"_s).toInteger();
        const QList<uint> slice = codePoints.mid(start, end - start);
        CHECK(QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size())
              == annotation.value(u"text"_s).toString());
        sawPlace = sawPlace
                   || (annotation.value(u"label"_s).toString() == u"LOCATION"_s
                       && annotation.value(u"text"_s).toString() == u"الرقة"_s && start == 15);
        CHECK(annotation.value(u"id"_s).toInteger() > 0);
        CHECK(!annotation.value(u"origin"_s).toString().isEmpty());
    }
    CHECK(sawPlace);
}

TEST_CASE("hamish extract reads standard input, survives invalid UTF-8 and empty input", "[cli][extraction]")
{
    QByteArray bytes = u"ارتفع السعر 15% في "_s.toUtf8();
    bytes += "\xff\xfe\xc3";
    bytes += u" دمشق"_s.toUtf8();
    const Output output = TestCli::runWithInput({u"extract"_s, u"-"_s}, bytes);
    REQUIRE(output.status == 0);
    const QJsonObject json = QJsonDocument::fromJson(output.out.toUtf8()).object();
    QStringList labels;
    for (const QJsonValue &value : json.value(u"annotations"_s).toArray())
        labels << value.toObject().value(u"label"_s).toString();
    CHECK(labels.contains(u"PERCENT"_s));
    CHECK(labels.contains(u"LOCATION"_s));

    const Output none = TestCli::runWithInput({u"extract"_s, u"-"_s}, QByteArray());
    CHECK(none.status == 0);
    CHECK(QJsonDocument::fromJson(none.out.toUtf8()).object().value(u"annotations"_s).toArray().isEmpty());

    const Output missing = TestCli::run({u"extract"_s, u"/nonexistent/file.txt"_s});
    CHECK(missing.status != 0);
    CHECK(missing.err.contains(u"file.txt"_s));
}

TEST_CASE("hamish tag appends a predicted BIO tag to each CoNLL line", "[cli][extraction]")
{
    const Output output =
        TestCli::runWithInput({u"tag"_s, u"-"_s}, u"دخلت O\nالقوات O\nبالرقة B-LOC\n\nوقال\n"_s.toUtf8());
    REQUIRE(output.status == 0);
    CHECK(output.out == u"دخلت O O\nالقوات O O\nبالرقة B-LOC B-LOC\n\nوقال O\n"_s);
    CHECK(TestCli::runWithInput({u"tag"_s, u"-"_s}, QByteArray("\xff\xfe\n\n")).status == 0);
}

TEST_CASE("hamish eval scores a gold CoNLL file", "[cli][extraction]")
{
    QTemporaryDir dir;
    const QString path =
        TestFiles::writeText(dir, u"gold.conll"_s, u"دخلت O\nالقوات O\nبالرقة B-LOC\n\nوصل O\nإلى O\nدمشق B-LOC\n"_s);
    const Output output = TestCli::run({u"eval"_s, path});
    REQUIRE(output.status == 0);
    CHECK(output.out.contains(QRegularExpression(u"LOC\\s+100.00\\s+100.00\\s+100.00\\s+2\\s+2"_s)));
    CHECK(TestCli::run({u"eval"_s, dir.filePath(u"missing.conll"_s)}).status != 0);
}

TEST_CASE("hamish eval --learn-first scores the rest after a simulated review of the first sentences",
          "[cli][extraction][lexicon]")
{
    // الشمال (a club) is no name to the engine; a user who marks it once has it found in the next sentence.
    QTemporaryDir dir;
    const QString path = TestFiles::writeText(
        dir, u"gold.conll"_s, u"قال O\nمدرب O\nالشمال B-ORG\nإن O\nالفريق O\nجاهز O\n\nفاز O\nالشمال B-ORG\nأمس O\n"_s);
    const Output plain = TestCli::run({u"eval"_s, path});
    REQUIRE(plain.status == 0);
    CHECK(plain.out.contains(QRegularExpression(u"overall\\s+0.00\\s+0.00\\s+0.00\\s+2\\s+0"_s)));
    const Output learnt = TestCli::run({u"eval"_s, u"--learn-first"_s, u"1"_s, path});
    REQUIRE(learnt.status == 0);
    CHECK(learnt.out.contains(u"sentences 2-2 of 2"_s));
    // The same sentence scored without what the review taught, then with it.
    const qsizetype without = learnt.out.indexOf(u"without learning:"_s);
    const qsizetype with = learnt.out.indexOf(u"learnt from the review of sentences 1-1 (1 mentions):"_s);
    REQUIRE(without >= 0);
    REQUIRE(with > without);
    CHECK(learnt.out.sliced(without, with - without)
              .contains(QRegularExpression(u"overall\\s+0.00\\s+0.00\\s+0.00\\s+1\\s+0"_s)));
    CHECK(learnt.out.sliced(with).contains(QRegularExpression(u"ORG\\s+100.00\\s+100.00\\s+100.00\\s+1\\s+1"_s)));
    // Every sentence reviewed leaves nothing to score.
    const Output all = TestCli::run({u"eval"_s, u"--learn-first"_s, u"2"_s, path});
    CHECK(all.status == 2);
    CHECK(all.err.contains(u"--learn-first"_s));
}

TEST_CASE("hamish tag reads an article's sentences as one text; -DOCSTART- starts another", "[cli][extraction]")
{
    // نيوسي alone is no name to the model; named in full in the sentence before, it is the same person.
    const QString first = u"وكان\nالرئيس\nفيليبي\nنيوسي\nقد\nقدم\nبرنامجا\nجديدا\n.\n"_s;
    const QString second = u"ولم\nيرد\nنيوسي\nعلى\nالاسئلة\n.\n"_s;
    const Output together = TestCli::runWithInput({u"tag"_s, u"-"_s}, (first + u'\n' + second).toUtf8());
    REQUIRE(together.status == 0);
    CHECK(together.out.contains(u"\nنيوسي B-PERS\nعلى O\n"_s));
    const Output apart = TestCli::runWithInput({u"tag"_s, u"-"_s}, (first + u"\n-DOCSTART- O\n\n"_s + second).toUtf8());
    REQUIRE(apart.status == 0);
    CHECK(apart.out.contains(u"\n-DOCSTART- O\n"_s));
    CHECK(apart.out.contains(u"\nنيوسي O\nعلى O\n"_s));
}
