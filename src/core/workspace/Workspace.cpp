// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/Workspace.h"

#include "core/base/Bidi.h"
#include "core/exchange/Exporter.h"
#include "core/exchange/Importer.h"
#include "core/formats/DocumentImporter.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/AnnotatorLayers.h"
#include "core/storage/ProjectAnnotationStore.h"
#include "core/storage/ServerLocation.h"
#include "core/tagger/EntityTagger.h"
#include "core/tagger/ProjectTraining.h"
#include "core/tagger/UserLexicon.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/ProjectDocumentSource.h"
#include "core/workspace/ProjectImporter.h"
#include "core/workspace/Suggestions.h"

#include <QFile>
#include <QSet>
#include <QUndoStack>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

const QString kLastArticle = u"ui/lastArticle"_s;
const QString kLastScroll = u"ui/lastScroll"_s;
const QString kSuggestionThreshold = u"ui/suggestionThreshold"_s;

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_annotator(Annotating::userName())
{}

void Workspace::setAnnotator(const QString &name)
{
    m_chosenAnnotator = name.trimmed();
    settleAnnotator();
}

void Workspace::settleAnnotator()
{
    m_annotator = m_chosenAnnotator.isEmpty() ? Annotating::userName() : m_chosenAnnotator;
    m_lexicon.reset();
    if (!m_chosenAnnotator.isEmpty() || !m_project || m_project->isShared())
        return;
    // A project file annotated by someone who never chose a name holds their work under the default name it
    // was given then ("me", or "أنا" in the Arabic interface of earlier builds): it stays theirs, whatever the
    // default is now.
    const Result<QStringList> names = m_project->annotatorNames();
    if (!names || names->contains(m_annotator))
        return;
    QStringList layers = *names;
    layers.removeAll(QString());
    layers.removeAll(kCuration.toString());
    if (layers.size() == 1 && Annotating::isDefaultUserName(layers.first()))
        m_annotator = layers.first();
}

Workspace::~Workspace()
{
    close();
}

Error Workspace::notOpen() const
{
    return Error(tr("No project is open."), Error::Kind::Invalid);
}

void Workspace::adopt(std::unique_ptr<ProjectStore> project)
{
    close();
    m_project = std::move(project);
    connect(m_project.get(), &ProjectStore::changed, this, &Workspace::onChange);
    settleAnnotator();
}

void Workspace::onChange(const ProjectChange &change)
{
    // What the user labelled may have changed; an article added with its suggestions teaches nothing.
    if (!m_addingArticle)
        m_lexicon.reset();
    if (change.remote) {
        if (change.kind == ProjectChange::Kind::AnnotationsChanged) {
            resync(change.articleId);
        } else if (change.kind == ProjectChange::Kind::LabelsChanged) {
            const Result<QList<Label>> labels = m_project->labels();
            if (labels) {
                for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
                    const_cast<AnnotationDocument *>(it.key())->setLabels(*labels);
            }
            resync(0);
        }
    }
    emit projectChanged(change);
}

void Workspace::resync(qint64 articleId)
{
    if (!m_project)
        return;
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (articleId != 0 && it.value() != articleId)
            continue;
        // A read that fails leaves the document as it was: the next change or reconnection shows it.
        const Result<QList<Annotation>> annotations = this->annotations(it.value());
        if (annotations)
            const_cast<AnnotationDocument *>(it.key())->syncAnnotations(*annotations);
    }
    for (auto it = m_layers.cbegin(); it != m_layers.cend(); ++it) {
        if (articleId != 0 && it->articleId != articleId)
            continue;
        const Result<QList<Annotation>> annotations = layerAnnotations(it->articleId, it->annotator);
        if (annotations)
            it.key()->syncAnnotations(*annotations);
    }
}

Result<void> Workspace::open(const QString &location, OpenMode mode)
{
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(location, mode);
    if (!opened)
        return opened.error();
    adopt(std::move(*opened));
    return {};
}

