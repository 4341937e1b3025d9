// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DockLayout.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace Hamish {

DockLayout::DockLayout(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

QList<QDockWidget *> DockLayout::sidePanels() const
{
    QList<QDockWidget *> panels;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
        if ((area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea) && !dock->isFloating())
            panels.append(dock);
    }
    return panels;
}

void DockLayout::restore(const QByteArray &state, Qt::LayoutDirection savedDirection,
                         const QHash<QString, int> &panelWidths)
{
    // QMainWindow keeps dock areas where they were named whatever the layout direction. The defaults are
    // named for left to right, and a saved state for the direction it was saved in: a right-to-left
    // interface wants the mirror image of a left-to-right layout, and the other way round.
    const Qt::LayoutDirection current = m_window->layoutDirection();
    const bool restored = !state.isEmpty() && m_window->restoreState(state);
    const Qt::LayoutDirection laidOut = !restored                                   ? Qt::LeftToRight
                                        : savedDirection == Qt::LayoutDirectionAuto ? current
                                                                                    : savedDirection;
    if (laidOut != current)
        mirror();
    m_widths = panelWidths;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        dock->installEventFilter(this);
}

void DockLayout::mirror()
{
    for (QDockWidget *dock : sidePanels()) {
        const bool left = m_window->dockWidgetArea(dock) == Qt::LeftDockWidgetArea;
        m_window->addDockWidget(left ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea, dock);
    }
}

bool DockLayout::comfortable() const
{
    const QWidget *reader = m_window->centralWidget();
    return reader && reader->width() >= kComfortableReaderWidth;
}

bool DockLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Resize)
        return QObject::eventFilter(watched, event);
    if (watched == m_window) {
        // The window's own resize lays the panels out again: what they get then is no choice of the user's.
        if (!m_windowResizing) {
            m_windowResizing = true;
            QTimer::singleShot(0, this, &DockLayout::recover);
        }
    } else if (qobject_cast<QDockWidget *>(watched) && !m_windowResizing && !m_recordPending) {
        // The user dragged a splitter (or a panel was shown): that is the width to keep, if the window had
        // room for it once the layout has settled (a squeeze lays the panels out after the window's resize).
        m_recordPending = true;
        QTimer::singleShot(0, this, &DockLayout::recordWidths);
    }
    return QObject::eventFilter(watched, event);
}

void DockLayout::recordWidths()
{
    m_recordPending = false;
    if (m_windowResizing || !comfortable())
        return;
    for (QDockWidget *dock : sidePanels()) {
        if (dock->isVisible())
            m_widths.insert(dock->objectName(), dock->width());
    }
}

void DockLayout::recover()
{
    m_windowResizing = false;

    if (!m_window->isVisible() || !comfortable())
        return;
    QList<QDockWidget *> squeezed;
    QList<int> widths;
    int missing = 0;
    for (QDockWidget *dock : sidePanels()) {
        if (!dock->isVisible())
            continue;
        const int wanted = m_widths.value(dock->objectName(), 0);
        if (wanted == 0) {
            m_widths.insert(dock->objectName(), dock->width()); // first seen with room: as it is
        } else if (dock->width() < wanted - 4) {
            squeezed.append(dock);
            widths.append(wanted);
            missing += wanted - dock->width();
        }
    }
    if (squeezed.isEmpty())
        return;
    // Only as much as the reader can give without being squeezed itself.
    const int room = m_window->centralWidget()->width() - kComfortableReaderWidth;
    if (room < missing) {
        for (qsizetype i = 0; i < squeezed.size(); ++i)
            widths[i] = squeezed.at(i)->width() + (widths.at(i) - squeezed.at(i)->width()) * room / missing;
    }
    m_windowResizing = true; // what resizeDocks gives is the remembered width, not a new choice
    m_window->resizeDocks(squeezed, widths, Qt::Horizontal);
    m_windowResizing = false;
}

} // namespace Hamish
