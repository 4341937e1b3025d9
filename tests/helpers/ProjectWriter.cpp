// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: opens a project and edits it forever, printing one line per committed edit, so a test
// can kill it with SIGKILL mid-stream and check that every acknowledged edit survived.
//   hamish_project_writer MODE PROJECT ARTICLE_ID FIRST_NUMBER
// MODE is how the edits are made: "store" through the project store, as the command line does; "document"
// through the window's path, undo commands pushed on an AnnotationDocument of the workspace; "import" one
// exchange-file import after another, each a new document with its annotations (ARTICLE_ID unused).
// "store" and "document" print "add ID NUMBER" after adding an annotation whose note is "edit NUMBER", and
// "update ID NUMBER" after changing an earlier annotation's note to "updated NUMBER" ("document" also
// "undo ID NUMBER" and "redo ID NUMBER" after taking an add back and making it again); "import" prints
// "import NUMBER" after importing the document whose text ends with "NUMBER".
#include "core/exchange/JsonImporter.h"
#include "core/model/AddAnnotations.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/ChangeAnnotations.h"
#include "core/storage/ProjectStore.h"
#include "core/workspace/ProjectImporter.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <cstdio>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

Annotation edit(qint64 number, qsizetype length)
{
    Annotation annotation;
    annotation.label = number % 2 ? u"PERSON"_s : u"LOCATION"_s;
    annotation.start = number % (length - 4);
    annotation.end = annotation.start + 1 + number % 3;
    annotation.note = u"edit "_s + QString::number(number);
    annotation.origin = u"user"_s;
    annotation.status = AnnotationStatus::Accepted;
    return annotation;
}

void acknowledge(const char *what, qint64 id, qint64 number)
{
    std::printf("%s %lld %lld\n", what, id, number);
    std::fflush(stdout);
}

int writeThroughStore(ProjectStore &project, qint64 articleId, qint64 first)
{
    const Result<Article> article = project.article(articleId);
    if (!article)
        return fail(article.errorMessage());
    qint64 previous = 0;
    for (qint64 number = first;; ++number) {
        Annotation annotation = edit(number, article->text().size());
        const Result<qint64> id = project.addAnnotation(articleId, annotation);
        if (!id)
            return fail(id.errorMessage());
        annotation.id = *id;
        acknowledge("add", annotation.id, number);
        if (number % 4 == 0 && previous != 0) {
            Annotation earlier = annotation;
            earlier.id = previous;
            earlier.note = u"updated "_s + QString::number(number);
            if (!project.updateAnnotation(earlier))
                return 1;
            acknowledge("update", previous, number);
        }
        previous = annotation.id;
    }
}

int writeThroughDocument(Workspace &workspace, qint64 articleId, qint64 first)
{
    const Result<QList<AnnotationDocument *>> documents = workspace.loadDocuments();
    if (!documents)
        return fail(documents.errorMessage());
    AnnotationDocument *document = workspace.document(articleId);
    if (!document)
        return fail(u"no article "_s + QString::number(articleId));
    QObject::connect(document, &AnnotationDocument::storeFailed, [](const QString &message) { fail(message); });
    qint64 previous = 0;
    for (qint64 number = first;; ++number) {
        auto *add = new AddAnnotations(document, {edit(number, document->article().text().size())}, u"Add"_s);
        document->undoStack()->push(add);
        if (add->ids().isEmpty() || !document->annotation(add->ids().first()))
            return 1;
        acknowledge("add", add->ids().first(), number);
        // Undo and redo the add now and then, as a user does: what undo takes back is committed too.
        if (number % 5 == 0) {
            document->undoStack()->undo();
            if (document->annotation(add->ids().first()))
                return 1;
            acknowledge("undo", add->ids().first(), number);
            document->undoStack()->redo();
            if (!document->annotation(add->ids().first()))
                return 1;
            acknowledge("redo", add->ids().first(), number);
        }
        if (number % 4 == 0 && previous != 0) {
            document->undoStack()->push(
                ChangeAnnotations::setNote(document, previous, u"updated "_s + QString::number(number)));
            if (document->annotation(previous)->note != u"updated "_s + QString::number(number))
                return 1;
            acknowledge("update", previous, number);
        }
        previous = add->ids().first();
    }
}

int writeImports(ProjectStore &project, qint64 first)
{
    for (qint64 number = first;; ++number) {
        const QString text = u"التقى محمد العلي في دمشق وفد منظمة الصحة العالمية "_s + QString::number(number);
        const QByteArray json = uR"({"format": "hamish", "version": 1, "documents": [{"text": "%1", "annotations": [
                {"label": "PERSON", "start": 6, "end": 16, "note": "import %2"},
                {"label": "LOCATION", "start": 20, "end": 24, "note": "import %2"},
                {"label": "ORGANIZATION", "start": 29, "end": 49, "note": "import %2"}]}]})"_s
                                    .arg(text, QString::number(number))
                                    .toUtf8();
        const Result<ImportReport> report = ProjectImporter::import(project, JsonImporter::parse(json), {});
        if (!report)
            return fail(report.errorMessage());
        acknowledge("import", 0, number);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 5) {
        std::fprintf(stderr, "usage: hamish_project_writer store|document|import PROJECT ARTICLE_ID FIRST_NUMBER\n");
        return 2;
    }
    const QString mode = arguments[1];
    const qint64 articleId = arguments[3].toLongLong();
    const qint64 first = arguments[4].toLongLong();
    if (mode == u"document") {
        Workspace workspace;
        if (const Result<void> opened = workspace.open(arguments[2]); !opened)
            return fail(opened.errorMessage());
        if (workspace.isReadOnly())
            return fail(workspace.readOnlyReason());
        return writeThroughDocument(workspace, articleId, first);
    }
    auto opened = ProjectStore::open(arguments[2]);
    if (!opened || (*opened)->isReadOnly())
        return fail(opened ? (*opened)->readOnlyReason() : opened.errorMessage());
    return mode == u"import" ? writeImports(**opened, first) : writeThroughStore(**opened, articleId, first);
}
