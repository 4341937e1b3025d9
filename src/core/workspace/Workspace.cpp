// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/Workspace.h"

#include "core/exchange/Exporter.h"
#include "core/exchange/Importer.h"
#include "core/formats/DocumentImporter.h"
#include "core/model/AnnotationDocument.h"
#include "core/storage/ProjectAnnotationStore.h"
#include "core/tagger/EntityTagger.h"
#include "core/tagger/ProjectTraining.h"
#include "core/tagger/UserLexicon.h"
#include "core/workspace/ProjectDocumentSource.h"
#include "core/workspace/ProjectImporter.h"
#include "core/workspace/Suggestions.h"

#include <QUndoStack>

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
{}

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
    connect(m_project.get(), &ProjectStore::changed, this, [this](const ProjectChange &change) {
        // What the user labelled may have changed; an article added with its suggestions teaches nothing.
        if (!m_addingArticle)
            m_lexicon.reset();
        emit projectChanged(change);
    });
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
    m_stores.clear();
    m_lexicon.reset();
    m_projectTagger.reset();
    m_projectTaggerRead = false;
    m_projectModelWarning.clear();
    m_project.reset();
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
    if (!m_project)
        return notOpen();
    return m_project->annotations(articleId);
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
            const Result<QList<Annotation>> annotations = m_project->annotations(summary.id);
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
        return Error(tr("Cannot add %1: %2").arg(path, added.errorMessage()), added.error().kind());
    added->warnings = read.warnings + added->warnings;
    return added;
}

void Workspace::attach(AnnotationDocument *document, qint64 articleId)
{
    auto store = std::make_shared<ProjectAnnotationStore>(*m_project, articleId);
    document->setStore(store.get());
    const QString reason = m_project->readOnlyReason();
    document->setReadOnly(!m_project->isReadOnly() ? QString()
                          : reason.isEmpty()       ? tr("%1 is open read-only.").arg(m_project->displayName())
                                                   : reason);
    m_stores.insert(articleId, store);
    m_ids.insert(document, articleId);
    connect(document, &QObject::destroyed, this, [this, document] { m_ids.remove(document); });
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
        Result<Article> article = m_project->article(summary.id);
        Result<QList<Annotation>> annotations = m_project->annotations(summary.id);
        if (!article || !annotations) {
            qDeleteAll(documents);
            return article ? annotations.error() : article.error();
        }
        auto *document = new AnnotationDocument(std::make_shared<const Article>(std::move(*article)));
        document->setLabels(*labels);
        document->resetAnnotations(std::move(*annotations));
        attach(document, summary.id);
        documents.append(document);
    }
    return documents;
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
    const Result<qint64> id = m_project->addArticle(article, document->annotations());
    if (!id)
        return id;
    // The annotations got project ids: reload them so the document and the project agree.
    const Result<QList<Annotation>> stored = m_project->annotations(*id);
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
        const Result<QList<Annotation>> annotations = m_project->annotations(it.value());
        if (!annotations)
            return annotations.error();
        document->setLabels(*stored);
        document->resetAnnotations(*annotations);
    }
    return {};
}

void Workspace::rememberPosition(const AnnotationDocument *document, int scroll)
{
    if (!m_project || m_project->isReadOnly() || articleId(document) == 0)
        return;
    // Where the user was is a convenience: a failure to record it is not worth an interruption.
    (void)m_project->setSetting(kLastArticle, articleId(document));
    (void)m_project->setSetting(kLastScroll, scroll);
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
    return m_project ? m_project->setting(kLastArticle).valueOr({}).toLongLong() : 0;
}

int Workspace::lastScroll() const
{
    return m_project ? m_project->setting(kLastScroll).valueOr({}).toInt() : 0;
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
    if (const Result<void> written = writeSource(ProjectDocumentSource(*m_project, options.articleId), format, options,
                                                 path, nullptr, isProtected);
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
    return writeSource(ProjectDocumentSource(*m_project, options.articleId), format, options, {}, &device);
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
