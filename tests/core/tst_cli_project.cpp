// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "../StoreBackends.h"
#include "../TestCli.h"
#include "../TestFiles.h"
#include "core/storage/ProjectStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;
using TestCli::Output;

TEST_CASE("hamish new, add, import and export work on one project", "[cli][project]")
{
    FOR_EACH_BACKEND(backend);
    QTemporaryDir dir;
    const QString project = StoreBackends::newLocation(backend, dir, u"news.hamish"_s);
    const QString first = TestFiles::writeText(dir, u"one.txt"_s, TestText::emojiNews());
    const QString second = TestFiles::writeText(dir, u"two.txt"_s, TestText::arabicParagraph());

    const Output created = TestCli::run({u"new"_s, project, first});
    INFO(created.err.toStdString());
    REQUIRE(created.status == 0);
    CHECK(created.out.contains(u"article 1"_s));
    // The engine's suggestions are stored with the article.
    const QRegularExpressionMatch suggested = QRegularExpression(u"\\((\\d+) suggestions\\)"_s).match(created.out);
    REQUIRE(suggested.hasMatch());
    CHECK(suggested.captured(1).toInt() > 0);
    {
        const auto opened = ProjectFixtures::openProject(project, ProjectStore::OpenMode::ReadOnly);
        CHECK(ProjectFixtures::must(opened->counts(1)).suggested == suggested.captured(1).toInt());
    }
    CHECK(TestCli::run({u"new"_s, project, first}).err.contains(u"already"_s));

    const Output added = TestCli::run({u"add"_s, project, second, first});
    CHECK(added.status == 0);
    CHECK(added.out.contains(u"article 2"_s));
    CHECK(added.err.contains(u"already in the project as article 1"_s));

    // doccano JSONL for the first article's text: one good span, one unknown label.
    const QString jsonl = dir.filePath(u"labels.jsonl"_s);
    {
        QFile file(jsonl);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QJsonObject line{{u"text"_s, TestText::emojiNews()},
                               {u"label"_s, QJsonArray{QJsonArray{8, 18, u"PERSON"_s}, QJsonArray{22, 26, u"CITY"_s}}}};
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    const Output imported = TestCli::run({u"import"_s, project, jsonl});
    CHECK(imported.status == 3); // imported, with something skipped
    // The model already suggested the person: the file's annotation accepts that suggestion.
    CHECK(imported.out.contains(u"Imported 0 annotations"_s));
    CHECK(imported.out.contains(u"1 suggestions accepted or rejected as the file says"_s));
    CHECK(imported.out.contains(u"no label \"CITY\""_s));
    const Output withLabels = TestCli::run({u"import"_s, u"--create-labels"_s, project, jsonl});
    CHECK(withLabels.status == 0);
    CHECK(withLabels.out.contains(u"1 new labels"_s));
    CHECK(withLabels.out.contains(u"1 duplicate"_s));

    const Output info = TestCli::run({u"info"_s, project});
    CHECK(info.out.contains(u"\n1\t2\t"_s)); // article 1: two accepted
    CHECK(info.out.contains(u"CITY"_s));

    const Output json =
        TestCli::run({u"export"_s, project, u"--format"_s, u"json"_s, u"--article"_s, u"1"_s, u"--accepted-only"_s});
    REQUIRE(json.status == 0);
    const QJsonArray documents = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"documents"_s).toArray();
    REQUIRE(documents.size() == 1);
    const QJsonArray annotations = documents[0].toObject().value(u"annotations"_s).toArray();
    REQUIRE(annotations.size() == 2);
    CHECK(annotations[0].toObject().value(u"text"_s).toString() == u"محمد العلي");

    const QString out = dir.filePath(u"out.conll"_s);
    CHECK(TestCli::run({u"export"_s, project, u"--format"_s, u"conll"_s, u"-o"_s, out}).status == 0);
    CHECK(QString::fromUtf8(ProjectFixtures::fileBytes(out)).contains(u"محمد\tB-PERSON\nالعلي\tI-PERSON\n"_s));
    CHECK(TestCli::run({u"export"_s, project, u"--format"_s, u"brat"_s, u"-o"_s, dir.filePath(u"brat"_s)}).status == 0);
    CHECK(QFile::exists(dir.filePath(u"brat/article-2.ann"_s)));
}

TEST_CASE("hamish add suggests what the user already labelled in the project", "[cli][project]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"news.hamish"_s);
    REQUIRE(TestCli::run({u"new"_s, project,
                          TestFiles::writeText(dir, u"one.txt"_s, u"قال ناطق باسم جيش الفتح إن الهجوم بدأ."_s)})
                .status
            == 0);
    {
        // The user labels the group as an organisation (the model does not know the name).
        const auto opened = ProjectFixtures::openProject(project);
        const QString text = ProjectFixtures::must(opened->article(1)).text();
        Annotation annotation;
        annotation.start = text.indexOf(u"جيش الفتح");
        annotation.end = annotation.start + 9;
        annotation.label = u"ORGANIZATION"_s;
        annotation.status = AnnotationStatus::Accepted;
        annotation.origin = u"user"_s;
        REQUIRE(opened->addAnnotation(1, annotation));
    }
    const QString second = TestFiles::writeText(dir, u"two.txt"_s, u"وأعلن ولجيش الفتح مقاتلون في إدلب."_s);
    REQUIRE(TestCli::run({u"add"_s, project, second}).status == 0);

    const Output json = TestCli::run({u"export"_s, project, u"--format"_s, u"json"_s, u"--article"_s, u"2"_s});
    REQUIRE(json.status == 0);
    const QJsonArray documents = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"documents"_s).toArray();
    REQUIRE(documents.size() == 1);
    QStringList learnt;
    for (const QJsonValue &value : documents[0].toObject().value(u"annotations"_s).toArray()) {
        const QJsonObject annotation = value.toObject();
        if (annotation.value(u"origin"_s).toString() == u"lexicon")
            learnt += annotation.value(u"label"_s).toString() + u':' + annotation.value(u"text"_s).toString() + u':'
                      + annotation.value(u"status"_s).toString();
    }
    // Behind the clitics و + ل, and only the name.
    CHECK(learnt == QStringList{u"ORGANIZATION:جيش الفتح:suggested"_s});
}

