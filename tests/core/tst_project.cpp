// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "core/storage/Project.h"
#include "core/storage/ProjectSchema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// Runs raw SQL on a file outside Project, as an older Hamish or another program would have written it.
void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = u"raw-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Project> createProject(const QString &path)
{
    ProjectOpenResult result = Project::create(path);
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    return std::move(result.project);
}

} // namespace

TEST_CASE("A project keeps articles, annotations, labels and settings across reopening", "[project]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"news.hamish"_s);
    const Article article = ProjectFixtures::emojiArticle();
    const QList<Annotation> annotations = ProjectFixtures::emojiAnnotations();
    qint64 articleId = 0;
    {
        auto project = createProject(path);
        CHECK_FALSE(project->isReadOnly());
        CHECK(project->labels().size() == defaultLabels().size());
        articleId = project->addArticle(article, annotations);
        REQUIRE(articleId != 0);
        CHECK(project->setSetting(u"lastArticle"_s, articleId));
        CHECK(project->setSetting(u"scroll"_s, 0.25));
    }
    ProjectOpenResult reopened = Project::open(path);
    REQUIRE(reopened.ok());
    Project &project = *reopened.project;

    const QList<ArticleSummary> articles = project.articles();
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].id == articleId);
    CHECK(articles[0].title == article.title());
    CHECK(articles[0].sha256 == article.sha256());
    CHECK(articles[0].counts == AnnotationCounts{2, 3, 1});

    const std::optional<Article> stored = project.article(articleId);
    REQUIRE(stored);
    CHECK(stored->text() == article.text());
    CHECK(stored->blocks() == article.blocks());
    CHECK(stored->sourcePath() == article.sourcePath());
    CHECK(stored->encoding() == u"UTF-8");
    CHECK(stored->sha256() == article.sha256());

    const QList<Annotation> loaded = project.annotations(articleId);
    REQUIRE(loaded.size() == annotations.size());
    for (const Annotation &expected : annotations) {
        const auto it = std::find_if(loaded.begin(), loaded.end(), [&](const Annotation &a) {
            return a.start == expected.start && a.end == expected.end && a.label == expected.label;
        });
        REQUIRE(it != loaded.end());
        CHECK(it->status == expected.status);
        CHECK(it->value == expected.value);
        CHECK(it->note == expected.note);
        CHECK(it->confidence == expected.confidence);
        CHECK(it->origin == expected.origin);
        CHECK(it->author == expected.author);
        CHECK(it->created.isValid());
    }
    // Ordered by start, longest first: QUANTITY "2500 طن" before the NUMBER nested in it.
    const auto quantity =
        std::find_if(loaded.begin(), loaded.end(), [](const Annotation &a) { return a.label == u"QUANTITY"; });
    REQUIRE(quantity + 1 != loaded.end());
    CHECK((quantity + 1)->label == u"NUMBER");

    CHECK(project.setting(u"lastArticle"_s).toLongLong() == articleId);
    CHECK(project.setting(u"scroll"_s).toDouble() == 0.25);
    CHECK(project.setting(u"missing"_s, u"fallback"_s).toString() == u"fallback");
}

TEST_CASE("Project edits update, remove and restore annotations by id", "[project]")
{
    QTemporaryDir dir;
    auto project = createProject(dir.filePath(u"p.hamish"_s));
    const qint64 articleId = project->addArticle(ProjectFixtures::emojiArticle());
    REQUIRE(articleId != 0);
    Annotation annotation = ProjectFixtures::emojiAnnotations().first();
    annotation.id = project->addAnnotation(articleId, annotation);
    REQUIRE(annotation.id != 0);

    annotation.label = u"ORGANIZATION"_s;
    annotation.status = AnnotationStatus::Rejected;
    annotation.note = u"ليس شخصا"_s;
    REQUIRE(project->updateAnnotation(annotation));
    QList<Annotation> stored = project->annotations(articleId);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].label == u"ORGANIZATION");
    CHECK(stored[0].note == u"ليس شخصا");
    CHECK(project->counts(articleId) == AnnotationCounts{0, 0, 1});

    REQUIRE(project->removeAnnotation(annotation.id));
    CHECK(project->annotations(articleId).isEmpty());
    CHECK_FALSE(project->removeAnnotation(annotation.id));
    // Undoing a removal puts the same annotation back under the same id.
    CHECK(project->addAnnotation(articleId, stored[0]) == annotation.id);

    SECTION("spans outside the text and unknown labels are refused with a reason")
    {
        Annotation bad = stored[0];
        bad.id = 0;
        bad.end = ProjectFixtures::emojiArticle().text().size() + 1;
        CHECK(project->addAnnotation(articleId, bad) == 0);
        CHECK(project->lastError().contains(u"not inside"_s));
        bad.end = bad.start;
        CHECK(project->addAnnotation(articleId, bad) == 0);
        bad.end = bad.start + 2;
        bad.label = u"VEHICLE"_s;
        CHECK(project->addAnnotation(articleId, bad) == 0);
        CHECK(project->lastError().contains(u"VEHICLE"_s));
        CHECK(project->annotations(articleId).size() == 1);
    }
    SECTION("removing an article removes its annotations")
    {
        REQUIRE(project->removeArticle(articleId));
        CHECK(project->articles().isEmpty());
        CHECK(project->annotations(articleId).isEmpty());
        CHECK_FALSE(project->article(articleId));
    }
    SECTION("a failing transaction leaves nothing behind")
    {
        const bool committed = project->transaction([&] {
            project->addArticle(ProjectFixtures::emojiArticle());
            Annotation unknown = stored[0];
            unknown.id = 0;
            unknown.label = u"VEHICLE"_s;
            project->addAnnotation(articleId, unknown); // fails: the whole transaction rolls back
            return true;
        });
        CHECK_FALSE(committed);
        CHECK(project->articles().size() == 1);
    }
}

