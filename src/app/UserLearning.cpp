// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/UserLearning.h"

#include "core/model/AnnotationDocument.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace Hamish {

namespace {

// Long enough that a burst of edits (accepting a run of suggestions) is learnt once.
constexpr int kPauseMs = 1200;

struct Target
{
    QPointer<AnnotationDocument> document;
    std::shared_ptr<const Article> article;
};

} // namespace

UserLearning::UserLearning(DocumentList documents, QObject *parent)
    : QObject(parent)
    , m_documents(std::move(documents))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &UserLearning::spread);
}

void UserLearning::schedule()
{
    m_pause.start();
}

void UserLearning::spread()
{
    m_pause.stop();
    if (m_running) {
        m_again = true;
        return;
    }
    UserLexicon lexicon;
    QList<Target> targets;
    QList<QPointer<AnnotationDocument>> documents;
    for (AnnotationDocument *document : m_documents()) {
        lexicon.learn(document->article().text(), document->annotations());
        targets.append({document, document->sharedArticle()});
        documents.append(document);
    }
    // Switching articles or editing a note changes nothing the lexicon knows. A lexicon that lost what it
    // knew (an undone label) still spreads: what that taught is withdrawn.
    if (lexicon == m_spreadLexicon && documents == m_spreadDocuments) {
        emit spreadFinished(0);
        return;
    }
    m_spreadLexicon = lexicon;
    m_spreadDocuments = documents;
    m_running = true;
    auto *watcher = new QFutureWatcher<QList<QList<Annotation>>>(this);
    connect(watcher, &QFutureWatcher<QList<QList<Annotation>>>::finished, this, [this, watcher, targets] {
        watcher->deleteLater();
        const QList<QList<Annotation>> found = watcher->future().result();
        int added = 0;
        for (qsizetype i = 0; i < targets.size(); ++i) {
            if (targets.at(i).document)
                added += int(targets.at(i).document->mergeUserSuggestions(found.at(i)));
        }
        m_running = false;
        emit spreadFinished(added);
        if (m_again) {
            m_again = false;
            spread();
        }
    });
    watcher->setFuture(QtConcurrent::run([lexicon, targets] {
        QList<QList<Annotation>> found;
        for (const Target &target : targets)
            found.append(lexicon.suggest(target.article->text()));
        return found;
    }));
}

} // namespace Hamish
