// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "core/exchange/Exporter.h"
#include "core/exchange/Importer.h"
#include "core/exchange/JsonImporter.h"
#include "core/model/AnnotationDocument.h"
#include "core/storage/ProjectStore.h"
#include "core/workspace/ProjectDocumentSource.h"
#include "core/workspace/ProjectImporter.h"
#include "core/workspace/Workspace.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

using namespace Hamish;
using namespace Qt::StringLiterals;

using ProjectFixtures::must;

namespace {

// A document as a project hands it out: annotations with ids, ordered by start, longest first.
ExportDocument document(qint64 id, const Article &article, QList<Annotation> annotations)
{
    qint64 next = 1;
    for (Annotation &annotation : annotations) {
        if (annotation.id == 0)
            annotation.id = next++;
    }
    std::sort(annotations.begin(), annotations.end(), [](const Annotation &a, const Annotation &b) {
        return a.start != b.start ? a.start < b.start : a.end != b.end ? a.end > b.end : a.id < b.id;
    });
    return {id, article, annotations};
}

// Exporters read documents in memory: no project, no SQLite.
struct Fixture
{
    QTemporaryDir dir;
    qint64 articleId = 1;
    QList<ExportDocument> documents{document(1, ProjectFixtures::emojiArticle(), ProjectFixtures::emojiAnnotations())};

    DocumentList source() const { return DocumentList(defaultLabels(), documents); }
    void add(const Article &article, const QList<Annotation> &annotations = {})
    {
        documents.append(document(documents.size() + 1, article, annotations));
    }
};

QByteArray exportBytes(const DocumentSource &source, const QString &format, const ExportOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    must(Exporter::create(format)->write(source, options, buffer));
    return buffer.data();
}

QJsonObject exportJson(const DocumentSource &source, const ExportOptions &options = {})
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(exportBytes(source, u"json"_s, options), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

// A project holding the fixture's article and annotations (for import, which writes into a project).
struct ProjectFixture
{
    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> project = ProjectFixtures::createProject(dir.filePath(u"a.hamish"_s));
    qint64 articleId = must(project->addArticle(ProjectFixtures::emojiArticle(), ProjectFixtures::emojiAnnotations()));

    QByteArray exportBytes(const QString &format, const ExportOptions &options = {}) const
    {
        return ::exportBytes(ProjectDocumentSource(*project, options.articleId), format, options);
    }
};

ExportOptions allStatuses()
{
    ExportOptions options;
    options.statuses = ExportOptions::Statuses::All;
    return options;
}

} // namespace

TEST_CASE("JSON export gives code-point offsets after a character outside the BMP", "[exchange]")
{
    Fixture fixture;
    const QJsonObject root = exportJson(fixture.source(), allStatuses());
    CHECK(root.value(u"format"_s).toString() == u"hamish");
    CHECK(root.value(u"offsets"_s).toString() == u"codepoint");
    CHECK(root.value(u"labels"_s).toArray().size() == defaultLabels().size());
    const QJsonArray documents = root.value(u"documents"_s).toArray();
    REQUIRE(documents.size() == 1);
    const QJsonObject document = documents.first().toObject();
    CHECK(document.value(u"id"_s).toInteger() == fixture.articleId);
    CHECK(document.value(u"text"_s).toString() == TestText::emojiNews());
    CHECK(document.value(u"sha256"_s).toString() == ProjectFixtures::emojiArticle().sha256());
    const QJsonArray annotations = document.value(u"annotations"_s).toArray();
    REQUIRE(annotations.size() == ProjectFixtures::emojiAnnotations().size());
    for (const QJsonValue &value : annotations) {
        const QJsonObject annotation = value.toObject();
        const qint64 utf16Start = annotation.value(u"utf16"_s).toObject().value(u"start"_s).toInteger();
        const qint64 utf16End = annotation.value(u"utf16"_s).toObject().value(u"end"_s).toInteger();
        // The emoji is two UTF-16 units and one code point: every span after it shifts by one.
        CHECK(annotation.value(u"start"_s).toInteger() == utf16Start - 1);
        CHECK(annotation.value(u"end"_s).toInteger() == utf16End - 1);
        CHECK(annotation.value(u"text"_s).toString() == TestText::emojiNews().mid(utf16Start, utf16End - utf16Start));
    }
    const QJsonObject person = annotations.first().toObject();
    CHECK(person.value(u"label"_s).toString() == u"PERSON");
    CHECK(person.value(u"text"_s).toString() == u"محمد العلي");
    CHECK(person.value(u"author"_s).toString() == u"analyst");
    CHECK(person.value(u"status"_s).toString() == u"accepted");
}

TEST_CASE("Python agrees: text[start:end] is each annotation's text, and the export fits its schema",
          "[exchange][python]")
{
#ifndef HAMISH_PYTHON3
    HAMISH_SKIP("python3 was not found when the build was configured (.ci/install-deps installs it)");
#else
    Fixture fixture;
    // Characters JSON must escape, and one it must not mangle (U+2028), around an annotation.
    const QString awkward = u"قال \"الوزير\" \\ هنا\t\u0001\u2028 في بغداد"_s;
    fixture.add(Article(awkward, {{BlockRole::Paragraph, 0, awkward.size()}}),
                {ProjectFixtures::span(awkward, u"بغداد"_s, u"LOCATION"_s)});
    fixture.add(ProjectFixtures::scannedArticle()); // pages, OCR confidence, a direction, uncertain words
    const QString path = fixture.dir.filePath(u"export.json"_s);
    must(Exporter::create(u"json"_s)->exportTo(fixture.source(), allStatuses(), path));
    QProcess python;
    python.start(QStringLiteral(HAMISH_PYTHON3),
                 {u"-c"_s, uR"py(import json, sys
try:
    import jsonschema
except ImportError:
    sys.exit("python3-jsonschema is not installed (.ci/install-deps installs it)")
data = json.load(open(sys.argv[1], encoding="utf-8"))
schema = json.load(open(sys.argv[2], encoding="utf-8"))
jsonschema.Draft202012Validator(schema).validate(data)
assert data["offsets"] == "codepoint"
count = 0
for document in data["documents"]:
    text = document["text"]
    for a in document["annotations"]:
        assert text[a["start"]:a["end"]] == a["text"], (a, text[a["start"]:a["end"]])
        assert text.encode("utf-16-le")[2 * a["utf16"]["start"]:2 * a["utf16"]["end"]].decode("utf-16-le") == a["text"]
        count += 1
    for u in document.get("uncertain", []):
        assert text[u["start"]:u["end"]] in ("العلي", "اللاذقية"), text[u["start"]:u["end"]]
        count += 1
print(count))py"_s,
                  path, QStringLiteral(HAMISH_SOURCE_DIR "/resources/schema/hamish-export.schema.json")});
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    CHECK(python.exitCode() == 0);
    CHECK(python.readAllStandardOutput().trimmed()
          == QByteArray::number(ProjectFixtures::emojiAnnotations().size() + 1 + 2));
#endif
}