TEST_CASE("Labels can be added, renamed and removed when unused", "[project]")
{
    QTemporaryDir dir;
    auto project = createProject(dir.filePath(u"p.hamish"_s));
    const qint64 event = project->addLabel({0, u"EVENT"_s, u"#123456"_s, u"0"_s});
    REQUIRE(event != 0);
    CHECK(project->addLabel({0, u"EVENT"_s, u"#000000"_s, {}}) == 0);
    const qint64 articleId = project->addArticle(ProjectFixtures::emojiArticle());
    Annotation annotation = ProjectFixtures::emojiAnnotations().first();
    annotation.label = u"EVENT"_s;
    REQUIRE(project->addAnnotation(articleId, annotation) != 0);

    REQUIRE(project->updateLabel({event, u"HAPPENING"_s, u"#654321"_s, {}}));
    CHECK(project->annotations(articleId).first().label == u"HAPPENING");
    CHECK_FALSE(project->updateLabel({event, u"PERSON"_s, u"#654321"_s, {}}));
    CHECK_FALSE(project->removeLabel(event));
    CHECK(project->lastError().contains(u"1 annotations use this label"_s));
    REQUIRE(project->removeAnnotation(project->annotations(articleId).first().id));
    CHECK(project->removeLabel(event));
    CHECK(project->labels().size() == defaultLabels().size());
}

TEST_CASE("Replacing the label set renames, swaps, recolours, adds and deletes across every article", "[project]")
{
    QTemporaryDir dir;
    auto project = createProject(dir.filePath(u"p.hamish"_s));
    const qint64 first = project->addArticle(ProjectFixtures::emojiArticle(), ProjectFixtures::emojiAnnotations());
    Hamish::Article copy = ProjectFixtures::emojiArticle();
    copy = Hamish::Article(copy.text() + u" ", copy.blocks());
    const qint64 second = project->addArticle(copy, ProjectFixtures::emojiAnnotations());
    REQUIRE(first != 0);
    REQUIRE(second != 0);
    CHECK(project->labelUsage(u"LOCATION"_s) == 4);

    QList<Label> labels = project->labels();
    QHash<QString, QString> renames;
    for (Label &label : labels) {
        if (label.name == u"PERSON") // swapped with ORGANIZATION
            label.name = u"ORGANIZATION"_s;
        else if (label.name == u"ORGANIZATION")
            label.name = u"PERSON"_s;
        else if (label.name == u"LOCATION")
            label = {label.id, u"PLACE"_s, u"#112233"_s, u"P"_s};
    }
    renames = {{u"PERSON"_s, u"ORGANIZATION"_s}, {u"ORGANIZATION"_s, u"PERSON"_s}, {u"LOCATION"_s, u"PLACE"_s}};
    labels.removeIf([](const Label &label) { return label.name == u"NUMBER"; }); // deleted
    labels.append({0, u"EVENT"_s, u"#abcdef"_s, {}});
    REQUIRE(project->replaceLabels(labels, renames));

    QStringList names;
    for (const Label &label : project->labels())
        names += label.name;
    CHECK(names.contains(u"PLACE"_s));
    CHECK(names.contains(u"EVENT"_s));
    CHECK_FALSE(names.contains(u"LOCATION"_s));
    CHECK_FALSE(names.contains(u"NUMBER"_s));
    CHECK(names.size() == defaultLabels().size());
    for (const qint64 article : {first, second}) {
        QStringList annotated;
        for (const Annotation &annotation : project->annotations(article))
            annotated += annotation.label;
        CHECK(annotated == QStringList{u"ORGANIZATION"_s, u"PLACE"_s, u"PERSON"_s, u"QUANTITY"_s, u"PLACE"_s});
    }
    for (const Label &label : project->labels()) {
        if (label.name == u"PLACE") {
            CHECK(label.colour == u"#112233");
            CHECK(label.shortcut == u"P");
        }
    }

    // A set that cannot be (two labels of one name) changes nothing.
    const QList<Label> before = project->labels();
    CHECK_FALSE(project->replaceLabels({{0, u"A"_s, u"#000000"_s, {}}, {0, u"A"_s, u"#ffffff"_s, {}}}, {}));
    CHECK(project->labels() == before);
}