Result<void> Workspace::create(const QString &location, const QList<Label> &labels)
{
    Result<std::unique_ptr<ProjectStore>> created = ProjectStore::create(location, labels);
    if (!created)
        return created.error();
    adopt(std::move(*created));
    return {};
}

void Workspace::close()
{
    // Documents may outlive the project briefly (deleteLater): cut them loose from the stores first.
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        const_cast<AnnotationDocument *>(it.key())->setStore(nullptr);
        const_cast<AnnotationDocument *>(it.key())->setReadOnly({});
    }
    m_ids.clear();
    for (auto it = m_layers.cbegin(); it != m_layers.cend(); ++it)
        it.key()->setStore(nullptr);
    qDeleteAll(m_layers.keys());
    m_layers.clear();
    m_pending.clear();
    m_stores.clear();
    m_lexicon.reset();
    m_projectTagger.reset();
    m_projectTaggerRead = false;
    m_projectModelWarning.clear();
    m_project.reset();
}

bool Workspace::isServerLocation(const QString &location)
{
    return ProjectStore::isServerLocation(location);
}

bool Workspace::isProjectLocation(const QString &location)
{
    return location.endsWith(u".hamish", Qt::CaseInsensitive) || isServerLocation(location);
}

Result<QString> Workspace::serverLocation(const QString &url, const QString &user, const QString &password)
{
    Result<ServerLocation> server = ServerLocation::parse(url);
    if (!server)
        return server.error();
    if (!user.isEmpty())
        server->user = user;
    if (password.isEmpty())
        return server->url();
    // ServerLocation::parse reads a password from the query as libpq does; url() leaves it out.
    QUrl withPassword(server->url());
    QUrlQuery query(withPassword);
    query.removeAllQueryItems(u"password"_s);
    query.addQueryItem(u"password"_s, QString::fromLatin1(QUrl::toPercentEncoding(password)));
    withPassword.setQuery(query);
    return withPassword.toString(QUrl::FullyEncoded);
}

QString Workspace::serverUser(const QString &url)
{
    const Result<ServerLocation> server = ServerLocation::parse(url);
    return server ? server->user : QString();
}

QString Workspace::location() const
{
    return m_project ? m_project->location() : QString();
}

QString Workspace::displayName() const
{
    return m_project ? m_project->displayName() : QString();
}

bool Workspace::isReadOnly() const
{
    return m_project && m_project->isReadOnly();
}

bool Workspace::isShared() const
{
    return m_project && m_project->isShared();
}

bool Workspace::isConnected() const
{
    return !m_project || m_project->isConnected();
}

QString Workspace::connectionError() const
{
    return m_project ? m_project->connectionError() : QString();
}

QString Workspace::serverAndUser() const
{
    if (!m_project || !m_project->isShared())
        return {};
    const Result<ServerLocation> server = ServerLocation::parse(m_project->location());
    return server ? server->serverAndUser() : QString();
}

Result<void> Workspace::reconnect()
{
    if (!m_project)
        return notOpen();
    if (!m_pending.isEmpty()) {
        const Result<int> committed = commitPending();
        return committed ? Result<void>() : Result<void>(committed.error());
    }
    const Result<void> connected = m_project->reconnect();
    if (connected)
        emit connectionRestored();
    return connected;
}

QString Workspace::readOnlyReason() const
{
    return m_project ? m_project->readOnlyReason() : QString();
}

Result<QList<ArticleSummary>> Workspace::articles() const
{
    if (!m_project)
        return notOpen();
    return m_project->articles();
}

Result<Article> Workspace::article(qint64 id) const
{
    if (!m_project)
        return notOpen();
    return m_project->article(id);
}

Result<QList<Annotation>> Workspace::annotations(qint64 articleId) const
{
    const Result<QList<Annotation>> all = allAnnotations(articleId);
    if (!all)
        return all;
    return AnnotatorLayers::viewOf(*all, m_annotator);
}

Result<QList<Annotation>> Workspace::allAnnotations(qint64 articleId) const
{
    if (!m_project)
        return notOpen();
    return m_project->annotations(articleId);
}

