// SPDX-License-Identifier: GPL-3.0-or-later
// Agreement figures checked against ones worked out by hand on a small project, and against Python reading
// the project's exports on its own.
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "../StoreBackends.h"
#include "../TestCli.h"
#include "core/workspace/Agreement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;
using ProjectFixtures::must;

namespace {

const QString kFirst = u"زار محمد العلي دمشق ثم بيروت مع سارة"_s; // 8 words
const QString kSecond = u"قالت وزارة الصحة إن الوضع مستقر"_s;     // 6 words

Annotation mark(const QString &text, const QString &words, const QString &label, const QString &annotator,
                AnnotationStatus status = AnnotationStatus::Accepted)
{
    Annotation annotation = ProjectFixtures::span(text, words, label, status);
    REQUIRE(annotation.start >= 0);
    annotation.annotator = annotator;
    return annotation;
}

// salma, omar and huda on two articles (huda on the first only). On the second, salma's and omar's spans
// do not overlap at all, and MISC is a label only omar used.
void fillProject(ProjectStore &project, qint64 *first, qint64 *second)
{
    *first = must(project.addArticle(Article(kFirst, {{BlockRole::Paragraph, 0, kFirst.size()}}),
                                     {mark(kFirst, u"دمشق"_s, u"LOCATION"_s, {}, AnnotationStatus::Suggested)}));
    *second = must(project.addArticle(Article(kSecond, {{BlockRole::Paragraph, 0, kSecond.size()}})));
    const QList<Annotation> firstLayers = {
        mark(kFirst, u"محمد العلي"_s, u"PERSON"_s, u"salma"_s),
        mark(kFirst, u"دمشق"_s, u"LOCATION"_s, u"salma"_s),
        mark(kFirst, u"بيروت"_s, u"LOCATION"_s, u"salma"_s),
        mark(kFirst, u"سارة"_s, u"LOCATION"_s, u"salma"_s, AnnotationStatus::Rejected), // a decision: not counted
        mark(kFirst, u"محمد العلي"_s, u"PERSON"_s, u"omar"_s),
        mark(kFirst, u"دمشق"_s, u"LOCATION"_s, u"omar"_s),
        mark(kFirst, u"سارة"_s, u"PERSON"_s, u"omar"_s),
        mark(kFirst, u"محمد"_s, u"PERSON"_s, u"huda"_s),
        mark(kFirst, u"دمشق"_s, u"LOCATION"_s, u"huda"_s),
        mark(kFirst, u"بيروت"_s, u"LOCATION"_s, u"huda"_s),
        mark(kFirst, u"سارة"_s, u"PERSON"_s, u"huda"_s),
        mark(kFirst, u"محمد العلي"_s, u"PERSON"_s, kCuration.toString()), // the curator is nobody's pair
    };
    for (const Annotation &annotation : firstLayers)
        must(project.addAnnotation(*first, annotation));
    must(project.addAnnotation(*second, mark(kSecond, u"وزارة الصحة"_s, u"ORGANIZATION"_s, u"salma"_s)));
    must(project.addAnnotation(*second, mark(kSecond, u"مستقر"_s, u"MISC"_s, u"omar"_s)));
}

const QJsonObject pairOf(const QJsonObject &report, const QString &a, const QString &b)
{
    for (const QJsonValue pair : report.value(u"pairs"_s).toArray()) {
        if (pair[u"a"_s].toString() == a && pair[u"b"_s].toString() == b)
            return pair.toObject();
    }
    FAIL("no pair " << a.toStdString() << " / " << b.toStdString());
    return {};
}

} // namespace

