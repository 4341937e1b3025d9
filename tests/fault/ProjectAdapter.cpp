// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectAdapter.h"

#include "core/exchange/ExportOptions.h"
#include "core/exchange/Exporter.h"
#include "core/exchange/JsonImporter.h"
#include "core/exchange/ProjectImporter.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/ChangeAnnotations.h"
#include "core/storage/Project.h"
#include "core/storage/ProjectAnnotationStore.h"

#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace ProjectAdapter {

namespace {

Outcome failed(const QString &message)
{
    return {false, message.isEmpty() ? u"(failed without a message)"_s : message, false};
}

// Opens the project for writing, runs `work` on it, closes it; a read-only open is a failure.
template<typename Work>
Outcome withProject(const QString &path, Work &&work)
{
    ProjectOpenResult opened = Project::open(path);
    if (!opened.ok())
        return failed(opened.message);
    if (opened.project->isReadOnly())
        return failed(opened.project->readOnlyReason());
    Project &project = *opened.project;
    if (!work(project))
        return failed(project.lastError());
    return {true, {}, false};
}

qint64 firstArticle(const Project &project)
{
    const QList<ArticleSummary> articles = project.articles();
    return articles.isEmpty() ? 0 : articles.first().id;
}

} // namespace

Outcome create(const QString &path)
{
    const ProjectOpenResult created = Project::create(path);
    return created.ok() ? Outcome{true, {}, false} : failed(created.message);
}

Outcome open(const QString &path)
{
    const ProjectOpenResult opened = Project::open(path);
    if (!opened.ok())
        return failed(opened.message);
    return {true, opened.message, opened.project->isReadOnly()};
}

Outcome addArticle(const QString &path, const QString &text, const QList<Span> &spans)
{
    return withProject(path, [&](Project &project) {
        QList<Annotation> annotations;
        for (const Span &span : spans) {
            Annotation annotation;
            annotation.start = span.start;
            annotation.end = span.end;
            annotation.label = span.label;
            annotation.status = span.accepted ? AnnotationStatus::Accepted : AnnotationStatus::Suggested;
            annotation.origin = span.accepted ? u"user"_s : u"rules:test"_s;
            annotations.append(annotation);
        }
        return project.addArticle(Article(text, {{BlockRole::Paragraph, 0, text.size()}}), annotations) != 0;
    });
}

Outcome importJson(const QString &path, const QByteArray &json, bool createLabels)
{
    ProjectOpenResult opened = Project::open(path);
    if (!opened.ok())
        return failed(opened.message);
    ImportOptions options;
    options.createLabels = createLabels;
    const ImportReport report = ProjectImporter::import(*opened.project, JsonImporter::parse(json), options);
    return report.ok() ? Outcome{true, report.summary(), false} : failed(report.error);
}

Outcome acceptAllSuggestions(const QString &path, const QString &label)
{
    return withProject(path, [&](Project &project) {
        const qint64 id = firstArticle(project);
        std::optional<Article> article = project.article(id);
        if (!article)
            return false;
        AnnotationDocument document(std::make_shared<const Article>(std::move(*article)));
        ProjectAnnotationStore store(project, id);
        document.setLabels(project.labels());
        document.resetAnnotations(project.annotations(id));
        document.setStore(&store);
        bool storeFailed = false;
        QObject::connect(&document, &AnnotationDocument::storeFailed, [&] { storeFailed = true; });
        QList<qint64> ids;
        for (const Annotation &annotation : document.annotations()) {
            if (annotation.label == label && annotation.status == AnnotationStatus::Suggested)
                ids.append(annotation.id);
        }
        document.undoStack()->push(ChangeAnnotations::setStatus(&document, ids, AnnotationStatus::Accepted));
        document.setStore(nullptr);
        // What the window can know: the document's error, or the store's signal.
        return !storeFailed && document.lastError().isEmpty();
    });
}

Outcome acceptFirstSuggestion(const QString &path)
{
    return withProject(path, [](Project &project) {
        for (Annotation annotation : project.annotations(firstArticle(project))) {
            if (annotation.status == AnnotationStatus::Suggested) {
                annotation.status = AnnotationStatus::Accepted;
                annotation.modified = {};
                return project.updateAnnotation(annotation);
            }
        }
        return false;
    });
}

Outcome replaceLabels(const QString &path, const QStringList &labels, const QHash<QString, QString> &renames)
{
    return withProject(path, [&](Project &project) {
        QList<Label> wanted;
        const QList<Label> current = project.labels();
        for (const QString &name : labels) {
            Label label{0, name, u"#336699"_s, {}};
            for (const Label &existing : current) {
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
    return withProject(path, [&](Project &project) { return project.setSetting(key, value); });
}

Outcome removeFirstArticle(const QString &path)
{
    return withProject(path, [](Project &project) { return project.removeArticle(firstArticle(project)); });
}

Outcome exportTo(const QString &path, const QString &format, const QString &out)
{
    // As `hamish export` does: the project opened read-only.
    ProjectOpenResult opened = Project::open(path, Project::OpenMode::ReadOnly);
    if (!opened.ok())
        return failed(opened.message);
    const std::unique_ptr<Exporter> exporter = Exporter::create(format);
    QString error;
    if (!exporter->exportTo(*opened.project, ExportOptions{}, out, &error))
        return failed(error);
    return {true, {}, false};
}

Outcome saveCopy(const QString &path, const QString &copyPath)
{
    return withProject(path, [&](Project &project) { return project.saveCopy(copyPath); });
}

} // namespace ProjectAdapter
