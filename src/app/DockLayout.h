// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QDockWidget;
class QMainWindow;

namespace Hamish {

// Keeps the main window's side panels where and as wide as a reader left them: mirrored for a
// right-to-left interface (a layout saved in the other direction is mirrored when restored), and back at
// their width when a window made tiny is made large again, without the squeeze ever becoming the width
// remembered for the next session.
class DockLayout : public QObject
{
    Q_OBJECT

public:
    // Below this width of the central reader, the panels are being squeezed by a small window.
    static constexpr int kComfortableReaderWidth = 320;

    explicit DockLayout(QMainWindow *window);

    // Restores `state` (from QMainWindow::saveState, possibly empty) saved in `savedDirection` (Auto when
    // unknown: taken as the current one), then mirrors the panels if the window runs the other way. The
    // panels return to `panelWidths` (by object name) whenever the window has room for them.
    void restore(const QByteArray &state, Qt::LayoutDirection savedDirection, const QHash<QString, int> &panelWidths);
    // Each side panel's width as the user left it: what the next session should restore.
    QHash<QString, int> panelWidths() const { return m_widths; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QDockWidget *> sidePanels() const;
    bool comfortable() const;
    void mirror();
    // After the window changed size: gives squeezed panels their width back, once there is room.
    void recover();
    void recordWidths();

    QMainWindow *m_window;
    QHash<QString, int> m_widths;
    bool m_windowResizing = false;
    bool m_recordPending = false;
};

} // namespace Hamish
