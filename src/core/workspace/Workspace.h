// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"
#include "core/exchange/ExportOptions.h"
#include "core/storage/ProjectAnnotationStore.h"
#include "core/storage/ProjectCopy.h"
#include "core/storage/ProjectStore.h"
#include "core/tagger/ConllCorpus.h"
#include "core/tagger/SequenceModel.h"
#include "core/workspace/Agreement.h"
#include "core/workspace/ImportOptions.h"
#include "core/workspace/ImportReport.h"

#include <QHash>
#include <QIODevice>
#include <QObject>

#include <functional>
#include <memory>

namespace Hamish {

class AnnotationDocument;
class DocumentSource;
class EntityTagger;
class ProjectAnnotationStore;
class UserLexicon;

// The one place where a front end works with a project: opens or creates it, loads its articles as
// documents whose edits are committed as they are made, adds articles with the engine's suggestions,
// changes the label set, exports and imports, and remembers where the user was. The window and every
// command-line subcommand go through it; none of them sees the store.
class Workspace : public QObject
{
    Q_OBJECT

public:
    using OpenMode = ProjectStore::OpenMode;

    // An article given to addArticle(): its id, whether its text was already in the project (then nothing
    // was added), how many suggestions it got, and what reading its file warned about.
    struct AddedArticle
    {
        qint64 id = 0;
        bool existed = false;
        qsizetype suggestions = 0;
        QStringList warnings;
    };

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Open or create a project, replacing the open one (the caller has let its documents go first). A
    // project open elsewhere opens read-only: isReadOnly() and readOnlyReason() say why.
    Result<void> open(const QString &location, OpenMode mode = OpenMode::ReadWrite);
    Result<void> create(const QString &location, const QList<Label> &labels = defaultLabels());
    void close();

    bool isOpen() const { return m_project != nullptr; }
    QString location() const;
    QString displayName() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // A project others work on at the same time (on a server), whether the connection is up, and where
    // and who ("salma @ db.example.org").
    bool isShared() const;
    bool isConnected() const;
    QString connectionError() const;
    QString serverAndUser() const;
    // Connects again after a lost connection and shows what changed meanwhile in every document.
    Result<void> reconnect();
    // Whether a location names a project on a server (a postgresql:// URL) rather than a file.
    static bool isServerLocation(const QString &location);
    // Whether a path or URL given to open names a project (a .hamish file or a server URL), not an article.
    static bool isProjectLocation(const QString &location);
    // The location to open for a server URL as `user` (when not empty) with `password` (when not empty):
    // the password rides in the location, in memory only; location() never shows it.
    static Result<QString> serverLocation(const QString &url, const QString &user, const QString &password);
    // The user a server URL names (empty: none, or not a server URL).
    static QString serverUser(const QString &url);
    // Edits made while the connection was lost wait, in order, kept in the documents: how many.
    qsizetype pendingEdits() const { return m_pending.size(); }
    // Reconnects when needed and commits the waiting edits in order; an edit someone else's change overtook
    // is dropped and counted in *conflicts. Returns how many were committed; on failure the rest still wait.
    Result<int> commitPending(int *conflicts = nullptr);
    // Writes the documents with waiting edits to a Hamish JSON file (to import later, or keep).
    Result<int> savePendingTo(const QString &path) const;

    // Who is annotating: the layer documents show and edit (AnnotatorLayers). The login name unless set
    // (Settings, --annotator); changing it takes effect for documents loaded afterwards.
    QString annotator() const { return m_annotator; }
    void setAnnotator(const QString &name);

    // What the project holds.
    Result<QList<ArticleSummary>> articles() const;
    Result<Article> article(qint64 id) const;
    // An article's annotations as the annotator sees them (their layer and the suggestions).
    Result<QList<Annotation>> annotations(qint64 articleId) const;
    // Every layer of an article: every annotator's annotations, the curated ones and the suggestions.
    Result<QList<Annotation>> allAnnotations(qint64 articleId) const;
    // The annotators with a layer anywhere in the project, sorted.
    Result<QStringList> annotators() const;
    Result<AnnotationCounts> counts(qint64 articleId) const;
    Result<QList<Label>> labels() const;
    Result<int> labelUsage(const QString &name) const;