TEST_CASE("Agreement figures are the ones worked out by hand", "[team][agreement]")
{
    FOR_EACH_BACKEND(backend);
    QTemporaryDir dir;
    const QString location = StoreBackends::newLocation(backend, dir);
    qint64 first = 0, second = 0;
    {
        auto project = ProjectFixtures::createProject(location);
        fillProject(*project, &first, &second);
    }
    // ICU's words are the words between the spaces here.
    CHECK(Agreement::tokens(kFirst).size() == 8);
    CHECK(Agreement::tokens(kSecond + u"، 12.5 %"_s).size() == 7);

    const TestCli::Output run = TestCli::run({u"agreement"_s, u"--json"_s, location});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(report.value(u"annotators"_s).toArray() == QJsonArray{u"huda"_s, u"omar"_s, u"salma"_s});
    REQUIRE(report.value(u"pairs"_s).toArray().size() == 3);

    // omar and salma, omar as reference: 2 of 4 spans each the same; 9 of 14 tokens tagged alike.
    const QJsonObject omarSalma = pairOf(report, u"omar"_s, u"salma"_s);
    CHECK(omarSalma[u"articles"_s].toInt() == 2);
    CHECK(omarSalma[u"annotations"_s][u"a"_s].toInt() == 4);
    CHECK(omarSalma[u"annotations"_s][u"b"_s].toInt() == 4);
    CHECK(omarSalma[u"precision"_s].toDouble() == Approx(0.5));
    CHECK(omarSalma[u"recall"_s].toDouble() == Approx(0.5));
    CHECK(omarSalma[u"f1"_s].toDouble() == Approx(0.5));
    CHECK(omarSalma[u"tokens"_s].toInt() == 14);
    CHECK(omarSalma[u"kappa"_s].toDouble() == Approx(7.0 / 17)); // (9/14 - 77/196) / (1 - 77/196)
    const QJsonObject labels = omarSalma[u"labels"_s].toObject();
    CHECK(labels[u"PERSON"_s][u"f1"_s].toDouble() == Approx(2.0 / 3));
    CHECK(labels[u"PERSON"_s][u"kappa"_s].toDouble() == Approx(47.0 / 61));
    CHECK(labels[u"LOCATION"_s][u"precision"_s].toDouble() == Approx(0.5));
    CHECK(labels[u"LOCATION"_s][u"recall"_s].toDouble() == Approx(1.0));
    CHECK(labels[u"LOCATION"_s][u"kappa"_s].toDouble() == Approx(12.0 / 19));
    // A label only omar used: nothing of salma's to be precise about, nothing found, no agreement by chance.
    CHECK(labels[u"MISC"_s][u"precision"_s].isNull());
    CHECK(labels[u"MISC"_s][u"recall"_s].toDouble() == 0.0);
    CHECK(labels[u"MISC"_s][u"f1"_s].toDouble() == 0.0);
    CHECK(labels[u"MISC"_s][u"kappa"_s].toDouble() == Approx(0.0).margin(1e-12));
    // On the second article their spans do not overlap at all.
    const QJsonArray perArticle = omarSalma[u"per_article"_s].toArray();
    REQUIRE(perArticle.size() == 2);
    CHECK(perArticle[1][u"id"_s].toInteger() == second);
    CHECK(perArticle[1][u"f1"_s].toDouble() == 0.0);
    CHECK(perArticle[1][u"matched"_s].toInt() == 0);

    // huda only annotated the first article: 1 article with each; 6 of 8 tokens alike.
    const QJsonObject hudaOmar = pairOf(report, u"huda"_s, u"omar"_s);
    CHECK(hudaOmar[u"articles"_s].toInt() == 1);
    CHECK(hudaOmar[u"precision"_s].toDouble() == Approx(2.0 / 3));
    CHECK(hudaOmar[u"recall"_s].toDouble() == Approx(0.5));
    CHECK(hudaOmar[u"f1"_s].toDouble() == Approx(4.0 / 7));
    CHECK(hudaOmar[u"kappa"_s].toDouble() == Approx(13.0 / 21));
    CHECK(pairOf(report, u"huda"_s, u"salma"_s)[u"kappa"_s].toDouble() == Approx(13.0 / 21));
    // Fleiss over the first article's 8 tokens: P = 0.75, Pe = 198/576.
    CHECK(report.value(u"fleiss_kappa"_s).toDouble() == Approx((0.75 - 198.0 / 576) / (1 - 198.0 / 576)));

    SECTION("--labels keeps to the labels named")
    {
        const QJsonObject only =
            QJsonDocument::fromJson(
                TestCli::run({u"agreement"_s, u"--json"_s, u"--labels"_s, u"LOCATION"_s, location}).out.toUtf8())
                .object();
        const QJsonObject pair = pairOf(only, u"omar"_s, u"salma"_s);
        CHECK(pair[u"labels"_s].toObject().keys() == QStringList{u"LOCATION"_s});
        CHECK(pair[u"f1"_s].toDouble() == Approx(2.0 / 3));
    }
    SECTION("--done-only keeps to the articles both marked done")
    {
        {
            auto project = ProjectFixtures::openProject(location);
            must(project->setDone(first, u"omar"_s, true));
            must(project->setDone(first, u"salma"_s, true));
        }
        const QJsonObject done =
            QJsonDocument::fromJson(
                TestCli::run({u"agreement"_s, u"--json"_s, u"--done-only"_s, location}).out.toUtf8())
                .object();
        const QJsonObject pair = pairOf(done, u"omar"_s, u"salma"_s);
        CHECK(pair[u"articles"_s].toInt() == 1);
        CHECK(pair[u"f1"_s].toDouble() == Approx(2.0 / 3));
        // huda marked nothing done: nothing to compare with her, and no article all three finished.
        CHECK(pairOf(done, u"huda"_s, u"omar"_s)[u"articles"_s].toInt() == 0);
        CHECK(pairOf(done, u"huda"_s, u"omar"_s)[u"f1"_s].isNull());
        CHECK(done.value(u"fleiss_kappa"_s).isNull());
    }
    SECTION("an annotator who shares no article with the others")
    {
        {
            auto project = ProjectFixtures::openProject(location);
            const QString third = u"وصل الوفد أمس"_s;
            const qint64 id = must(project->addArticle(Article(third, {{BlockRole::Paragraph, 0, third.size()}})));
            must(project->addAnnotation(id, mark(third, u"الوفد"_s, u"ORGANIZATION"_s, u"ali"_s)));
        }
        const QJsonObject report4 =
            QJsonDocument::fromJson(TestCli::run({u"agreement"_s, u"--json"_s, location}).out.toUtf8()).object();
        const QJsonObject pair = pairOf(report4, u"ali"_s, u"salma"_s);
        CHECK(pair[u"articles"_s].toInt() == 0);
        CHECK(pair[u"kappa"_s].isNull());
        CHECK(report4.value(u"fleiss_kappa"_s).isNull()); // no article all four annotated
        const QString table = TestCli::run({u"agreement"_s, location}).out;
        CHECK(table.contains(u"omar and salma: 2 articles, 4 and 4 annotations, 2 the same"_s));
    }
}