TEST_CASE("The JSON export keeps each block's page, OCR confidence and direction and the uncertain words; import "
          "reads them back",
          "[exchange]")
{
    QTemporaryDir dir;
    const auto project = ProjectFixtures::createProject(dir.filePath(u"a.hamish"_s));
    const Article scanned = ProjectFixtures::scannedArticle();
    must(project->addArticle(scanned, ProjectFixtures::emojiAnnotations()));
    const QByteArray bytes = ::exportBytes(ProjectDocumentSource(*project), u"json"_s, allStatuses());
    const QJsonObject document =
        QJsonDocument::fromJson(bytes).object().value(u"documents"_s).toArray().first().toObject();
    const QJsonArray blocks = document.value(u"blocks"_s).toArray();
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].toObject().value(u"page"_s).toInt() == 1);
    CHECK(blocks[0].toObject().value(u"confidence"_s).toInt() == 91);
    CHECK_FALSE(blocks[0].toObject().contains(u"direction"_s));
    CHECK(blocks[1].toObject().value(u"page"_s).toInt() == 2);
    CHECK(blocks[1].toObject().value(u"direction"_s).toString() == u"rtl");
    const QJsonArray uncertain = document.value(u"uncertain"_s).toArray();
    REQUIRE(uncertain.size() == 2);
    // Code points: the emoji before them is one, not two.
    const UncertainRange first = scanned.uncertainRanges().first();
    CHECK(uncertain[0].toObject()
          == QJsonObject{{u"start"_s, first.start - 1}, {u"end"_s, first.end() - 1}, {u"confidence"_s, 41}});

    // Into a new project and out again: the same file.
    const auto other = ProjectFixtures::createProject(dir.filePath(u"b.hamish"_s));
    const QString path = dir.filePath(u"export.json"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const ImportReport report = must(ProjectImporter::import(*other, Importer::readFile(path)));
    CHECK(report.documentsAdded == 1);
    const Article imported = must(other->article(must(other->articleIdBySha256(scanned.sha256()))));
    CHECK(imported.blocks() == scanned.blocks());
    CHECK(imported.uncertainRanges() == scanned.uncertainRanges());
    CHECK(::exportBytes(ProjectDocumentSource(*other), u"json"_s, allStatuses()) == bytes);
}