    // Stores an article with its suggestions: the engine's, with what the user has labelled elsewhere in
    // the project first, for the labels the project has. An article whose text is already there is not
    // added again (existed, with that article's id).
    Result<AddedArticle> addArticle(const Article &article);
    // The same for an article file (.txt, .html) read from disk.
    Result<AddedArticle> addArticleFile(const QString &path);

    // Retrains the entity model on the shipped training data (or `shipped`, when given) plus the sentences the user
    // reviewed in the project (ProjectTraining::reviewedSentences), each counted `projectWeight` times, and stores
    // it in the project: the project's next suggestions come from it. `progress` is called after each epoch.
    struct Retrained
    {
        qsizetype articles = 0;
        qsizetype reviewedSentences = 0;
        qsizetype shippedSentences = 0;
    };
    Result<Retrained> retrainEntityModel(const QList<TaggedSentence> &shipped = {}, int projectWeight = 1,
                                         const std::function<void(int epoch)> &progress = {});
    // The same in three steps, for a front end that trains on a worker thread: what to train on (read from the
    // project here), the training itself (any thread; touches no project), and storing the result.
    struct EntityModelTraining
    {
        Retrained counts;
        QList<TaggedSentence> shipped;
        QList<TaggedSentence> reviewed;
        const SequenceModel *shippedModel = nullptr; // the recipe and calibration to follow
        int projectWeight = 1;
    };
    Result<EntityModelTraining> entityModelTraining(const QList<TaggedSentence> &shipped = {}, int projectWeight = 1);
    static SequenceModel trainEntityModel(const EntityModelTraining &training,
                                          const std::function<void(int epoch)> &progress = {});
    Result<void> storeEntityModel(const SequenceModel &model);
    // The model trained on the project, nullptr when it has none (or it cannot be read: projectModelWarning()).
    // The shared one stays valid on a worker thread while the project's model is replaced.
    const EntityTagger *projectTagger() { return sharedProjectTagger().get(); }
    std::shared_ptr<const EntityTagger> sharedProjectTagger();
    QString projectModelWarning() const { return m_projectModelWarning; }

    // Documents: a document for every article, in order, with its annotations and the project's labels,
    // each committing its edits to the project (the caller owns them).
    Result<QList<AnnotationDocument *>> loadDocuments();
    // A document for one article (one someone else added to a shared project), or the one already loaded.
    Result<AnnotationDocument *> loadDocument(qint64 articleId);
    // Stores a loose document's article with its annotations and connects the document to the project.
    // Returns the existing article's id, leaving the document loose, when one with the same text is there.
    Result<qint64> addDocument(AnnotationDocument *document);
    // Another layer of an article than the annotator's own, as a document the workspace keeps (until the
    // project closes) and shows others' changes in, like the annotator's: the curated layer (annotator
    // kCuration), whose edits go to it, for curation; or one annotator's layer, read-only (View › Annotators).
    Result<AnnotationDocument *> curationDocument(qint64 articleId);
    Result<AnnotationDocument *> annotatorDocument(qint64 articleId, const QString &annotator);
    Result<void> removeDocument(AnnotationDocument *document);
    qint64 articleId(const AnnotationDocument *document) const;
    AnnotationDocument *document(qint64 articleId) const;
    // Changes the project's label set (ProjectStore::replaceLabels) and shows it in every document of the
    // project, with their annotations renamed or removed to match. Not undoable: the documents' undo
    // histories are cleared, since they speak of labels that may no longer exist.
    Result<void> editLabels(const QList<Label> &labels, const QHash<QString, QString> &renames);

    // Assignment and progress: who annotates which article, and who has marked it done.
    Result<QList<Assignment>> assignments() const;
    Result<void> assign(qint64 articleId, const QString &annotator);
    Result<void> unassign(qint64 articleId, const QString &annotator);
    Result<void> setDone(qint64 articleId, const QString &annotator, bool done);

    // Inter-annotator agreement over the project's articles (Agreement).
    Result<Agreement::Report> agreement(const Agreement::Options &options = {}) const;
    // What agreement reads of one article (every article for 0): its text, layers and done marks.
    Result<QList<Agreement::Article>> agreementArticles(qint64 articleId = 0) const;
    // Suggestions whose confidence is below this are not shown (a project setting; 0 shows all).
    double suggestionThreshold() const;
    void setSuggestionThreshold(double threshold);

    // Where the user was: the article and the scroll position in it.
    void rememberPosition(const AnnotationDocument *document, int scroll);
    qint64 lastArticle() const;
    int lastScroll() const;