Result<QStringList> Workspace::annotators() const
{
    const Result<QList<ArticleSummary>> articles = this->articles();
    if (!articles)
        return articles.error();
    QSet<QString> names;
    for (const ArticleSummary &summary : *articles) {
        const Result<QList<Annotation>> all = m_project->annotations(summary.id);
        if (!all)
            return all.error();
        for (const QString &name : AnnotatorLayers::annotatorsIn(*all))
            names.insert(name);
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

Result<AnnotationCounts> Workspace::counts(qint64 articleId) const
{
    if (!m_project)
        return notOpen();
    return m_project->counts(articleId);
}

Result<QList<Label>> Workspace::labels() const
{
    if (!m_project)
        return notOpen();
    return m_project->labels();
}

Result<int> Workspace::labelUsage(const QString &name) const
{
    if (!m_project)
        return notOpen();
    return m_project->labelUsage(name);
}

const UserLexicon &Workspace::lexicon()
{
    if (!m_lexicon) {
        m_lexicon = std::make_unique<UserLexicon>();
        // A read that fails leaves the lexicon short of that article: suggestions, not data, are at stake.
        for (const ArticleSummary &summary : m_project->articles().valueOr({})) {
            const Result<Article> article = m_project->article(summary.id);
            const Result<QList<Annotation>> annotations = this->annotations(summary.id);
            if (article && annotations)
                m_lexicon->learn(article->text(), *annotations);
        }
    }
    return *m_lexicon;
}

Result<Workspace::AddedArticle> Workspace::addArticle(const Article &article)
{
    if (!m_project)
        return notOpen();
    const Result<qint64> existing = m_project->articleIdBySha256(article.sha256());
    if (!existing)
        return existing.error();
    if (*existing != 0)
        return AddedArticle{*existing, true, 0, {}};
    const Result<QList<Label>> labels = m_project->labels();
    if (!labels)
        return labels.error();
    const QList<Annotation> suggestions = Suggestions::forNewArticle(article, *labels, lexicon(), projectTagger());
    m_addingArticle = true;
    const Result<qint64> id = m_project->addArticle(article, suggestions);
    m_addingArticle = false;
    if (!id)
        return id.error();
    QStringList warnings;
    if (!m_projectModelWarning.isEmpty())
        warnings += m_projectModelWarning;
    return AddedArticle{*id, false, suggestions.size(), warnings};
}

std::shared_ptr<const EntityTagger> Workspace::sharedProjectTagger()
{
    if (!m_project)
        return nullptr;
    if (!m_projectTaggerRead) {
        m_projectTaggerRead = true;
        const QByteArray bytes =
            m_project->setting(QString::fromUtf16(ProjectTraining::modelSetting)).valueOr({}).toByteArray();
        if (!bytes.isEmpty()) {
            QString error;
            auto tagger = std::make_shared<const EntityTagger>(SequenceModel::fromBytes(bytes, &error));
            if (tagger->isValid())
                m_projectTagger = std::move(tagger);
            else
                m_projectModelWarning =
                    tr("The project's own entity model is unusable (%1); the shipped one finds the names.").arg(error);
        }
    }
    return m_projectTagger;
}

Result<Workspace::Retrained> Workspace::retrainEntityModel(const QList<TaggedSentence> &shipped, int projectWeight,
                                                           const std::function<void(int epoch)> &progress)
{
    const Result<EntityModelTraining> training = entityModelTraining(shipped, projectWeight);
    if (!training)
        return training.error();
    const Result<void> stored = storeEntityModel(trainEntityModel(*training, progress));
    if (!stored)
        return stored.error();
    return training->counts;
}

Result<Workspace::EntityModelTraining> Workspace::entityModelTraining(const QList<TaggedSentence> &shipped,
                                                                      int projectWeight)
{
    if (!m_project)
        return notOpen();
    EntityModelTraining training;
    QList<ProjectTraining::ReviewedText> texts;
    const Result<QList<ArticleSummary>> summaries = m_project->articles();
    if (!summaries)
        return summaries.error();
    for (const ArticleSummary &summary : *summaries) {
        const Result<Article> article = m_project->article(summary.id);
        const Result<QList<Annotation>> annotations = m_project->annotations(summary.id);
        if (!article)
            return article.error();
        if (!annotations)
            return annotations.error();
        texts += ProjectTraining::ReviewedText{article->text(), *annotations};
    }
    training.counts.articles = texts.size();
    training.reviewed = ProjectTraining::reviewedSentences(texts);
    if (training.reviewed.isEmpty())
        return Error(tr("The project holds no reviewed sentence yet (one where names were accepted, rejected or "
                        "added, and no name suggestion is left undecided); review some first."),
                     Error::Kind::Invalid);
    QString error;
    training.shipped = shipped.isEmpty() ? ProjectTraining::shippedSentences(&error) : shipped;
    const EntityTagger *bundled = EntityTagger::bundled(&error);
    if (training.shipped.isEmpty() || !bundled)
        return Error(tr("Cannot retrain the entity model: %1").arg(error), Error::Kind::Unreadable);
    training.shippedModel = &bundled->model();
    training.projectWeight = projectWeight;
    training.counts.reviewedSentences = training.reviewed.size();
    training.counts.shippedSentences = training.shipped.size();
    return training;
}

SequenceModel Workspace::trainEntityModel(const EntityModelTraining &training,
                                          const std::function<void(int epoch)> &progress)
{
    return ProjectTraining::train(training.shipped, training.reviewed, *training.shippedModel, training.projectWeight,
                                  [&](int epoch, qsizetype) {
                                      if (progress)
                                          progress(epoch);
                                  });
}

Result<void> Workspace::storeEntityModel(const SequenceModel &model)
{
    if (!m_project)
        return notOpen();
    const Result<void> stored =
        m_project->setSetting(QString::fromUtf16(ProjectTraining::modelSetting), model.toBytes());
    if (!stored)
        return stored.error();
    m_projectTagger = std::make_shared<const EntityTagger>(model);
    m_projectTaggerRead = true;
    m_projectModelWarning.clear();
    return {};
}

Result<Workspace::AddedArticle> Workspace::addArticleFile(const QString &path)
{
    const ImportResult read = DocumentImporter::importFile(path);
    if (!read.ok())
        return Error(read.errorMessage,
                     read.error == ImportErrorKind::NotFound ? Error::Kind::NotFound : Error::Kind::Unreadable);
    Result<AddedArticle> added = addArticle(*read.article);
    if (!added)
        return Error(tr("Cannot add %1: %2").arg(Bidi::path(path), added.errorMessage()), added.error().kind());
    added->warnings = read.warnings + added->warnings;
    return added;
}

void Workspace::attach(AnnotationDocument *document, qint64 articleId)
{
    const std::shared_ptr<ProjectAnnotationStore> store = newStore(articleId, m_annotator);
    document->setStore(store.get());
    document->setReadOnly(readOnlyNotice());
    m_stores.insert(articleId, store);
    m_ids.insert(document, articleId);
    connect(document, &QObject::destroyed, this, [this, document] { m_ids.remove(document); });
}

QString Workspace::readOnlyNotice() const
{
    if (!m_project->isReadOnly())
        return {};
    const QString reason = m_project->readOnlyReason();
    return reason.isEmpty() ? tr("%1 is open read-only.").arg(m_project->displayName()) : reason;
}

std::shared_ptr<ProjectAnnotationStore> Workspace::newStore(qint64 articleId, const QString &annotator)
{
    auto store = std::make_shared<ProjectAnnotationStore>(*m_project, articleId, annotator);
    store->setPendingQueue(&m_pending, [this](const QString &message) {
        const bool first = m_pending.isEmpty(); // the first edit to wait: say so once
        QMetaObject::invokeMethod(
            this,
            [this, message, first] {
                if (first)
                    emit connectionLost(message);
                emit pendingEditsChanged(m_pending.size());
            },
            Qt::QueuedConnection);
    });
    store->setConflictHandler([this, articleId] {
        // Told inside the refused edit: show the other's change once it has unwound.
        QMetaObject::invokeMethod(
            this,
            [this, articleId] {
                resync(articleId);
                emit editConflict(articleId, tr("Someone else changed this annotation first: their change is shown "
                                                "now. Make yours again if it is still needed."));
            },
            Qt::QueuedConnection);
    });
    return store;
}

Result<QList<Annotation>> Workspace::layerAnnotations(qint64 articleId, const QString &annotator) const
{
    const Result<QList<Annotation>> all = allAnnotations(articleId);
    if (!all)
        return all;
    return AnnotatorLayers::layerOf(*all, annotator);
}

Result<AnnotationDocument *> Workspace::curationDocument(qint64 articleId)
{
    return layerDocument(articleId, kCuration.toString(), true);
}

Result<AnnotationDocument *> Workspace::annotatorDocument(qint64 articleId, const QString &annotator)
{
    return layerDocument(articleId, annotator, annotator == kCuration);
}

Result<AnnotationDocument *> Workspace::layerDocument(qint64 articleId, const QString &annotator, bool editable)
{
    if (!m_project)
        return notOpen();
    for (auto it = m_layers.cbegin(); it != m_layers.cend(); ++it) {
        if (it->articleId == articleId && it->annotator == annotator)
            return it.key();
    }
    const Result<QList<Label>> labels = m_project->labels();
    if (!labels)
        return labels.error();
    // The article's text as the annotator's document holds it, when loaded: read once, kept once.
    std::shared_ptr<const Article> shared;
    if (const AnnotationDocument *own = document(articleId)) {
        shared = own->sharedArticle();
    } else {
        Result<Article> article = m_project->article(articleId);
        if (!article)
            return article.error();
        shared = std::make_shared<const Article>(std::move(*article));
    }
    Result<QList<Annotation>> annotations = layerAnnotations(articleId, annotator);
    if (!annotations)
        return annotations.error();
    auto *document = new AnnotationDocument(std::move(shared), this);
    document->setLabels(*labels);
    document->resetAnnotations(std::move(*annotations));
    Layer layer{articleId, annotator, nullptr};
    if (editable) {
        layer.store = newStore(articleId, annotator);
        document->setStore(layer.store.get());
    }
    document->setReadOnly(editable ? readOnlyNotice() : tr("%1's annotations are shown read-only.").arg(annotator));
    m_layers.insert(document, layer);
    return document;
}

Result<QList<AnnotationDocument *>> Workspace::loadDocuments()
{
    if (!m_project)
        return notOpen();
    const Result<QList<Label>> labels = m_project->labels();
    if (!labels)
        return labels.error();
    const Result<QList<ArticleSummary>> articles = m_project->articles();
    if (!articles)
        return articles.error();
    QList<AnnotationDocument *> documents;
    for (const ArticleSummary &summary : *articles) {
        Result<AnnotationDocument *> document = newDocument(summary.id, *labels);
        if (!document) {
            qDeleteAll(documents);
            return document.error();
        }
        documents.append(*document);
    }
    return documents;
}

Result<AnnotationDocument *> Workspace::loadDocument(qint64 articleId)
{
    if (!m_project)
        return notOpen();
    if (AnnotationDocument *loaded = document(articleId))
        return loaded;
    const Result<QList<Label>> labels = m_project->labels();
    if (!labels)
        return labels.error();
    return newDocument(articleId, *labels);
}

Result<AnnotationDocument *> Workspace::newDocument(qint64 articleId, const QList<Label> &labels)
{
    Result<Article> article = m_project->article(articleId);
    if (!article)
        return article.error();
    Result<QList<Annotation>> annotations = this->annotations(articleId);
    if (!annotations)
        return annotations.error();
    auto *document = new AnnotationDocument(std::make_shared<const Article>(std::move(*article)));
    document->setLabels(labels);
    document->resetAnnotations(std::move(*annotations));
    attach(document, articleId);
    return document;
}

Result<qint64> Workspace::addDocument(AnnotationDocument *document)
{
    if (!m_project)
        return notOpen();
    const Article &article = document->article();
    const Result<qint64> existing = m_project->articleIdBySha256(article.sha256());
    if (!existing || *existing != 0)
        return existing;
    const Result<QList<Label>> labels = m_project->labels();
    if (!labels)
        return labels.error();
    // What the user decided is theirs; the engine's suggestions stay everyone's.
    QList<Annotation> annotations = document->annotations();
    for (Annotation &annotation : annotations) {
        if (annotation.status != AnnotationStatus::Suggested && annotation.annotator.isEmpty())
            annotation.annotator = m_annotator;
    }
    const Result<qint64> id = m_project->addArticle(article, annotations);
    if (!id)
        return id;
    // The annotations got project ids: reload them so the document and the project agree.
    const Result<QList<Annotation>> stored = this->annotations(*id);
    if (!stored)
        return stored.error();
    document->resetAnnotations(*stored);
    document->setLabels(*labels);
    attach(document, *id);
    return id;
}

Result<void> Workspace::removeDocument(AnnotationDocument *document)
{
    const qint64 id = articleId(document);
    if (!m_project)
        return notOpen();
    if (id == 0)
        return Error(tr("This article is not in the project."), Error::Kind::NotFound);
    if (const Result<void> removed = m_project->removeArticle(id); !removed)
        return removed;
    document->setStore(nullptr);
    document->setReadOnly({});
    m_ids.remove(document);
    m_stores.remove(id);
    for (auto it = m_layers.begin(); it != m_layers.end();) {
        if (it->articleId != id) {
            ++it;
            continue;
        }
        it.key()->setStore(nullptr);
        it.key()->deleteLater();
        it = m_layers.erase(it);
    }
    return {};
}

qint64 Workspace::articleId(const AnnotationDocument *document) const
{
    return m_ids.value(document, 0);
}

AnnotationDocument *Workspace::document(qint64 articleId) const
{
    return const_cast<AnnotationDocument *>(m_ids.key(articleId, nullptr));
}

Result<void> Workspace::editLabels(const QList<Label> &labels, const QHash<QString, QString> &renames)
{
    if (!m_project)
        return notOpen();
    if (const Result<void> replaced = m_project->replaceLabels(labels, renames); !replaced)
        return replaced;
    const Result<QList<Label>> stored = m_project->labels();
    if (!stored)
        return stored.error();
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        auto *document = const_cast<AnnotationDocument *>(it.key());
        const Result<QList<Annotation>> annotations = this->annotations(it.value());
        if (!annotations)
            return annotations.error();
        document->setLabels(*stored);
        document->resetAnnotations(*annotations);
    }
    for (auto it = m_layers.cbegin(); it != m_layers.cend(); ++it) {
        const Result<QList<Annotation>> annotations = layerAnnotations(it->articleId, it->annotator);
        if (!annotations)
            return annotations.error();
        it.key()->setLabels(*stored);
        it.key()->resetAnnotations(*annotations);
        it.key()->undoStack()->clear();
    }
    return {};
}

Result<int> Workspace::commitPending(int *conflicts)
{
    if (!m_project)
        return notOpen();
    if (conflicts)
        *conflicts = 0;
    if (!m_project->isConnected()) {
        if (const Result<void> connected = m_project->reconnect(); !connected)
            return connected.error();
    }
    int committed = 0;
    QHash<qint64, qint64> realIds; // provisional (negative) id -> the id the project gave
    while (!m_pending.isEmpty()) {
        PendingEdit edit = m_pending.first();
        if (edit.annotation.id < 0 && realIds.contains(edit.annotation.id))
            edit.annotation.id = realIds.value(edit.annotation.id);
        const qint64 provisional = m_pending.first().annotation.id;
        const Result<void> done = edit.store->commit(edit);
        if (!done && done.error().kind() != Error::Kind::Conflict && done.error().kind() != Error::Kind::NotFound)
            return done.error(); // still away, or refused: what is left waits
        if (!done && conflicts)
            ++*conflicts;
        if (done) {
            ++committed;
            if (provisional < 0)
                realIds.insert(provisional, edit.annotation.id);
        }
        m_pending.removeFirst();
    }
    resync(0);
    emit connectionRestored();
    return committed;
}

Result<int> Workspace::savePendingTo(const QString &path) const
{
    // The documents whose stores hold waiting edits: an annotator's own, or the curated layer's.
    QSet<const ProjectAnnotationStore *> waiting;
    for (const PendingEdit &edit : m_pending)
        waiting.insert(edit.store);
    QList<AnnotationDocument *> documents;
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (waiting.contains(m_stores.value(it.value()).get()))
            documents.append(const_cast<AnnotationDocument *>(it.key()));
    }
    for (auto it = m_layers.cbegin(); it != m_layers.cend(); ++it) {
        if (it->store && waiting.contains(it->store.get()))
            documents.append(it.key());
    }
    if (documents.isEmpty())
        return Error(tr("No edit is waiting to be saved."), Error::Kind::Invalid);
    return exportDocuments(documents, path, u"json"_s, {});
}

