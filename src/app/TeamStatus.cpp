// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/TeamStatus.h"

#include "app/Dialogs.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Hamish {

TeamStatus::TeamStatus(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_mark(new QLabel(this))
    , m_reconnect(new QToolButton(this))
    , m_save(new QToolButton(this))
{
    setObjectName(u"teamStatus"_s);
    m_mark->setObjectName(u"teamStatusLabel"_s);
    m_mark->setTextFormat(Qt::PlainText);
    m_reconnect->setObjectName(u"reconnectButton"_s);
    m_reconnect->setText(tr("Reconnect"));
    m_reconnect->setToolTip(tr("Connect to the server again and commit the edits that wait"));
    m_save->setObjectName(u"saveWaitingEditsButton"_s);
    m_save->setText(tr("Save Waiting Edits…"));
    m_save->setToolTip(tr("Write the articles with edits that wait to a Hamish JSON file, to import later"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 12, 0); // apart from the word count beside it
    layout->addWidget(m_mark);
    layout->addWidget(m_reconnect);
    layout->addWidget(m_save);
    connect(m_reconnect, &QToolButton::clicked, this, &TeamStatus::reconnect);
    connect(m_save, &QToolButton::clicked, this, &TeamStatus::saveWaitingEdits);
    connect(workspace, &Workspace::connectionLost, this, [this](const QString &text) {
        m_lostMessage = text;
        refresh();
        emit message(text);
    });
    connect(workspace, &Workspace::connectionRestored, this, [this] {
        m_lostMessage.clear();
        refresh();
    });
    connect(workspace, &Workspace::pendingEditsChanged, this, &TeamStatus::refresh);
    refresh();
}

void TeamStatus::refresh()
{
    if (!m_workspace->isOpen() || !m_workspace->isShared()) {
        hide();
        return;
    }
    const bool away = !m_workspace->isConnected() || m_workspace->pendingEdits() > 0;
    const QString where = m_workspace->serverAndUser();
    if (away) {
        m_mark->setText(
            tr("Disconnected from %1: %n edit(s) waiting", nullptr, int(m_workspace->pendingEdits())).arg(where));
        m_mark->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
        m_mark->setToolTip(m_lostMessage.isEmpty() ? m_workspace->connectionError() : m_lostMessage);
    } else {
        m_mark->setText(
            tr("%1, annotating as %2").arg(where, Annotating::annotatorDisplayName(m_workspace->annotator())));
        m_mark->setStyleSheet(QString());
        m_mark->setToolTip(tr("A team project on a server: your edits are saved there as you make them, and "
                              "others' edits appear here as they make them."));
    }
    m_reconnect->setVisible(away);
    m_save->setVisible(away && m_workspace->pendingEdits() > 0);
    show();
}

void TeamStatus::reconnect()
{
    const qsizetype waiting = m_workspace->pendingEdits();
    int conflicts = 0;
    const Result<int> committed = m_workspace->commitPending(&conflicts);
    refresh();
    if (!committed) {
        Dialogs::warning(this, tr("Cannot Reconnect"),
                         tr("%1\n\nYour %n waiting edit(s) are kept: try again later, or save them to a file.", nullptr,
                            int(m_workspace->pendingEdits()))
                             .arg(committed.errorMessage()));
        return;
    }
    if (waiting == 0) {
        emit message(tr("Connected again to %1.").arg(m_workspace->serverAndUser()));
        return;
    }
    QString text = tr("Connected again: %n waiting edit(s) saved.", nullptr, *committed);
    if (conflicts > 0)
        text +=
            u' '
            + tr("%n edit(s) were dropped: someone else had changed the same annotation first.", nullptr, conflicts);
    emit message(text);
}

void TeamStatus::saveWaitingEdits()
{
    const QString path =
        Dialogs::saveFileName(this, tr("Save Waiting Edits"), QDir::homePath(), tr("Hamish JSON (*.json)"));
    if (path.isEmpty())
        return;
    const Result<int> saved = m_workspace->savePendingTo(path);
    if (!saved) {
        Dialogs::warning(this, tr("Cannot Save Waiting Edits"), saved.errorMessage());
        return;
    }
    emit message(
        tr("Saved %n article(s) with waiting edits to %1", nullptr, *saved).arg(QDir::toNativeSeparators(path)));
}

} // namespace Hamish