TEST_CASE("Python, reading each annotator's export, finds the same agreement figures", "[team][agreement]")
{
#ifndef HAMISH_PYTHON3
    HAMISH_SKIP("python3 was not found when the tests were configured");
#else
    QTemporaryDir dir;
    const QString location = dir.filePath(u"team.hamish"_s);
    qint64 first = 0, second = 0;
    fillProject(*ProjectFixtures::createProject(location), &first, &second);
    for (const QString &name : {u"salma"_s, u"omar"_s, u"huda"_s}) {
        REQUIRE(TestCli::run({u"export"_s, location, u"--format"_s, u"json"_s, u"--annotator"_s, name, u"-o"_s,
                              dir.filePath(name + u".json"_s)})
                    .status
                == 0);
    }
    const TestCli::Output run = TestCli::run({u"agreement"_s, u"--json"_s, location});
    REQUIRE(run.status == 0);
    const QString ours = dir.filePath(u"agreement.json"_s);
    {
        QFile file(ours);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(run.out.toUtf8());
    }
    QProcess python;
    python.start(QStringLiteral(HAMISH_PYTHON3),
                 {QStringLiteral(HAMISH_SOURCE_DIR "/tests/core/agreement_check.py"), ours,
                  dir.filePath(u"huda.json"_s), dir.filePath(u"omar.json"_s), dir.filePath(u"salma.json"_s)});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    const QString out = QString::fromUtf8(python.readAllStandardOutput());
    INFO(out.toStdString());
    CHECK(python.exitCode() == 0);
    CHECK(out.contains(u"3 pairs agree"_s));
#endif
}
