// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Project.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Hamish {

class AnnotationDocument;
class ProjectAnnotationStore;

// The project file open in the window: opens, creates and closes it, makes a document (with a store that
// commits its edits) for each of its articles, adds and removes articles, and remembers where the user
// was. Owns the Project and the stores; the article list model owns the documents.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    bool isOpen() const { return m_project != nullptr; }
    Project *project() const { return m_project.get(); }
    QString path() const { return m_project ? m_project->path() : QString(); }

    // Replaces the open project (the caller has removed the old documents first). The result's project
    // has moved into the session: check result.error. A notice such as "opened read-only" comes back in
    // result.message while the project is open.
    ProjectOpenResult open(const QString &path);
    ProjectOpenResult create(const QString &path);
    void close();

    // A document for every article, in order, loaded with its annotations and the project's labels.
    QList<AnnotationDocument *> loadDocuments();
    // Stores an article (with the document's annotations) and connects the document to the project.
    // Returns the existing article's id, unchanged, when one with the same text is already there.
    qint64 addDocument(AnnotationDocument *document);
    bool removeDocument(AnnotationDocument *document);
    // Changes the project's label set (see Project::replaceLabels) and shows it in every document of the
    // project, with their annotations renamed or removed to match. Not undoable: the documents' undo
    // histories are cleared, since they speak of labels that may no longer exist.
    bool editLabels(const QList<Label> &labels, const QHash<QString, QString> &renames);
    qint64 articleId(AnnotationDocument *document) const { return m_ids.value(document, 0); }
    AnnotationDocument *document(qint64 articleId) const { return m_ids.key(articleId, nullptr); }

    // Where the user was: the article and the scroll position in it.
    void rememberPosition(AnnotationDocument *document, int scroll);
    qint64 lastArticle() const;
    int lastScroll() const;

    QString lastError() const { return m_lastError; }

private:
    void attach(AnnotationDocument *document, qint64 articleId);

    std::unique_ptr<Project> m_project;
    QHash<AnnotationDocument *, qint64> m_ids;
    QHash<qint64, std::shared_ptr<ProjectAnnotationStore>> m_stores;
    QString m_lastError;
};

} // namespace Hamish
