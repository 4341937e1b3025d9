// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "core/storage/ProjectSchema.h"
#include "core/storage/ProjectStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;
using ProjectFixtures::createProject;
using ProjectFixtures::failure;
using ProjectFixtures::must;

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
        CHECK(must(project->labels()).size() == defaultLabels().size());
        articleId = must(project->addArticle(article, annotations));
        REQUIRE(articleId != 0);
        CHECK(project->setSetting(u"lastArticle"_s, articleId));
        CHECK(project->setSetting(u"scroll"_s, 0.25));
    }
    const auto reopened = ProjectFixtures::openProject(path);
    ProjectStore &project = *reopened;

    const QList<ArticleSummary> articles = must(project.articles());
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].id == articleId);
    CHECK(articles[0].title == article.title());
    CHECK(articles[0].sha256 == article.sha256());
    CHECK(articles[0].counts == AnnotationCounts{2, 3, 1});

    const Result<Article> stored = project.article(articleId);
    REQUIRE(stored);
    CHECK(stored->text() == article.text());
    CHECK(stored->blocks() == article.blocks());
    CHECK(stored->sourcePath() == article.sourcePath());
    CHECK(stored->encoding() == u"UTF-8");
    CHECK(stored->sha256() == article.sha256());

    const QList<Annotation> loaded = must(project.annotations(articleId));
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

    CHECK(must(project.setting(u"lastArticle"_s)).toLongLong() == articleId);
    CHECK(must(project.setting(u"scroll"_s)).toDouble() == 0.25);
    CHECK_FALSE(must(project.setting(u"missing"_s)).isValid());
    CHECK(project.setSetting(u"scroll"_s, QVariant()));
    CHECK_FALSE(must(project.setting(u"scroll"_s)).isValid());
}

TEST_CASE("Project edits update, remove and restore annotations by id", "[project]")
{
    QTemporaryDir dir;
    auto project = createProject(dir.filePath(u"p.hamish"_s));
    const qint64 articleId = must(project->addArticle(ProjectFixtures::emojiArticle()));
    REQUIRE(articleId != 0);
    Annotation annotation = ProjectFixtures::emojiAnnotations().first();
    annotation.id = must(project->addAnnotation(articleId, annotation));
    REQUIRE(annotation.id != 0);

    annotation.label = u"ORGANIZATION"_s;
    annotation.status = AnnotationStatus::Rejected;
    annotation.note = u"ليس شخصا"_s;
    REQUIRE(project->updateAnnotation(annotation));
    QList<Annotation> stored = must(project->annotations(articleId));
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].label == u"ORGANIZATION");
    CHECK(stored[0].note == u"ليس شخصا");
    CHECK(must(project->counts(articleId)) == AnnotationCounts{0, 0, 1});

    REQUIRE(project->removeAnnotation(annotation.id));
    CHECK(must(project->annotations(articleId)).isEmpty());
    CHECK(project->removeAnnotation(annotation.id).error().kind() == Error::Kind::NotFound);
    // An update of an annotation that is gone says so (the store inserts it instead).
    CHECK(project->updateAnnotation(stored[0]).error().kind() == Error::Kind::NotFound);
    // Undoing a removal puts the same annotation back under the same id.
    CHECK(must(project->addAnnotation(articleId, stored[0])) == annotation.id);

    SECTION("spans outside the text and unknown labels are refused with a reason")
    {
        Annotation bad = stored[0];
        bad.id = 0;
        bad.end = ProjectFixtures::emojiArticle().text().size() + 1;
        CHECK(failure(project->addAnnotation(articleId, bad)).contains(u"not inside"_s));
        bad.end = bad.start;
        CHECK_FALSE(project->addAnnotation(articleId, bad));
        bad.end = bad.start + 2;
        bad.label = u"VEHICLE"_s;
        CHECK(failure(project->addAnnotation(articleId, bad)).contains(u"VEHICLE"_s));
        CHECK(must(project->annotations(articleId)).size() == 1);
    }
    SECTION("removing an article removes its annotations")
    {
        REQUIRE(project->removeArticle(articleId));
        CHECK(must(project->articles()).isEmpty());
        CHECK(failure(project->article(articleId)).contains(u"no article"_s));
        // The article and its annotations are gone: an annotation cannot be stored for it any more.
        CHECK(project->addAnnotation(articleId, stored[0]).error().kind() == Error::Kind::NotFound);
    }
    SECTION("a failing transaction leaves nothing behind")
    {
        const Result<void> committed = project->transaction([&]() -> Result<void> {
            (void)project->addArticle(ProjectFixtures::emojiArticle());
            Annotation unknown = stored[0];
            unknown.id = 0;
            unknown.label = u"VEHICLE"_s;
            (void)project->addAnnotation(articleId, unknown); // fails: the whole transaction rolls back
            // Once an edit has failed, nothing later in the transaction reaches the project on its own.
            CHECK_FALSE(project->setSetting(u"after"_s, 1));
            return {}; // even when the work ignores the failure
        });
        CHECK(failure(committed).contains(u"VEHICLE"_s));
        CHECK(must(project->articles()).size() == 1);
        CHECK_FALSE(must(project->setting(u"after"_s)).isValid());
    }
    SECTION("changes are told once they are committed, and never for a rollback")
    {
        QList<ProjectChange> told;
        QObject::connect(project.get(), &ProjectStore::changed,
                         [&](const ProjectChange &change) { told.append(change); });
        REQUIRE(project->setSetting(u"k"_s, 1));
        CHECK(told == QList<ProjectChange>{{ProjectChange::Kind::SettingChanged, 0, u"k"_s}});
        told.clear();
        CHECK_FALSE(project->transaction([&]() -> Result<void> {
            CHECK(project->removeAnnotation(stored[0].id));
            CHECK(told.isEmpty()); // not before the commit
            return Error(u"stop"_s);
        }));
        CHECK(told.isEmpty());
        REQUIRE(project->transaction([&]() -> Result<void> { return project->removeAnnotation(stored[0].id); }));
        CHECK(told == QList<ProjectChange>{{ProjectChange::Kind::AnnotationsChanged, articleId, {}}});
    }
}