Result<QList<Assignment>> Workspace::assignments() const
{
    if (!m_project)
        return notOpen();
    return m_project->assignments();
}

Result<void> Workspace::assign(qint64 articleId, const QString &annotator)
{
    if (!m_project)
        return notOpen();
    return m_project->assign(articleId, annotator);
}

Result<void> Workspace::unassign(qint64 articleId, const QString &annotator)
{
    if (!m_project)
        return notOpen();
    return m_project->unassign(articleId, annotator);
}

Result<void> Workspace::setDone(qint64 articleId, const QString &annotator, bool done)
{
    if (!m_project)
        return notOpen();
    return m_project->setDone(articleId, annotator, done);
}

Result<QList<Agreement::Article>> Workspace::agreementArticles(qint64 articleId) const
{
    if (!m_project)
        return notOpen();
    const Result<QList<ArticleSummary>> articles = m_project->articles();
    const Result<QList<Assignment>> assignments = m_project->assignments();
    if (!articles || !assignments)
        return articles ? assignments.error() : articles.error();
    QHash<qint64, QStringList> done;
    for (const Assignment &assignment : *assignments) {
        if (assignment.isDone())
            done[assignment.articleId].append(assignment.annotator);
    }
    QList<Agreement::Article> list;
    for (const ArticleSummary &summary : *articles) {
        if (articleId != 0 && summary.id != articleId)
            continue;
        const Result<Article> article = m_project->article(summary.id);
        const Result<QList<Annotation>> annotations = m_project->annotations(summary.id);
        if (!article || !annotations)
            return article ? annotations.error() : article.error();
        Agreement::Article entry{summary.id, summary.title, article->text(), {}, done.value(summary.id)};
        for (const QString &name : AnnotatorLayers::annotatorsIn(*annotations))
            entry.layers.insert(name, AnnotatorLayers::layerOf(*annotations, name));
        list.append(entry);
    }
    return list;
}