TEST_CASE("Project commands report bad input on stderr with a non-zero status", "[cli][project]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"p.hamish"_s);
    REQUIRE(TestCli::run({u"new"_s, project}).status == 0);

    const Output missingFile = TestCli::run({u"add"_s, project, dir.filePath(u"nope.txt"_s)});
    CHECK(missingFile.status == 1);
    CHECK(missingFile.err.contains(u"does not exist"_s));

    const Output notProject =
        TestCli::run({u"export"_s, TestFiles::writeText(dir, u"x.txt"_s, u"نص"_s), u"--format"_s, u"json"_s});
    CHECK(notProject.status == 1);
    CHECK(notProject.err.contains(u"not a Hamish project"_s));

    const Output badFormat = TestCli::run({u"export"_s, project, u"--format"_s, u"xml"_s});
    CHECK(badFormat.status == 2);
    CHECK(badFormat.err.contains(u"Usage"_s));

    const Output brat = TestCli::run({u"export"_s, project, u"--format"_s, u"brat"_s});
    CHECK(brat.status == 2);
    CHECK(brat.err.contains(u"-o"_s));

    const Output badJson =
        TestCli::run({u"import"_s, project, TestFiles::writeText(dir, u"bad.json"_s, u"{\"documents\": ["_s)});
    CHECK(badJson.status == 1);
    CHECK(badJson.err.contains(u"not valid JSON"_s));
    CHECK(badJson.err.contains(u"Nothing was imported"_s));

    const Output noArticle = TestCli::run({u"export"_s, project, u"--format"_s, u"json"_s, u"--article"_s, u"9"_s});
    CHECK(noArticle.status == 1);
    CHECK(noArticle.err.contains(u"no article 9"_s));
}

TEST_CASE("hamish train --project stores a model trained on the reviewed names for the next suggestions",
          "[cli][project][tagger]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"news.hamish"_s);
    const QString first = TestFiles::writeText(dir, u"one.txt"_s, u"زار كوستاس القاهرة أمس. ووصل أحمد إلى دمشق."_s);
    REQUIRE(TestCli::run({u"new"_s, project, first}).status == 0);
    const QString data = TestFiles::writeText(dir, u"data.conll"_s,
                                              u"زار O\nمحمد B-PERS\nالقاهرة B-LOC\n\nوصل O\nأحمد B-PERS\nإلى O\n"
                                              u"دمشق B-LOC\n"_s);
    // Nothing reviewed yet: nothing to learn from.
    const Output early = TestCli::run({u"train"_s, u"--project"_s, project, u"--data"_s, data, u"--epochs"_s, u"3"_s});
    CHECK(early.status == 1);
    CHECK(early.err.contains(u"no reviewed sentence"_s));
    {
        Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(project);
        REQUIRE(opened);
        ProjectStore &store = **opened;
        const QString text = store.article(1)->text();
        // The user decides every suggestion of the first sentence and adds the name the engine missed.
        for (Annotation annotation : store.annotations(1).valueOr({})) {
            if (annotation.start < text.indexOf(u'.')) {
                annotation.status = AnnotationStatus::Rejected;
                REQUIRE(store.updateAnnotation(annotation));
            }
        }
        Annotation name = ProjectFixtures::span(text, u"كوستاس"_s, u"PERSON"_s);
        REQUIRE(store.addAnnotation(1, name));
    }
    const Output trained = TestCli::run({u"train"_s, u"--project"_s, project, u"--data"_s, data});
    INFO(trained.err.toStdString());
    REQUIRE(trained.status == 0);
    CHECK(trained.out.contains(u"trained on 1 reviewed sentences of the project (1 articles)"_s));
    {
        Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(project, ProjectStore::OpenMode::ReadOnly);
        REQUIRE(opened);
        CHECK((*opened)->setting(u"tagger/model"_s).valueOr({}).toByteArray().startsWith("HAMISHTG"));
    }
    // The next article's suggestions come from that model (no warning); a damaged one is reported and skipped.
    const QString second = TestFiles::writeText(dir, u"two.txt"_s, u"وقال كوستاس إن القاهرة مدينة كبيرة."_s);
    const Output added = TestCli::run({u"add"_s, project, second});
    CHECK(added.status == 0);
    CHECK_FALSE(added.err.contains(u"warning"_s));
    {
        Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(project);
        REQUIRE(opened);
        REQUIRE((*opened)->setSetting(u"tagger/model"_s, QByteArray("HAMISHTG broken")));
    }
    const QString third = TestFiles::writeText(dir, u"three.txt"_s, u"ووصل أحمد إلى دمشق أمس."_s);
    const Output damaged = TestCli::run({u"add"_s, project, third});
    CHECK(damaged.status == 0);
    CHECK(damaged.err.contains(u"The project's own entity model is unusable"_s));
}
