// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ProjectRetraining.h"

#include "app/ActionManager.h"
#include "app/Dialogs.h"
#include "core/tagger/PerceptronTrainer.h"
#include "core/workspace/Workspace.h"

#include <QAction>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QProgressBar>
#include <QStatusBar>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Hamish {

ProjectRetraining::ProjectRetraining(QMainWindow *window, Workspace *workspace)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
{
    m_action = ActionManager::createAction(u"annotation.retrain"_s, tr("&Retrain on This Project"), {}, window);
    m_action->setToolTip(tr("Train the entity model again with the names reviewed in this project, so that the next "
                            "articles' suggestions learn from them"));
    connect(m_action, &QAction::triggered, this, [this] { start(); });
    m_progress = new QProgressBar(window->statusBar());
    m_progress->setObjectName(u"retrainProgressBar"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("Retraining %p%"));
    m_progress->setAccessibleName(tr("Retraining the entity model"));
    m_progress->hide();
    window->statusBar()->addPermanentWidget(m_progress);
    updateEnabled();
}

void ProjectRetraining::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
}

void ProjectRetraining::updateEnabled()
{
    m_action->setEnabled(!m_running);
}

bool ProjectRetraining::start()
{
    if (m_running)
        return false;
    if (!m_workspace || !m_workspace->isOpen()) {
        Dialogs::information(m_window, tr("Retrain on This Project"),
                             tr("Open or create a project first: the model learns from the names reviewed in it."));
        return false;
    }
    if (m_workspace->isReadOnly()) {
        Dialogs::warning(m_window, tr("Retrain on This Project"), m_workspace->readOnlyReason());
        return false;
    }
    const Result<Workspace::EntityModelTraining> training = m_workspace->entityModelTraining();
    if (!training) {
        Dialogs::information(m_window, tr("Retrain on This Project"), training.errorMessage());
        return false;
    }
    m_running = true;
    updateEnabled();
    const int epochs = PerceptronTrainer::Options().epochs;
    m_progress->setRange(0, epochs);
    m_progress->setValue(0);
    m_progress->show();
    m_window->statusBar()->showMessage(tr("Retraining the entity model on %n reviewed sentence(s) of the project…",
                                          nullptr, int(training->counts.reviewedSentences)));
    const QString location = m_workspace->location();
    auto *watcher = new QFutureWatcher<SequenceModel>(this);
    connect(watcher, &QFutureWatcher<SequenceModel>::finished, this, [this, watcher, location, training] {
        watcher->deleteLater();
        const SequenceModel model = watcher->future().takeResult();
        // The user may have closed the project, or opened another, meanwhile: the model is that project's only.
        if (!m_workspace || !m_workspace->isOpen() || m_workspace->location() != location) {
            done(false, tr("The project was closed before retraining finished; its model is unchanged."));
            return;
        }
        if (const Result<void> stored = m_workspace->storeEntityModel(model); !stored) {
            done(false, tr("Cannot store the retrained model: %1").arg(stored.errorMessage()));
            return;
        }
        done(true, tr("Retrained on %n reviewed sentence(s): the next articles' suggestions come from the project's "
                      "own model.",
                      nullptr, int(training->counts.reviewedSentences)));
    });
    QPointer<ProjectRetraining> self(this);
    const Workspace::EntityModelTraining data = *training;
    watcher->setFuture(QtConcurrent::run([data, self, epochs] {
        return Workspace::trainEntityModel(data, [self, epochs](int epoch) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, epoch, epochs] {
                    if (!self)
                        return;
                    self->m_progress->setValue(epoch);
                    emit self->epochDone(epoch, epochs);
                },
                Qt::QueuedConnection);
        });
    }));
    return true;
}

void ProjectRetraining::done(bool ok, const QString &message)
{
    m_running = false;
    m_progress->hide();
    updateEnabled();
    m_window->statusBar()->showMessage(message, 8000);
    if (!ok)
        Dialogs::warning(m_window, tr("Retrain on This Project"), message);
    emit finished(ok, message);
}

} // namespace Hamish
