// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WorkKeeper.h"

#include "app/Dialogs.h"
#include "core/model/AnnotationDocument.h"
#include "core/workspace/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// How often the window looks whether the project file is still there, besides the file watcher's news.
constexpr int kPollMs = 3000;
// A bulk edit shows its progress once it has taken this long.
constexpr qint64 kProgressAfterMs = 300;

} // namespace

WorkKeeper::WorkKeeper(QWidget *window, Workspace *workspace)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &WorkKeeper::checkLocation);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &WorkKeeper::checkLocation);
}

WorkKeeper::~WorkKeeper() = default;

bool WorkKeeper::isScratch() const
{
    return m_workspace->isOpen() && !m_scratch.isEmpty()
           && QFileInfo(m_workspace->location()).absoluteFilePath() == QFileInfo(m_scratch).absoluteFilePath();
}

void WorkKeeper::clearScratch()
{
    if (m_scratch.isEmpty() || isScratch())
        return;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_scratch + suffix);
}

void WorkKeeper::watch(AnnotationDocument *document)
{
    connect(document, &AnnotationDocument::storeFailed, this, &WorkKeeper::storeFailed);
    connect(document, &AnnotationDocument::progress, this, &WorkKeeper::showProgress);
}

void WorkKeeper::projectChanged()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_alerted = false;
    if (!m_workspace->isOpen() || m_workspace->isReadOnly()) {
        m_poll.stop();
        return;
    }
    m_watcher.addPath(m_workspace->location());
    m_poll.start();
}

void WorkKeeper::checkLocation()
{
    if (!m_workspace->isOpen() || m_alerted)
        return;
    const Result<void> there = m_workspace->checkLocation();
    if (there)
        return;
    m_alerted = true;
    m_poll.stop();
    const QMessageBox::StandardButton answer =
        Dialogs::question(m_window, tr("Project File Moved or Deleted"),
                          there.errorMessage() + u"\n\n"_s + tr("Save the project under a new name now?"),
                          QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    // Later, from the event loop: this may run inside an edit that is being refused.
    if (answer == QMessageBox::Save)
        QMetaObject::invokeMethod(this, &WorkKeeper::saveElsewhereRequested, Qt::QueuedConnection);
}

void WorkKeeper::storeFailed(const QString &message)
{
    // A change that could not be saved was not made: say so at once, and why.
    if (m_workspace->isOpen() && !m_workspace->checkLocation()) {
        checkLocation();
        return;
    }
    if (m_warning)
        return; // one at a time: a failing disk fails every write of a burst
    m_warning = true;
    Dialogs::warning(m_window, tr("Change Not Saved"), message + u"\n\n"_s + tr("The change was not made."));
    m_warning = false;
}

void WorkKeeper::showProgress(qsizetype done, qsizetype total)
{
    if (done >= total) {
        if (m_progress)
            m_progress->deleteLater();
        m_progressClock.invalidate();
        return;
    }
    if (!m_progressClock.isValid()) {
        m_progressClock.start();
        return;
    }
    if (!m_progress && m_progressClock.elapsed() < kProgressAfterMs)
        return;
    if (!m_progress) {
        m_progress = new QProgressDialog(tr("Saving the changes…"), QString(), 0, 100, m_window);
        m_progress->setObjectName(u"bulkEditProgressDialog"_s);
        m_progress->setWindowTitle(tr("Hamish"));
        m_progress->setMinimumDuration(0);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->show();
    }
    // The write is one transaction on this thread: no event is processed until it ends (another edit could
    // slip into it), so the dialog is painted by hand.
    m_progress->setValue(int(done * 100 / std::max<qsizetype>(total, 1)));
    m_progress->repaint();
}

bool WorkKeeper::hasUnsavedWork(const QList<AnnotationDocument *> &documents)
{
    return std::any_of(documents.cbegin(), documents.cend(), [](const AnnotationDocument *document) {
        return document->store() == nullptr && !document->undoStack()->isClean();
    });
}

bool WorkKeeper::mayDrop(const QList<AnnotationDocument *> &documents, const std::function<bool()> &save)
{
    const auto unsaved = std::count_if(documents.cbegin(), documents.cend(), [](const AnnotationDocument *document) {
        return hasUnsavedWork({const_cast<AnnotationDocument *>(document)});
    });
    if (unsaved == 0)
        return true;
    const QMessageBox::StandardButton answer = Dialogs::question(
        m_window, tr("Unsaved Annotations"),
        tr("Your annotations in %n article(s) are not saved in a project and would be lost. Save them as a "
           "project first?",
           nullptr, int(unsaved)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save)
        return save();
    return false;
}

} // namespace Hamish
