// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectAdapter.h"

#include "core/exchange/ExportOptions.h"
#include "core/exchange/JsonImporter.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/AnnotatorLayers.h"
#include "core/model/ChangeAnnotations.h"
#include "core/model/Curation.h"
#include "core/storage/ProjectAnnotationStore.h"
#include "core/storage/ProjectStore.h"
#include "core/workspace/ProjectImporter.h"
#include "core/workspace/Workspace.h"

#include <QUndoStack>

#include <functional>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace ProjectAdapter {

namespace {

Outcome failed(const QString &message)
{
    return {false, message.isEmpty() ? u"(failed without a message)"_s : message, false};
}

template<typename T>
Outcome outcome(const Result<T> &result)
{
    return result ? Outcome{true, {}, false} : failed(result.errorMessage());
}

// Opens the project for writing, runs `work` on it, closes it; a read-only open is a failure.
template<typename Work>
Outcome withProject(const QString &path, Work &&work)
{
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path);
    if (!opened)
        return failed(opened.errorMessage());
    ProjectStore &project = **opened;
    if (project.isReadOnly())
        return failed(project.readOnlyReason());
    return outcome(work(project));
}

Result<qint64> firstArticle(const ProjectStore &project)
{
    const Result<QList<ArticleSummary>> articles = project.articles();
    if (!articles)
        return articles.error();
    return articles->isEmpty() ? qint64(0) : articles->first().id;
}

// The window's path for an edit of the first article: a document of `annotator`'s layer (of every annotation
// when `annotator` is empty, as in a one-person project), writing through the project's annotation store, and
// `edit` run on it.
// Fails as the window would learn of it: the edit's error, the document's error, or the store's signal.
Result<void>
editFirstArticle(ProjectStore &project, const QString &annotator,
                 const std::function<Result<void>(AnnotationDocument &, const QList<Annotation> &all)> &edit)
{
    const Result<qint64> id = firstArticle(project);
    if (!id)
        return id.error();
    Result<Article> article = project.article(*id);
    Result<QList<Label>> labels = project.labels();
    Result<QList<Annotation>> all = project.annotations(*id);
    if (!article)
        return article.error();
    if (!labels)
        return labels.error();
    if (!all)
        return all.error();
    AnnotationDocument document(std::make_shared<const Article>(std::move(*article)));
    ProjectAnnotationStore store(project, *id, annotator);
    document.setLabels(*labels);
    document.resetAnnotations(annotator.isEmpty() ? *all : AnnotatorLayers::layerOf(*all, annotator));
    document.setStore(&store);
    bool storeFailed = false;
    QObject::connect(&document, &AnnotationDocument::storeFailed, [&] { storeFailed = true; });
    const Result<void> done = edit(document, *all);
    document.setStore(nullptr);
    if (!done)
        return done;
    if (storeFailed || !document.lastError().isEmpty())
        return Error(document.lastError());
    return {};
}

} // namespace

Outcome create(const QString &path)
{
    return outcome(ProjectStore::create(path));
}

Outcome open(const QString &path)
{
    const Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path);
    if (!opened)
        return failed(opened.errorMessage());
    return {true, (*opened)->readOnlyReason(), (*opened)->isReadOnly()};
}

Outcome addArticle(const QString &path, const QString &text, const QList<Span> &spans)
{
    return withProject(path, [&](ProjectStore &project) -> Result<void> {
        QList<Annotation> annotations;
        for (const Span &span : spans) {
            Annotation annotation;
            annotation.start = span.start;
            annotation.end = span.end;
            annotation.label = span.label;
            annotation.status = span.accepted ? AnnotationStatus::Accepted : AnnotationStatus::Suggested;
            annotation.origin = span.accepted ? u"user"_s : u"rules:test"_s;
            annotation.annotator = span.annotator;
            annotations.append(annotation);
        }
        const Result<qint64> id =
            project.addArticle(Article(text, {{BlockRole::Paragraph, 0, text.size()}}), annotations);
        if (!id)
            return id.error();
        return {};
    });
}