TEST_CASE("Export, import into a new project and export again gives the same file", "[exchange]")
{
    ProjectFixture fixture;
    REQUIRE(fixture.project->addArticle(Article(u"نص ثان بلا تعليقات."_s, {{BlockRole::Paragraph, 0, 19}})));
    const QString format = GENERATE(u"json"_s, u"jsonl"_s);
    const ExportOptions options = format == u"json" ? allStatuses() : ExportOptions();
    const QByteArray first = fixture.exportBytes(format, options);

    const auto other = ProjectFixtures::createProject(fixture.dir.filePath(u"b.hamish"_s));
    const QString path = fixture.dir.filePath(u"export."_s + format);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(first);
    }
    const ImportReport report = must(ProjectImporter::import(*other, Importer::readFile(path)));
    INFO(report.summary().toStdString());
    CHECK(report.skipped.isEmpty());
    CHECK(report.documentsAdded == 2);
    CHECK(::exportBytes(ProjectDocumentSource(*other), format, options) == first);
}

TEST_CASE("Import reports what it skipped and why, and imports the rest in one go", "[exchange]")
{
    ProjectFixture fixture;
    const QString text = TestText::emojiNews();
    // Offsets are code points: "محمد" starts at UTF-16 index 9, code point 8.
    const QString json = uR"({"format": "hamish", "offsets": "codepoint", "documents": [
        {"id": 50, "text": "%1", "annotations": [
            {"label": "PERSON", "start": 8, "end": 12, "text": "محمد"},
            {"label": "PERSON", "start": 9, "end": 13, "text": "محمد"},
            {"label": "PERSON", "start": 8, "end": 9999},
            {"label": "VEHICLE", "start": 8, "end": 12},
            {"label": "PERSON", "start": "8", "end": 12},
            {"label": "PERSON", "start": 8, "end": 12, "status": "maybe"}]},
        {"title": "no text"}]})"_s.arg(QString(text).replace(u"\n"_s, u"\\n"_s));
    ImportBatch batch = JsonImporter::parse(json.toUtf8());
    REQUIRE(batch.error.isEmpty());
    const ImportReport report = must(ProjectImporter::import(*fixture.project, batch));
    CHECK(report.documentsMerged == 1);  // same text as the fixture's article
    CHECK(report.annotationsAdded == 1); // "محمد" alone: the fixture's PERSON is "محمد العلي"
    CHECK(must(fixture.project->annotations(fixture.articleId)).size()
          == ProjectFixtures::emojiAnnotations().size() + 1);
    // Importing the same file again adds nothing: the span is a duplicate now.
    CHECK(must(ProjectImporter::import(*fixture.project, batch)).duplicates == 1);
    const QString summary = report.summary();
    INFO(summary.toStdString());
    CHECK(report.skipped.size() == 6);
    CHECK(summary.contains(u"not \"محمد\" as the file says"_s));
    CHECK(summary.contains(u"not a span inside the text"_s));
    CHECK(summary.contains(u"no label \"VEHICLE\""_s));
    CHECK(summary.contains(u"whole-number start and end"_s));
    CHECK(summary.contains(u"unknown status"_s));
    CHECK(summary.contains(u"document 2: has no \"text\""_s));
    CHECK(summary.contains(u"annotation 2"_s));
}

TEST_CASE("Bad JSON imports nothing; a dry run changes nothing", "[exchange]")
{
    ProjectFixture fixture;
    const QByteArray before = fixture.exportBytes(u"json"_s, allStatuses());
    const auto bad = ProjectImporter::import(*fixture.project, JsonImporter::parse("{\"documents\": [ {"));
    CHECK(ProjectFixtures::failure(bad).contains(u"not valid JSON"_s));
    CHECK(bad.errorMessage().contains(u"Nothing was imported"_s));

    const QByteArray other = R"({"format":"hamish","labels":[{"name":"EVENT","colour":"#123456"}],
        "documents":[{"text":"حدث جديد","annotations":[{"label":"EVENT","start":0,"end":3}]}]})";
    ImportOptions dryRun;
    dryRun.dryRun = true;
    const ImportReport report = must(ProjectImporter::import(*fixture.project, JsonImporter::parse(other), dryRun));
    CHECK(report.dryRun);
    CHECK(report.documentsAdded == 1);
    CHECK(report.labelsAdded == 1);
    CHECK(fixture.exportBytes(u"json"_s, allStatuses()) == before);

    const ImportReport real = must(ProjectImporter::import(*fixture.project, JsonImporter::parse(other)));
    CHECK(real.annotationsAdded == 1);
    CHECK(must(fixture.project->articles()).size() == 2);
    CHECK(must(fixture.project->labels()).last().name == u"EVENT");
}

