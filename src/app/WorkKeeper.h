// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QProgressDialog;
class QWidget;

namespace Hamish {

class AnnotationDocument;
class Workspace;

// Keeps the user's work from being lost without a word, on the window's side: the scratch project that
// holds articles opened outside a named project (so that their annotations are kept as they are made, like
// a note-taking app's notes), the question before loose work is dropped when no scratch project could be
// opened, the warning when a change could not be saved, the alert when the project file is moved or deleted
// while open, and the progress of a long bulk edit.
class WorkKeeper : public QObject
{
    Q_OBJECT

public:
    WorkKeeper(QWidget *window, Workspace *workspace);
    ~WorkKeeper() override;

    // Where the scratch project lives (the application's data folder); empty: none, articles opened outside
    // a project are loose and closing them with changes asks first.
    void setScratchLocation(const QString &path) { m_scratch = path; }
    QString scratchLocation() const { return m_scratch; }
    // Whether the open project is the scratch project.
    bool isScratch() const;
    // Removes the scratch project's files once its work lives in a named project.
    void clearScratch();

    // A document shown in the window: its failed writes are reported, its bulk edits show progress.
    void watch(AnnotationDocument *document);
    // The open project changed (opened, created, closed): watch where its file is.
    void projectChanged();
    // Checks that the open project is still where it was opened, alerting the user once when not.
    void checkLocation();

    // Whether loose documents (no project) hold edits that would be lost by closing them.
    static bool hasUnsavedWork(const QList<AnnotationDocument *> &documents);
    // Asks before loose work is dropped: true when there is none or the user chose to discard it; `save`
    // is called when they chose to save it as a project (its result decides).
    bool mayDrop(const QList<AnnotationDocument *> &documents, const std::function<bool()> &save);

signals:
    // The user agreed to save the work under a new name (after the project file went away).
    void saveElsewhereRequested();

private:
    void storeFailed(const QString &message);
    void showProgress(qsizetype done, qsizetype total);

    QWidget *m_window;
    Workspace *m_workspace;
    QString m_scratch;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    bool m_alerted = false; // the user was told the project file went away
    bool m_warning = false; // a warning is on screen
    QPointer<QProgressDialog> m_progress;
    QElapsedTimer m_progressClock;
};

} // namespace Hamish