    // Exports the project in `format` (Exporter::formats()) to `path` (a file, or a folder for brat);
    // returns how many articles were written. A target that is one of the project's own files is refused.
    Result<int> exportTo(const QString &path, const QString &format, const ExportOptions &options = {}) const;
    // Single-file formats, to a device (standard output).
    Result<void> write(QIODevice &device, const QString &format, const ExportOptions &options = {}) const;
    // Exports documents that belong to no project (numbered from 1 in the list's order).
    static Result<int> exportDocuments(const QList<AnnotationDocument *> &documents, const QString &path,
                                       const QString &format, const ExportOptions &options = {});
    // Copies the whole open project to a new project at `location` (a file or a server), keeping ids.
    Result<ProjectCopy::Counts> copyTo(const QString &location) const;
    // Imports an exchange file (.json Hamish export, .jsonl doccano) into the project, all or nothing.
    Result<ImportReport> importFile(const QString &path, const ImportOptions &options = {});

    // Writes a consistent copy of the project to `path`, for Save As and Save a Copy.
    Result<void> saveCopy(const QString &path);
    Result<void> checkIntegrity() const;
    // Whether the project is still where it was opened (ProjectStore::checkLocation): an Error::Kind::Moved
    // error once its file was moved or deleted; the front end then offers to save the work elsewhere.
    Result<void> checkLocation() const;

signals:
    // Something in the open project changed (see ProjectChange); a remote change is already shown in the
    // documents it concerns.
    void projectChanged(const Hamish::ProjectChange &change);
    // An edit was refused because someone else changed the same annotation first; the document shows
    // their change now.
    void editConflict(qint64 articleId, const QString &message);
    // The connection to the project's server was lost (edits now wait), or it is back and nothing waits.
    void connectionLost(const QString &message);
    void connectionRestored();
    // An edit now waits for the connection (how many do).
    void pendingEditsChanged(qsizetype waiting);

private:
    Error notOpen() const;
    void adopt(std::unique_ptr<ProjectStore> project);
    // The annotator: the chosen name, else the default name, or the default name the project file's one
    // annotator was given when it differs from today's.
    void settleAnnotator();
    void attach(AnnotationDocument *document, qint64 articleId);
    std::shared_ptr<ProjectAnnotationStore> newStore(qint64 articleId, const QString &annotator);
    // Why the project's documents refuse edits (empty when it is writable).
    QString readOnlyNotice() const;
    // What a layer document (layerDocument) shows of an article.
    Result<QList<Annotation>> layerAnnotations(qint64 articleId, const QString &annotator) const;
    Result<AnnotationDocument *> layerDocument(qint64 articleId, const QString &annotator, bool editable);
    Result<AnnotationDocument *> newDocument(qint64 articleId, const QList<Label> &labels);
    // Shows what the project holds now in the document of an article (every document for 0).
    void resync(qint64 articleId);
    void onChange(const ProjectChange &change);
    QString positionKey(const QString &key) const;
    const UserLexicon &lexicon();
    static Result<void> writeSource(const DocumentSource &source, const QString &format, const ExportOptions &options,
                                    const QString &path, QIODevice *device,
                                    const std::function<bool(const QString &)> &isProtected = {});

    std::unique_ptr<ProjectStore> m_project;
    QHash<const AnnotationDocument *, qint64> m_ids;
    QHash<qint64, std::shared_ptr<ProjectAnnotationStore>> m_stores;
    // The layer documents (curationDocument, annotatorDocument): which article and layer each shows.
    struct Layer
    {
        qint64 articleId = 0;
        QString annotator;
        std::shared_ptr<ProjectAnnotationStore> store; // the curated layer's; none for a read-only layer
    };
    QHash<AnnotationDocument *, Layer> m_layers;
    // What the user has labelled in the project, suggested in new articles: learnt once, again after a change.
    std::unique_ptr<UserLexicon> m_lexicon;
    // The project's own entity model (setting ProjectTraining::modelSetting), read on first use.
    std::shared_ptr<const EntityTagger> m_projectTagger;
    bool m_projectTaggerRead = false;
    QString m_projectModelWarning;
    bool m_addingArticle = false;
    QString m_annotator;
    QString m_chosenAnnotator; // the name setAnnotator() was given; empty for the default
    QList<PendingEdit> m_pending;
};

} // namespace Hamish
