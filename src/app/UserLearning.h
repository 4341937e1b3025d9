// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tagger/UserLexicon.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Hamish {

class AnnotationDocument;

// Learning from the user across the open articles (a project's, or the window's): a short while after
// the user labels, accepts or rejects something, or after an article arrives, the mentions the user has
// decided on are suggested with their label everywhere else (UserLexicon, merged with
// AnnotationDocument::mergeUserSuggestions), and the engine's contradicting guesses there give way.
// Finding the mentions runs on a worker thread; documents are only touched on this one.
class UserLearning : public QObject
{
    Q_OBJECT

public:
    using DocumentList = std::function<QList<AnnotationDocument *>()>;

    explicit UserLearning(DocumentList documents, QObject *parent = nullptr);

    // Something changed: learn again once the user pauses.
    void schedule();
    // Learns now and spreads the suggestions to every open document; spreadFinished() follows.
    void spread();

signals:
    // A spread is over; `added` suggestions over all documents.
    void spreadFinished(int added);

private:
    DocumentList m_documents;
    QTimer m_pause;
    bool m_running = false;
    bool m_again = false;
    // What the last spread learnt and reached: the same lexicon over the same documents has nothing new to say.
    UserLexicon m_spreadLexicon;
    QList<QPointer<AnnotationDocument>> m_spreadDocuments;
};

} // namespace Hamish