TEST_CASE("Export options select accepted annotations", "[exchange]")
{
    Fixture fixture;
    fixture.add(Article(u"نص ثان."_s, {{BlockRole::Paragraph, 0, 7}}));
    ExportOptions options;
    const auto count = [&] {
        int n = 0;
        for (const QJsonValue &document : exportJson(fixture.source(), options).value(u"documents"_s).toArray())
            n += document.toObject().value(u"annotations"_s).toArray().size();
        return n;
    };
    CHECK(count() == 5); // accepted and suggested
    options.statuses = ExportOptions::Statuses::AcceptedOnly;
    CHECK(count() == 3);
    options.statuses = ExportOptions::Statuses::All;
    CHECK(count() == 6);
}

TEST_CASE("A project export selects one article by id, and names an id it does not have", "[exchange][project]")
{
    ProjectFixture fixture;
    const qint64 second = must(fixture.project->addArticle(Article(u"نص ثان."_s, {{BlockRole::Paragraph, 0, 7}})));
    ExportOptions options;
    options.statuses = ExportOptions::Statuses::AcceptedOnly;
    const auto documents = [&] {
        return QJsonDocument::fromJson(fixture.exportBytes(u"json"_s, options))
            .object()
            .value(u"documents"_s)
            .toArray();
    };
    CHECK(documents().size() == 2);
    options.articleId = second;
    REQUIRE(documents().size() == 1);
    CHECK(documents().first().toObject().value(u"id"_s).toInteger() == second);
    CHECK(documents().first().toObject().value(u"annotations"_s).toArray().isEmpty());
    options.articleId = 999;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<void> written =
        Exporter::create(u"json"_s)->write(ProjectDocumentSource(*fixture.project, 999), options, buffer);
    CHECK(ProjectFixtures::failure(written).contains(u"no article 999"_s));
}

TEST_CASE("CoNLL export tags tokens BIO with the outermost span and splits clitics off", "[exchange]")
{
    const QString text = u"🙂 وصل الوفد لسورية ومعه 2500 طن. ثم عاد."_s;
    Annotation location = ProjectFixtures::span(text, u"سورية"_s, u"LOCATION"_s);
    Annotation quantity = ProjectFixtures::span(text, u"2500 طن"_s, u"QUANTITY"_s);
    Annotation number = ProjectFixtures::span(text, u"2500"_s, u"NUMBER"_s);
    const DocumentList source(defaultLabels(), {document(1, Article(text, {{BlockRole::Paragraph, 0, text.size()}}),
                                                         {location, quantity, number})});
    const QString conll = QString::fromUtf8(exportBytes(source, u"conll"_s));
    CHECK(conll
          == u"-DOCSTART-\tO\n\n🙂\tO\nوصل\tO\nالوفد\tO\nل\tO\nسورية\tB-LOCATION\nومعه\tO\n2500\tB-"
             u"QUANTITY\n"
             u"طن\tI-QUANTITY\n.\tO\n\nثم\tO\nعاد\tO\n.\tO\n\n"_s);
}