TEST_CASE("Files that are not current projects are refused and left untouched", "[project]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"file.hamish"_s);
    ProjectError expected = ProjectError::None;
    QString words;

    SECTION("a text file")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(TestText::arabicParagraph().toUtf8().repeated(20));
        file.close();
        expected = ProjectError::NotAProject;
        words = u"not an SQLite database"_s;
    }
    SECTION("an SQLite database of another program")
    {
        rawSql(path, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                      u"INSERT INTO notes (body) VALUES ('hello')"_s});
        expected = ProjectError::NotAProject;
        words = u"not a Hamish project"_s;
    }
    SECTION("a project from a newer Hamish")
    {
        createProject(path).reset();
        rawSql(path, {u"PRAGMA user_version = "_s + QString::number(ProjectSchema::kVersion + 1)});
        expected = ProjectError::NewerVersion;
        words = u"newer version"_s;
    }
    SECTION("a damaged project")
    {
        {
            auto project = createProject(path);
            for (int i = 0; i < 40; ++i)
                project->addArticle(ProjectFixtures::emojiArticle());
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 8192);
        // Overwrite the middle pages (the tables' b-trees), keeping the header intact.
        file.seek(4096);
        file.write(QByteArray(int(size - 8192), '\x5a'));
        file.close();
        expected = ProjectError::Corrupt;
        words = u"damaged"_s;
    }
    const QByteArray before = ProjectFixtures::fileBytes(path);
    REQUIRE_FALSE(before.isEmpty());
    for (Project::OpenMode mode : {Project::OpenMode::ReadWrite, Project::OpenMode::ReadOnly}) {
        const ProjectOpenResult result = Project::open(path, mode);
        CHECK_FALSE(result.ok());
        CHECK(result.error == expected);
        CHECK(result.message.contains(words));
        CHECK(result.message.contains(u"file.hamish"_s));
        CHECK(result.message.contains(u"not changed"_s));
    }
    CHECK(ProjectFixtures::fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + u".lock"_s));
}

TEST_CASE("Create refuses to overwrite and open reports a missing file", "[project]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    createProject(path).reset();
    const QByteArray before = ProjectFixtures::fileBytes(path);
    const ProjectOpenResult again = Project::create(path);
    CHECK(again.error == ProjectError::AlreadyExists);
    CHECK(ProjectFixtures::fileBytes(path) == before);
    CHECK(Project::open(dir.filePath(u"missing.hamish"_s)).error == ProjectError::NotFound);
}

TEST_CASE("A project open in another Hamish opens read-only with a message", "[project]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.hamish"_s);
    auto first = createProject(path);
    const qint64 articleId = first->addArticle(ProjectFixtures::emojiArticle());

    ProjectOpenResult second = Project::open(path);
    REQUIRE(second.ok());
    CHECK(second.project->isReadOnly());
    CHECK(second.message.contains(u"open in another Hamish"_s));
    CHECK(second.message.contains(u"read-only"_s));
    // Reading works, writing is refused with the reason.
    CHECK(second.project->articles().size() == 1);
    CHECK(second.project->addAnnotation(articleId, ProjectFixtures::emojiAnnotations().first()) == 0);
    CHECK(second.project->lastError().contains(u"read-only"_s));
    // Edits the first makes are visible to the reader.
    REQUIRE(first->addAnnotation(articleId, ProjectFixtures::emojiAnnotations().first()) != 0);
    CHECK(second.project->annotations(articleId).size() == 1);

    second.project.reset();
    first.reset();
    ProjectOpenResult third = Project::open(path);
    REQUIRE(third.ok());
    CHECK_FALSE(third.project->isReadOnly());
}

TEST_CASE("Save a Copy writes a complete project and leaves the original open", "[project]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    const QString copyPath = dir.filePath(u"copy.hamish"_s);
    auto project = createProject(path);
    const qint64 articleId = project->addArticle(ProjectFixtures::emojiArticle(), ProjectFixtures::emojiAnnotations());
    project->setSetting(u"lastArticle"_s, articleId);
    QFile::remove(copyPath);
    {
        QFile stale(copyPath);
        REQUIRE(stale.open(QIODevice::WriteOnly));
        stale.write("an older file that the copy replaces");
    }
    REQUIRE(project->saveCopy(copyPath));
    CHECK_FALSE(project->saveCopy(path));
    REQUIRE(project->addAnnotation(articleId, ProjectFixtures::span(TestText::emojiNews(), u"الأحد"_s, u"DATE"_s)));

    ProjectOpenResult copy = Project::open(copyPath);
    REQUIRE(copy.ok());
    CHECK_FALSE(copy.project->isReadOnly());
    CHECK(copy.project->annotations(articleId).size() == ProjectFixtures::emojiAnnotations().size());
    CHECK(copy.project->article(articleId)->text() == TestText::emojiNews());
    CHECK(copy.project->setting(u"lastArticle"_s).toLongLong() == articleId);
    CHECK(copy.project->checkIntegrity());
    CHECK(project->annotations(articleId).size() == ProjectFixtures::emojiAnnotations().size() + 1);
}