TEST_CASE("Labels can be added, renamed and removed when unused", "[project]")
{
    QTemporaryDir dir;
    auto project = createProject(dir.filePath(u"p.hamish"_s));
    const qint64 event = must(project->addLabel({0, u"EVENT"_s, u"#123456"_s, u"0"_s}));
    REQUIRE(event != 0);
    CHECK(project->addLabel({0, u"EVENT"_s, u"#000000"_s, {}}).error().kind() == Error::Kind::AlreadyExists);
    const qint64 articleId = must(project->addArticle(ProjectFixtures::emojiArticle()));
    Annotation annotation = ProjectFixtures::emojiAnnotations().first();
    annotation.label = u"EVENT"_s;
    REQUIRE(project->addAnnotation(articleId, annotation));

    REQUIRE(project->updateLabel({event, u"HAPPENING"_s, u"#654321"_s, {}}));
    CHECK(must(project->annotations(articleId)).first().label == u"HAPPENING");
    CHECK_FALSE(project->updateLabel({event, u"PERSON"_s, u"#654321"_s, {}}));
    CHECK(failure(project->removeLabel(event)).contains(u"1 annotations use this label"_s));
    REQUIRE(project->removeAnnotation(must(project->annotations(articleId)).first().id));
    CHECK(project->removeLabel(event));
    CHECK(must(project->labels()).size() == defaultLabels().size());
}