TEST_CASE("brat export writes text and standoff pairs with fragments across line breaks", "[exchange]")
{
    Fixture fixture;
    const QString text = TestText::emojiNews();
    const qsizetype start = text.indexOf(u"العالمية"_s);
    Annotation across;
    across.label = u"MISC"_s;
    across.start = start;
    across.end = text.indexOf(u"وقال"_s) + 4;
    across.status = AnnotationStatus::Accepted;
    across.note = u"ملاحظة\nمن سطرين"_s;
    QList<Annotation> annotations = ProjectFixtures::emojiAnnotations();
    annotations.append(across);
    fixture.documents = {document(fixture.articleId, ProjectFixtures::emojiArticle(), annotations)};
    const QString folder = fixture.dir.filePath(u"brat"_s);
    must(Exporter::create(u"brat"_s)->exportTo(fixture.source(), ExportOptions(), folder));
    const QString base = folder + u"/article-"_s + QString::number(fixture.articleId);
    CHECK(QString::fromUtf8(ProjectFixtures::fileBytes(base + u".txt"_s)) == text);
    const QString ann = QString::fromUtf8(ProjectFixtures::fileBytes(base + u".ann"_s));
    INFO(ann.toStdString());
    CHECK(ann.startsWith(u"T1\tPERSON 8 18\tمحمد العلي\n"_s));
    const qsizetype newline = text.indexOf(u'\n') - 1; // in code points
    CHECK(ann.contains(u"\tMISC "_s + QString::number(start - 1) + u' ' + QString::number(newline) + u';'
                       + QString::number(newline + 2) + u' ' + QString::number(newline + 6) + u"\tالعالمية. وقال\n"_s));
    CHECK(ann.contains(u"\tAnnotatorNotes T"_s));
    CHECK(ann.contains(u"ملاحظة من سطرين"_s));
    CHECK_FALSE(ann.contains(u"اللاذقية"_s)); // rejected
    CHECK(QString::fromUtf8(ProjectFixtures::fileBytes(folder + u"/annotation.conf"_s)).contains(u"\nPERSON\n"_s));
}

TEST_CASE("Web Annotation export gives quote and position selectors", "[exchange]")
{
    Fixture fixture;
    const QJsonObject root = QJsonDocument::fromJson(exportBytes(fixture.source(), u"webanno"_s)).object();
    CHECK(root.value(u"@context"_s).toString() == u"http://www.w3.org/ns/anno.jsonld");
    CHECK(root.value(u"type"_s).toString() == u"AnnotationCollection");
    const QJsonArray items = root.value(u"first"_s).toObject().value(u"items"_s).toArray();
    REQUIRE(items.size() == 5);
    const QJsonObject person = items.first().toObject();
    CHECK(person.value(u"motivation"_s).toString() == u"tagging");
    CHECK(person.value(u"body"_s).toArray().first().toObject().value(u"value"_s).toString() == u"PERSON");
    const QJsonObject target = person.value(u"target"_s).toObject();
    const QJsonObject source = target.value(u"source"_s).toObject();
    CHECK(source.value(u"id"_s).toString() == u"urn:sha256:"_s + ProjectFixtures::emojiArticle().sha256());
    CHECK(source.value(u"format"_s).toString() == u"text/plain");
    CHECK(source.value(u"language"_s).toString() == u"ar");
    // The annotator made it; the engine made its suggestions.
    CHECK(person.value(u"creator"_s).toObject()
          == QJsonObject{{u"type"_s, u"Person"_s}, {u"nickname"_s, u"analyst"_s}});
    const auto number = std::find_if(items.begin(), items.end(), [](const QJsonValue &item) {
        return item.toObject().value(u"body"_s).toArray().first().toObject().value(u"value"_s).toString() == u"NUMBER";
    });
    REQUIRE(number != items.end());
    CHECK(number->toObject().value(u"creator"_s).toObject().value(u"type"_s).toString() == u"Software");
    // The collection and its page have IRIs; the same annotations give the same ones.
    CHECK(root.value(u"id"_s).toString().startsWith(u"urn:uuid:"_s));
    CHECK(root.value(u"first"_s).toObject().value(u"id"_s).toString() == root.value(u"last"_s).toString());
    CHECK(QJsonDocument::fromJson(exportBytes(fixture.source(), u"webanno"_s)).object() == root);
    Fixture other;
    other.documents[0].annotations.removeFirst();
    CHECK(QJsonDocument::fromJson(exportBytes(other.source(), u"webanno"_s)).object().value(u"id"_s)
          != root.value(u"id"_s));
    const QJsonArray selectors = target.value(u"selector"_s).toArray();
    const QJsonObject quote = selectors.at(0).toObject();
    const QJsonObject position = selectors.at(1).toObject();
    CHECK(quote.value(u"type"_s).toString() == u"TextQuoteSelector");
    CHECK(quote.value(u"exact"_s).toString() == u"محمد العلي");
    CHECK(quote.value(u"prefix"_s).toString() == u"🙂 التقى "_s);
    CHECK(quote.value(u"suffix"_s).toString().startsWith(u" في دمشق"_s));
    CHECK(position.value(u"type"_s).toString() == u"TextPositionSelector");
    CHECK(position.value(u"start"_s).toInteger() == 8);
    CHECK(position.value(u"end"_s).toInteger() == 18);
}

