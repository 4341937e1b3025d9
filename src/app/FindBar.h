// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/TextSearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Hamish {

// The find bar (Ctrl+F) under the reader: finds the typed text ignoring diacritics, tatweel and letter
// variants, reports all matches for highlighting and walks through them; Escape closes it.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    using Range = TextSearch::Range;

    explicit FindBar(QWidget *parent = nullptr);

    // The text to search (the current article's); searched again at once when a query is typed.
    void setText(const QString &text);
    // Where the first match is looked for when the query changes (the reader's position).
    void setAnchor(qsizetype position) { m_anchor = position; }

    QString query() const;
    void setQuery(const QString &query);
    const QList<Range> &matches() const { return m_matches; }
    // The index of the current match in matches(), or -1.
    qsizetype currentIndex() const { return m_current; }

    // Shows the bar and puts the cursor in the query, selected, so typing replaces it.
    void activate();
    void findNext();
    void findPrevious();

signals:
    void matchesChanged(const QList<QPair<qsizetype, qsizetype>> &matches);
    // The match to scroll to and mark as current.
    void currentMatchChanged(qsizetype start, qsizetype end);
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void setCurrent(qsizetype index);
    void updateLabel();
    void close();

    TextSearch m_search;
    QList<Range> m_matches;
    qsizetype m_current = -1;
    qsizetype m_anchor = 0;
    QLineEdit *m_edit = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
};

} // namespace Hamish