TEST_CASE("Replacing the label set renames, swaps, recolours, adds and deletes across every article", "[project]")
{
    QTemporaryDir dir;
    auto project = createProject(dir.filePath(u"p.hamish"_s));
    const qint64 first =
        must(project->addArticle(ProjectFixtures::emojiArticle(), ProjectFixtures::emojiAnnotations()));
    Hamish::Article copy = ProjectFixtures::emojiArticle();
    copy = Hamish::Article(copy.text() + u" ", copy.blocks());
    const qint64 second = must(project->addArticle(copy, ProjectFixtures::emojiAnnotations()));
    REQUIRE(first != 0);
    REQUIRE(second != 0);
    CHECK(must(project->labelUsage(u"LOCATION"_s)) == 4);

    QList<Label> labels = must(project->labels());
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
    for (const Label &label : must(project->labels()))
        names += label.name;
    CHECK(names.contains(u"PLACE"_s));
    CHECK(names.contains(u"EVENT"_s));
    CHECK_FALSE(names.contains(u"LOCATION"_s));
    CHECK_FALSE(names.contains(u"NUMBER"_s));
    CHECK(names.size() == defaultLabels().size());
    for (const qint64 article : {first, second}) {
        QStringList annotated;
        for (const Annotation &annotation : must(project->annotations(article)))
            annotated += annotation.label;
        CHECK(annotated == QStringList{u"ORGANIZATION"_s, u"PLACE"_s, u"PERSON"_s, u"QUANTITY"_s, u"PLACE"_s});
    }
    for (const Label &label : must(project->labels())) {
        if (label.name == u"PLACE") {
            CHECK(label.colour == u"#112233");
            CHECK(label.shortcut == u"P");
        }
    }

    // A set that cannot be (two labels of one name) changes nothing.
    const QList<Label> before = must(project->labels());
    CHECK_FALSE(project->replaceLabels({{0, u"A"_s, u"#000000"_s, {}}, {0, u"A"_s, u"#ffffff"_s, {}}}, {}));
    CHECK(must(project->labels()) == before);
}

TEST_CASE("Files that are not current projects are refused and left untouched", "[project]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"file.hamish"_s);
    Error::Kind expected = Error::Kind::Failed;
    QString words;

    SECTION("a text file")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(TestText::arabicParagraph().toUtf8().repeated(20));
        file.close();
        expected = Error::Kind::Unsupported;
        words = u"not an SQLite database"_s;
    }
    SECTION("an SQLite database of another program")
    {
        rawSql(path, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                      u"INSERT INTO notes (body) VALUES ('hello')"_s});
        expected = Error::Kind::Unsupported;
        words = u"not a Hamish project"_s;
    }
    SECTION("a project from a newer Hamish")
    {
        createProject(path).reset();
        rawSql(path, {u"PRAGMA user_version = "_s + QString::number(ProjectSchema::kVersion + 1)});
        expected = Error::Kind::NewerVersion;
        words = u"newer version"_s;
    }
    SECTION("a damaged project")
    {
        {
            auto project = createProject(path);
            for (int i = 0; i < 40; ++i)
                REQUIRE(project->addArticle(ProjectFixtures::emojiArticle()));
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 8192);
        // Overwrite the middle pages (the tables' b-trees), keeping the header intact.
        file.seek(4096);
        file.write(QByteArray(int(size - 8192), '\x5a'));
        file.close();
        expected = Error::Kind::Corrupt;
        words = u"damaged"_s;
    }
    const QByteArray before = ProjectFixtures::fileBytes(path);
    REQUIRE_FALSE(before.isEmpty());
    for (ProjectStore::OpenMode mode : {ProjectStore::OpenMode::ReadWrite, ProjectStore::OpenMode::ReadOnly}) {
        const auto result = ProjectStore::open(path, mode);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind() == expected);
        CHECK(result.errorMessage().contains(words));
        CHECK(result.errorMessage().contains(u"file.hamish"_s));
        CHECK(result.errorMessage().contains(u"not changed"_s));
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
    const auto again = ProjectStore::create(path);
    REQUIRE_FALSE(again);
    CHECK(again.error().kind() == Error::Kind::AlreadyExists);
    CHECK(ProjectFixtures::fileBytes(path) == before);
    const auto missing = ProjectStore::open(dir.filePath(u"missing.hamish"_s));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind() == Error::Kind::NotFound);
    // A server location is named as such, not mistaken for a file.
    const auto server = ProjectStore::open(u"postgresql://localhost/news"_s);
    REQUIRE_FALSE(server);
    CHECK(server.error().kind() == Error::Kind::Unsupported);
}