Outcome importJson(const QString &path, const QByteArray &json, bool createLabels)
{
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path);
    if (!opened)
        return failed(opened.errorMessage());
    ImportOptions options;
    options.createLabels = createLabels;
    const Result<ImportReport> report = ProjectImporter::import(**opened, JsonImporter::parse(json), options);
    return report ? Outcome{true, report->summary(), false} : failed(report.errorMessage());
}

Outcome acceptAllSuggestions(const QString &path, const QString &label)
{
    return withProject(path, [&](ProjectStore &project) {
        return editFirstArticle(project, {}, [&](AnnotationDocument &document, const QList<Annotation> &) {
            QList<qint64> ids;
            for (const Annotation &annotation : document.annotations()) {
                if (annotation.label == label && annotation.status == AnnotationStatus::Suggested)
                    ids.append(annotation.id);
            }
            document.undoStack()->push(ChangeAnnotations::setStatus(&document, ids, AnnotationStatus::Accepted));
            return Result<void>();
        });
    });
}

Outcome acceptFirstSuggestion(const QString &path)
{
    return withProject(path, [](ProjectStore &project) -> Result<void> {
        const Result<qint64> id = firstArticle(project);
        if (!id)
            return id.error();
        const Result<QList<Annotation>> annotations = project.annotations(*id);
        if (!annotations)
            return annotations.error();
        for (Annotation annotation : *annotations) {
            if (annotation.status == AnnotationStatus::Suggested) {
                annotation.status = AnnotationStatus::Accepted;
                annotation.modified = {};
                return project.updateAnnotation(annotation);
            }
        }
        return Error(u"no suggestion to accept"_s);
    });
}

Outcome replaceLabels(const QString &path, const QStringList &labels, const QHash<QString, QString> &renames)
{
    return withProject(path, [&](ProjectStore &project) -> Result<void> {
        const Result<QList<Label>> current = project.labels();
        if (!current)
            return current.error();
        QList<Label> wanted;
        for (const QString &name : labels) {
            Label label{0, name, u"#336699"_s, {}};
            for (const Label &existing : *current) {
                if (existing.name == name || renames.value(existing.name) == name)
                    label.colour = existing.colour;
            }
            wanted.append(label);
        }
        return project.replaceLabels(wanted, renames);
    });
}

Outcome setSetting(const QString &path, const QString &key, const QString &value)
{
    return withProject(path, [&](ProjectStore &project) { return project.setSetting(key, value); });
}

Outcome removeFirstArticle(const QString &path)
{
    return withProject(path, [](ProjectStore &project) -> Result<void> {
        const Result<qint64> id = firstArticle(project);
        if (!id)
            return id.error();
        return project.removeArticle(*id);
    });
}

Outcome exportTo(const QString &path, const QString &format, const QString &out)
{
    // As `hamish export` does: the project opened read-only.
    Workspace workspace;
    if (const Result<void> opened = workspace.open(path, Workspace::OpenMode::ReadOnly); !opened)
        return failed(opened.errorMessage());
    // An earlier brat export's folder is written into, as `hamish export --force` does.
    ExportOptions options;
    options.intoFolderWithFiles = true;
    return outcome(workspace.exportTo(out, format, options));
}

Outcome saveCopy(const QString &path, const QString &copyPath)
{
    return withProject(path, [&](ProjectStore &project) { return project.saveCopy(copyPath); });
}

Outcome takeCurationSide(const QString &path, const QString &annotator)
{
    return withProject(path, [&](ProjectStore &project) {
        return editFirstArticle(project, kCuration.toString(),
                                [&](AnnotationDocument &document, const QList<Annotation> &all) -> Result<void> {
                                    for (const Curation::Row &row : Curation::align(all)) {
                                        if (!row.agreed) {
                                            if (!Curation::takeSide(document, row, annotator))
                                                return Error(document.lastError());
                                            return {};
                                        }
                                    }
                                    return Error(u"no row where the annotators differ"_s);
                                });
    });
}

} // namespace ProjectAdapter
