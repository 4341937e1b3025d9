// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"
#include "core/model/Annotation.h"
#include "core/model/Label.h"
#include "core/storage/ArticleSummary.h"
#include "core/text/Article.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QVariant>

#include <functional>
#include <memory>

namespace Hamish {

// What changed in a project, told once the change is committed (after a transaction's commit; never for
// one that rolled back). A store that others write to as well (a server) tells their changes too.
struct ProjectChange
{
    enum class Kind {
        ArticleAdded,
        ArticleRemoved,
        AnnotationsChanged,
        LabelsChanged,
        SettingChanged,
        AssignmentsChanged
    };

    Kind kind = Kind::AnnotationsChanged;
    qint64 articleId = 0; // the article concerned; 0 for labels and settings (and for "any article")
    QString key;          // the setting's key
    bool remote = false;  // made by someone else (another Hamish on the same server project)

    friend bool operator==(const ProjectChange &, const ProjectChange &) = default;
};

// An article given to an annotator, and whether they have marked it done.
struct Assignment
{
    qint64 articleId = 0;
    QString annotator;
    QDateTime assigned;
    QDateTime done; // invalid until marked done

    bool isDone() const { return done.isValid(); }
    friend bool operator==(const Assignment &, const Assignment &) = default;
};

// A project: articles with their text and blocks, the label set, annotations and settings, wherever they
// are kept. SqliteProjectStore keeps them in one file; the contract below holds for any implementation,
// so that a server-backed one is a new class and front ends do not change.
//
// - Ids are positive 64-bit integers given by the store, unique within the project and never reused while
//   the row exists; 0 means "none" (no preferred id, no such article). Offsets are UTF-16 indices into the
//   article's text, end exclusive.
// - Times are UTC with millisecond precision. An annotation stored without created or modified times gets
//   the store's current time; updateAnnotation sets modified to now.
// - Every call that changes something is committed when it returns (durably), unless it runs inside
//   transaction(), whose edits are committed together or not at all. A failure is an Error with a message
//   for the user; a read that fails is an error too, never an empty list.
// - A read-only store refuses every change with Error::Kind::ReadOnly and says why in readOnlyReason().
// - Every annotation row has a version, 1 when added and one more at each update. An update that names a
//   version (Annotation::version > 0) applies only to that version: when someone else changed the row first
//   it is refused with Error::Kind::Conflict and changes nothing; version 0 updates whatever is there.
// - A store whose connection is lost (a server) refuses with Error::Kind::Disconnected, having written
//   nothing, until reconnect() succeeds.
class ProjectStore : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode { ReadWrite, ReadOnly };

    // Opens the project at `location`: a file path (an SQLite project file) or a PostgreSQL URL
    // (ServerLocation: postgresql://[user[:password]@]host[:port]/database[?schema=NAME&...]). A file open
    // elsewhere opens read-only, with the reason in readOnlyReason(); a server project is shared.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &location, OpenMode mode = OpenMode::ReadWrite);
    // Creates a new project (refusing to replace an existing one) with the given label set, and opens it:
    // a file, or the tables of a project in an empty database (or schema) on a server.
    static Result<std::unique_ptr<ProjectStore>> create(const QString &location,
                                                        const QList<Label> &labels = defaultLabels());
    // Whether `location` names a project on a database server rather than a file.
    static bool isServerLocation(const QString &location);

    ~ProjectStore() override;

    // Where the project is: a file path (or, for a server, its URL without password); and how to name it
    // to the user.
    virtual QString location() const = 0;
    virtual QString displayName() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual QString readOnlyReason() const = 0;
    // Whether others may write to the project while it is open here (a server project).
    virtual bool isShared() const { return false; }
    // Whether the connection is up (always, for a file). A store that lost it says why in connectionError().
    virtual bool isConnected() const { return true; }
    virtual QString connectionError() const { return {}; }
    // Connects again after a lost connection; what others changed meanwhile is told as one remote change.
    virtual Result<void> reconnect() { return {}; }

    // Articles in the order they were added, with their annotation counts.
    virtual Result<QList<ArticleSummary>> articles() const = 0;
    virtual Result<Article> article(qint64 id) const = 0;
    // The first article whose text has this SHA-256 (Article::sha256), or 0 when there is none.
    virtual Result<qint64> articleIdBySha256(const QString &sha256) const = 0;
    // Stores an article with its annotations (suggestions, usually) in one commit and returns its id. A
    // non-zero preferredId is kept when it is free (imports keep document ids).
    virtual Result<qint64> addArticle(const Article &article, const QList<Annotation> &annotations = {},
                                      qint64 preferredId = 0) = 0;
    // Removes an article with its annotations.
    virtual Result<void> removeArticle(qint64 id) = 0;