TEST_CASE("A project open in another Hamish opens read-only with a message", "[project]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.hamish"_s);
    auto first = createProject(path);
    const qint64 articleId = must(first->addArticle(ProjectFixtures::emojiArticle()));

    auto second = ProjectFixtures::openProject(path);
    CHECK(second->isReadOnly());
    CHECK(second->readOnlyReason().contains(u"open in another Hamish"_s));
    CHECK(second->readOnlyReason().contains(u"read-only"_s));
    // Reading works, writing is refused with the reason.
    CHECK(must(second->articles()).size() == 1);
    const auto refused = second->addAnnotation(articleId, ProjectFixtures::emojiAnnotations().first());
    CHECK(failure(refused).contains(u"read-only"_s));
    CHECK(refused.error().kind() == Error::Kind::ReadOnly);
    // Edits the first makes are visible to the reader.
    REQUIRE(first->addAnnotation(articleId, ProjectFixtures::emojiAnnotations().first()));
    CHECK(must(second->annotations(articleId)).size() == 1);

    second.reset();
    first.reset();
    CHECK_FALSE(ProjectFixtures::openProject(path)->isReadOnly());
}

TEST_CASE("Save a Copy writes a complete project and leaves the original open", "[project]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    const QString copyPath = dir.filePath(u"copy.hamish"_s);
    auto project = createProject(path);
    const qint64 articleId =
        must(project->addArticle(ProjectFixtures::emojiArticle(), ProjectFixtures::emojiAnnotations()));
    REQUIRE(project->setSetting(u"lastArticle"_s, articleId));
    QFile::remove(copyPath);
    {
        QFile stale(copyPath);
        REQUIRE(stale.open(QIODevice::WriteOnly));
        stale.write("an older file that the copy replaces");
    }
    REQUIRE(project->saveCopy(copyPath));
    CHECK_FALSE(project->saveCopy(path));
    REQUIRE(project->addAnnotation(articleId, ProjectFixtures::span(TestText::emojiNews(), u"الأحد"_s, u"DATE"_s)));

    const auto copy = ProjectFixtures::openProject(copyPath);
    CHECK_FALSE(copy->isReadOnly());
    CHECK(must(copy->annotations(articleId)).size() == ProjectFixtures::emojiAnnotations().size());
    CHECK(must(copy->article(articleId)).text() == TestText::emojiNews());
    CHECK(must(copy->setting(u"lastArticle"_s)).toLongLong() == articleId);
    CHECK(copy->checkIntegrity());
    CHECK(must(project->annotations(articleId)).size() == ProjectFixtures::emojiAnnotations().size() + 1);
}

TEST_CASE("A project keeps each block's page, OCR confidence and direction, and the uncertain words", "[project]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    const QString copyPath = dir.filePath(u"copy.hamish"_s);
    const Article scanned = ProjectFixtures::scannedArticle();
    qint64 id = 0;
    {
        auto project = createProject(path);
        id = must(project->addArticle(scanned));
        REQUIRE(project->saveCopy(copyPath));
    }
    for (const QString &file : {path, copyPath}) {
        INFO(file.toStdString());
        const auto project = ProjectFixtures::openProject(file);
        const Article stored = must(project->article(id));
        CHECK(stored.blocks() == scanned.blocks());
        CHECK(stored.blocks()[1].page == 2);
        CHECK(stored.blocks()[1].direction == BlockDirection::RightToLeft);
        CHECK(stored.uncertainRanges() == scanned.uncertainRanges());
        CHECK(project->checkIntegrity());
    }
    // Removing the article takes its uncertain words with it.
    {
        const auto project = ProjectFixtures::openProject(path);
        REQUIRE(project->removeArticle(id));
    }
    const QString name = u"count-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"SELECT COUNT(*) FROM uncertain_ranges"_s));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);
    }
    QSqlDatabase::removeDatabase(name);
}