Result<Agreement::Report> Workspace::agreement(const Agreement::Options &options) const
{
    const Result<QList<Agreement::Article>> articles = agreementArticles();
    if (!articles)
        return articles.error();
    return Agreement::compute(*articles, options);
}

Result<ProjectCopy::Counts> Workspace::copyTo(const QString &location) const
{
    if (!m_project)
        return notOpen();
    Result<std::unique_ptr<ProjectStore>> target = ProjectStore::create(location, {});
    if (!target)
        return target.error();
    Result<ProjectCopy::Counts> copied = ProjectCopy::copy(*m_project, **target);
    if (!copied && !ProjectStore::isServerLocation(location)) {
        // No half-made file is left under the user's name.
        target->reset();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(location + suffix);
    }
    return copied;
}

QString Workspace::positionKey(const QString &key) const
{
    // In a team's project everyone has their own place.
    return m_project && m_project->isShared() ? key + u'/' + m_annotator : key;
}

void Workspace::rememberPosition(const AnnotationDocument *document, int scroll)
{
    if (!m_project || m_project->isReadOnly() || articleId(document) == 0)
        return;
    // Where the user was is a convenience: a failure to record it is not worth an interruption.
    (void)m_project->setSetting(positionKey(kLastArticle), articleId(document));
    (void)m_project->setSetting(positionKey(kLastScroll), scroll);
}

