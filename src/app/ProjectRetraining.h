// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QProgressBar;

namespace Hamish {

class Workspace;

// Annotate › Retrain on This Project: trains the entity model on the shipped data plus the sentences the user
// reviewed in the open project, on a worker thread with its progress in the status bar, and stores it in the
// project (Workspace::entityModelTraining / trainEntityModel / storeEntityModel): the next articles' suggestions
// come from it. The project is read before and written after on this thread; the window stays usable meanwhile.
class ProjectRetraining : public QObject
{
    Q_OBJECT

public:
    ProjectRetraining(QMainWindow *window, Workspace *workspace);

    // Starts retraining; false (with a message) when no project is open, it is read-only, nothing is reviewed yet,
    // or a retraining is already running.
    bool start();
    void setWorkspace(Workspace *workspace);
    bool isRunning() const { return m_running; }
    QAction *action() const { return m_action; }

signals:
    // Training is over: the model is stored (ok) or not, and `message` says what happened.
    void finished(bool ok, const QString &message);
    void epochDone(int epoch, int epochs);

private:
    void updateEnabled();
    void done(bool ok, const QString &message);

    QMainWindow *m_window;
    QPointer<Workspace> m_workspace;
    QAction *m_action = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_running = false;
};

} // namespace Hamish
