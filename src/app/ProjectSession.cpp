// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ProjectSession.h"

#include "core/model/AnnotationDocument.h"
#include "core/storage/ProjectAnnotationStore.h"

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

const QString kLastArticle = u"ui/lastArticle"_s;
const QString kLastScroll = u"ui/lastScroll"_s;

} // namespace

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{}

ProjectSession::~ProjectSession() = default;

ProjectOpenResult ProjectSession::open(const QString &path)
{
    ProjectOpenResult result = Project::open(path);
    if (result.ok()) {
        close();
        m_project = std::move(result.project);
    }
    return result;
}

ProjectOpenResult ProjectSession::create(const QString &path)
{
    ProjectOpenResult result = Project::create(path);
    if (result.ok()) {
        close();
        m_project = std::move(result.project);
    }
    return result;
}

void ProjectSession::close()
{
    // Documents may outlive the session briefly (deleteLater): cut them loose from the stores first.
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        it.key()->setStore(nullptr);
    m_ids.clear();
    m_stores.clear();
    m_project.reset();
}

void ProjectSession::attach(AnnotationDocument *document, qint64 articleId)
{
    auto store = std::make_shared<ProjectAnnotationStore>(*m_project, articleId);
    document->setStore(store.get());
    m_stores.insert(articleId, store);
    m_ids.insert(document, articleId);
    connect(document, &QObject::destroyed, this, [this, document] { m_ids.remove(document); });
}

QList<AnnotationDocument *> ProjectSession::loadDocuments()
{
    QList<AnnotationDocument *> documents;
    if (!m_project)
        return documents;
    const QList<Label> labels = m_project->labels();
    for (const ArticleSummary &summary : m_project->articles()) {
        std::optional<Article> article = m_project->article(summary.id);
        if (!article)
            continue;
        auto *document = new AnnotationDocument(std::make_shared<const Article>(std::move(*article)));
        document->setLabels(labels);
        document->resetAnnotations(m_project->annotations(summary.id));
        attach(document, summary.id);
        documents.append(document);
    }
    return documents;
}

qint64 ProjectSession::addDocument(AnnotationDocument *document)
{
    if (!m_project)
        return 0;
    const Article &article = document->article();
    if (const qint64 existing = m_project->articleIdBySha256(article.sha256()))
        return existing;
    const qint64 id = m_project->addArticle(article, document->annotations());
    if (id == 0) {
        m_lastError = m_project->lastError();
        return 0;
    }
    // The annotations got project ids: reload them so the document and the file agree.
    document->resetAnnotations(m_project->annotations(id));
    document->setLabels(m_project->labels());
    attach(document, id);
    return id;
}

bool ProjectSession::editLabels(const QList<Label> &labels, const QHash<QString, QString> &renames)
{
    if (!m_project)
        return false;
    if (!m_project->replaceLabels(labels, renames)) {
        m_lastError = m_project->lastError();
        return false;
    }
    const QList<Label> stored = m_project->labels();
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        it.key()->setLabels(stored);
        it.key()->resetAnnotations(m_project->annotations(it.value()));
    }
    return true;
}

bool ProjectSession::removeDocument(AnnotationDocument *document)
{
    const qint64 id = articleId(document);
    if (!m_project || id == 0)
        return false;
    if (!m_project->removeArticle(id)) {
        m_lastError = m_project->lastError();
        return false;
    }
    document->setStore(nullptr);
    m_ids.remove(document);
    m_stores.remove(id);
    return true;
}

void ProjectSession::rememberPosition(AnnotationDocument *document, int scroll)
{
    if (!m_project || m_project->isReadOnly() || articleId(document) == 0)
        return;
    m_project->setSetting(kLastArticle, articleId(document));
    m_project->setSetting(kLastScroll, scroll);
}

qint64 ProjectSession::lastArticle() const
{
    return m_project ? m_project->setting(kLastArticle).toLongLong() : 0;
}

int ProjectSession::lastScroll() const
{
    return m_project ? m_project->setting(kLastScroll).toInt() : 0;
}

} // namespace Hamish