double Workspace::suggestionThreshold() const
{
    return m_project ? std::clamp(m_project->setting(kSuggestionThreshold).valueOr({}).toDouble(), 0.0, 1.0) : 0.0;
}

void Workspace::setSuggestionThreshold(double threshold)
{
    if (!m_project || m_project->isReadOnly())
        return;
    // A view preference, like the position: not worth an interruption when it cannot be recorded.
    (void)m_project->setSetting(kSuggestionThreshold, std::clamp(threshold, 0.0, 1.0));
}

qint64 Workspace::lastArticle() const
{
    return m_project ? m_project->setting(positionKey(kLastArticle)).valueOr({}).toLongLong() : 0;
}

int Workspace::lastScroll() const
{
    return m_project ? m_project->setting(positionKey(kLastScroll)).valueOr({}).toInt() : 0;
}

Result<void> Workspace::writeSource(const DocumentSource &source, const QString &format, const ExportOptions &options,
                                    const QString &path, QIODevice *device,
                                    const std::function<bool(const QString &)> &isProtected)
{
    const std::unique_ptr<Exporter> exporter = Exporter::create(format);
    if (!exporter)
        return Error(tr("Unknown export format: %1").arg(format), Error::Kind::Invalid);
    if (device)
        return exporter->write(source, options, *device);
    if (path.isEmpty())
        return Error(tr("Choose a file or folder to export to."), Error::Kind::Invalid);
    return exporter->exportTo(source, options, path, isProtected);
}