TEST_CASE("An article with no project exports in every format, the same as from a project", "[exchange][project]")
{
    // The same article and annotations, once in a project and once only in a window's document.
    ProjectFixture fixture;
    AnnotationDocument loose(std::make_shared<const Article>(ProjectFixtures::emojiArticle()));
    loose.setLabels(must(fixture.project->labels()));
    loose.resetAnnotations(must(fixture.project->annotations(fixture.articleId)));
    REQUIRE(loose.store() == nullptr);
    REQUIRE(fixture.articleId == 1); // a loose article is numbered by its place in the list: 1

    Workspace workspace;
    REQUIRE(workspace.open(fixture.project->location(), Workspace::OpenMode::ReadOnly));
    for (const QString &format : Exporter::formats()) {
        INFO(format.toStdString());
        const QString fromProject = fixture.dir.filePath(u"project."_s + format);
        const QString fromDocument = fixture.dir.filePath(u"loose."_s + format);
        CHECK(must(workspace.exportTo(fromProject, format, allStatuses())) == 1);
        CHECK(must(Workspace::exportDocuments({&loose}, fromDocument, format, allStatuses())) == 1);
        if (format == u"brat") {
            for (const QString &name : {u"annotation.conf"_s, u"article-1.txt"_s, u"article-1.ann"_s}) {
                const QByteArray bytes = ProjectFixtures::fileBytes(fromDocument + u'/' + name);
                CHECK_FALSE(bytes.isEmpty());
                CHECK(bytes == ProjectFixtures::fileBytes(fromProject + u'/' + name));
            }
        } else {
            const QByteArray bytes = ProjectFixtures::fileBytes(fromDocument);
            CHECK(bytes.contains(QStringLiteral("محمد").toUtf8()));
            CHECK(bytes == ProjectFixtures::fileBytes(fromProject));
        }
    }
    // A document that was never in a project (no ids from a store) exports too.
    AnnotationDocument fresh(std::make_shared<const Article>(ProjectFixtures::emojiArticle()));
    fresh.resetAnnotations(ProjectFixtures::emojiAnnotations());
    const QString conll = fixture.dir.filePath(u"fresh.conll"_s);
    CHECK(must(Workspace::exportDocuments({&fresh}, conll, u"conll"_s)) == 1);
    CHECK(QString::fromUtf8(ProjectFixtures::fileBytes(conll)).contains(u"محمد\tB-PERSON\nالعلي\tI-PERSON\n"_s));
    CHECK_FALSE(Workspace::exportDocuments({}, conll, u"conll"_s));
}

TEST_CASE("The Web Annotation export passes the W3C's MUST assertions and the SHOULDs that apply",
          "[exchange][python][w3c]")
{
#ifndef HAMISH_PYTHON3
    HAMISH_SKIP("python3 was not found when the build was configured (.ci/install-deps installs it)");
#else
    // What a project holds: the user's annotations (with their author), the engine's suggestions, a note.
    QTemporaryDir dir;
    const auto project = ProjectFixtures::createProject(dir.filePath(u"a.hamish"_s));
    QList<Annotation> annotations = ProjectFixtures::emojiAnnotations();
    for (Annotation &annotation : annotations) {
        if (annotation.origin == u"user")
            annotation.author = u"analyst"_s;
    }
    annotations[2].origin = u"gazetteer"_s;
    annotations[2].author.clear();
    annotations[3].origin = u"model:ner"_s;
    must(project->addArticle(ProjectFixtures::emojiArticle(), annotations));
    const QString path = dir.filePath(u"export.jsonld"_s);
    must(Exporter::create(u"webanno"_s)->exportTo(ProjectDocumentSource(*project), allStatuses(), path));

    QProcess python;
    python.start(QStringLiteral(HAMISH_PYTHON3),
                 {QStringLiteral(HAMISH_SOURCE_DIR "/tests/exchange/check_web_annotation.py"), path,
                  QStringLiteral(HAMISH_SOURCE_DIR "/tests/data/w3c-web-annotation-tests")});
    REQUIRE(python.waitForFinished(120000));
    const QString output = QString::fromUtf8(python.readAllStandardOutput());
    INFO(output.toStdString());
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() != 2); // the validator is missing: .ci/install-deps installs it
    CHECK(python.exitCode() == 0);
    CHECK(output.contains(u"annotations checked: 6\n"_s));
    // Every MUST of the collection (10), its page (15) and each annotation (54).
    CHECK(output.contains(u"MUST: 79 of 79 pass\n"_s));
    CHECK(output.contains(u"SHOULD that apply: 16 of 16 pass\n"_s));
#endif
}