    virtual Result<QList<Label>> labels() const = 0;
    virtual Result<qint64> addLabel(const Label &label) = 0;  // keeps label.id when it is non-zero and free
    virtual Result<void> updateLabel(const Label &label) = 0; // by id: rename, recolour, rebind
    virtual Result<void> removeLabel(qint64 id) = 0;          // refused while annotations use it
    // How many annotations, over all articles, use the label with that name.
    virtual Result<int> labelUsage(const QString &name) const = 0;
    // Makes `labels` the project's label set in one transaction: `renames` maps old names to new ones
    // (annotations follow, swaps work); a label neither in `labels` nor renamed is removed together with
    // its annotations in every article; colours and shortcuts come from `labels`; new names are added.
    virtual Result<void> replaceLabels(const QList<Label> &labels, const QHash<QString, QString> &renames) = 0;

    // An article's annotations, in every annotator's layer, ordered by start, longest first.
    virtual Result<QList<Annotation>> annotations(qint64 articleId) const = 0;
    // One annotation by id (NotFound when there is none), and the article it belongs to.
    virtual Result<Annotation> annotation(qint64 id, qint64 *articleId = nullptr) const = 0;
    // Stores an annotation and returns its id. annotation.id is kept when non-zero and free, so undoing a
    // removal restores the same id. The span must lie inside the text and the label must exist.
    virtual Result<qint64> addAnnotation(qint64 articleId, const Annotation &annotation) = 0;
    // Replaces the annotation with annotation.id. When there is none it returns Error::Kind::NotFound and,
    // having changed nothing, leaves an open transaction usable, so a caller may insert it instead.
    virtual Result<void> updateAnnotation(const Annotation &annotation) = 0;
    virtual Result<void> removeAnnotation(qint64 id) = 0;
    virtual Result<AnnotationCounts> counts(qint64 articleId) const = 0;

    // A project setting (where the user was, ...): an invalid QVariant when it is not set.
    virtual Result<QVariant> setting(const QString &key) const = 0;
    // Sets a setting; an invalid or null value removes it.
    virtual Result<void> setSetting(const QString &key, const QVariant &value) = 0;
    // Every setting, for a copy of the project.
    virtual Result<QHash<QString, QVariant>> settings() const = 0;

    // Who annotates which article (ordered by article, then annotator), and who has finished.
    virtual Result<QList<Assignment>> assignments() const = 0;
    // The annotators with at least one annotation in the project (curation included), sorted.
    virtual Result<QStringList> annotatorNames() const = 0;
    // Gives an article to an annotator (nothing changes when it is already theirs).
    virtual Result<void> assign(qint64 articleId, const QString &annotator) = 0;
    virtual Result<void> unassign(qint64 articleId, const QString &annotator) = 0;
    // Marks an annotator's work on an article done (or not yet), assigning it when it was not.
    virtual Result<void> setDone(qint64 articleId, const QString &annotator, bool done) = 0;

    // Runs `work` as one transaction: all its edits are committed together, or none when it returns an
    // error or any edit in it fails. Once an edit has failed, every later edit inside the same transaction
    // is refused, so nothing after the failure can reach the project on its own. Nested calls join the
    // outer transaction. Returns work's error, the first failed edit's, or the commit's.
    virtual Result<void> transaction(const std::function<Result<void>()> &work) = 0;

    // Writes a consistent copy of the project to the file `path` (replacing it atomically), for Save As
    // and Save a Copy. The open project stays this one. Refused when `path` is one of the project's own
    // files (isOwnFile).
    virtual Result<void> saveCopy(const QString &path) = 0;
    // Whether writing to `path` would overwrite one of the files the project is made of, whatever name
    // leads there (a link, `..`): exports and copies refuse such a target. A server's project has none.
    virtual bool isOwnFile(const QString &path) const;
    // Whether the project is still where it was opened. Once its file has been moved, replaced or deleted
    // this is an Error::Kind::Moved error, and every change is refused with it (the open connection still
    // reads, so saveCopy() can save the work elsewhere).
    virtual Result<void> checkLocation() const;
    // Checks the project's storage for damage; the error lists what is wrong.
    virtual Result<void> checkIntegrity() const = 0;

signals:
    void changed(const Hamish::ProjectChange &change);

protected:
    explicit ProjectStore(QObject *parent = nullptr);
};

} // namespace Hamish