Result<int> Workspace::exportTo(const QString &path, const QString &format, const ExportOptions &options) const
{
    if (!m_project)
        return notOpen();
    const auto isProtected = [this](const QString &target) {
        return m_project->isOwnFile(target);
    };
    if (const Result<void> written =
            writeSource(ProjectDocumentSource(*m_project, options.articleId, options.annotator, options.curated),
                        format, options, path, nullptr, isProtected);
        !written)
        return written.error();
    if (options.articleId != 0)
        return 1;
    const Result<QList<ArticleSummary>> articles = m_project->articles();
    return articles ? int(articles->size()) : 0;
}

Result<void> Workspace::write(QIODevice &device, const QString &format, const ExportOptions &options) const
{
    if (!m_project)
        return notOpen();
    return writeSource(ProjectDocumentSource(*m_project, options.articleId, options.annotator, options.curated), format,
                       options, {}, &device);
}

Result<int> Workspace::exportDocuments(const QList<AnnotationDocument *> &documents, const QString &path,
                                       const QString &format, const ExportOptions &options)
{
    QList<ExportDocument> list;
    QList<Label> labels;
    for (const AnnotationDocument *document : documents) {
        list.append({list.size() + 1, document->article(), document->annotations()});
        // The labels of every document, each name once, in the order they first appear.
        for (const Label &label : document->labels()) {
            if (std::none_of(labels.cbegin(), labels.cend(), [&](const Label &l) { return l.name == label.name; }))
                labels.append(label);
        }
    }
    if (list.isEmpty())
        return Error(tr("There is no article to export."), Error::Kind::Invalid);
    if (const Result<void> written = writeSource(DocumentList(labels, std::move(list)), format, options, path, nullptr);
        !written)
        return written.error();
    return int(documents.size());
}

Result<ImportReport> Workspace::importFile(const QString &path, const ImportOptions &options)
{
    if (!m_project)
        return notOpen();
    return ProjectImporter::import(*m_project, Importer::readFile(path), options);
}

Result<void> Workspace::saveCopy(const QString &path)
{
    if (!m_project)
        return notOpen();
    return m_project->saveCopy(path);
}

Result<void> Workspace::checkLocation() const
{
    if (!m_project)
        return notOpen();
    return m_project->checkLocation();
}

Result<void> Workspace::checkIntegrity() const
{
    if (!m_project)
        return notOpen();
    return m_project->checkIntegrity();
}

} // namespace Hamish
