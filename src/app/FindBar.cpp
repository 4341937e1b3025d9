// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/FindBar.h"

#include "app/InterfaceText.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"findBar"_s);

    auto *label = new QLabel(tr("&Find:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"findLineEdit"_s);
    m_edit->setAccessibleName(tr("Find in article"));
    m_edit->setPlaceholderText(tr("Find (ignores diacritics)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    label->setBuddy(m_edit);

    m_previousButton = new QToolButton(this);
    m_previousButton->setObjectName(u"findPreviousToolButton"_s);
    m_previousButton->setArrowType(Qt::UpArrow);
    m_previousButton->setAccessibleName(tr("Previous match"));
    m_previousButton->setToolTip(tr("Previous match (Shift+Enter)"));
    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(u"findNextToolButton"_s);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_nextButton->setAccessibleName(tr("Next match"));
    m_nextButton->setToolTip(tr("Next match (Enter)"));

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"matchCountLabel"_s);
    m_countLabel->setAccessibleName(tr("Matches"));

    auto *closeButton = new QToolButton(this);
    closeButton->setObjectName(u"closeFindToolButton"_s);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setAccessibleName(tr("Close find bar"));
    closeButton->setToolTip(tr("Close (Escape)"));
    closeButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_countLabel);
    layout->addWidget(closeButton);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    updateLabel();
}

void FindBar::setText(const QString &text)
{
    m_search.setText(text);
    search();
}

QString FindBar::query() const
{
    return m_edit->text();
}

void FindBar::setQuery(const QString &query)
{
    m_edit->setText(query);
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    // Reopening shows the previous query's matches again.
    if (!m_matches.isEmpty())
        emit matchesChanged(m_matches);
}

void FindBar::search()
{
    m_matches = m_search.find(m_edit->text());
    m_current = -1;
    emit matchesChanged(m_matches);
    if (!m_matches.isEmpty()) {
        const auto after = std::lower_bound(m_matches.cbegin(), m_matches.cend(), Range{m_anchor, 0});
        setCurrent(after == m_matches.cend() ? 0 : after - m_matches.cbegin());
    }
    updateLabel();
}

void FindBar::findNext()
{
    if (!m_matches.isEmpty())
        setCurrent((m_current + 1) % m_matches.size());
}

void FindBar::findPrevious()
{
    if (!m_matches.isEmpty())
        setCurrent((m_current - 1 + m_matches.size()) % m_matches.size());
}

void FindBar::setCurrent(qsizetype index)
{
    m_current = index;
    updateLabel();
    const Range &match = m_matches.at(index);
    emit currentMatchChanged(match.first, match.second);
}

void FindBar::updateLabel()
{
    if (m_edit->text().isEmpty())
        m_countLabel->clear();
    else if (m_matches.isEmpty())
        m_countLabel->setText(tr("No matches"));
    else
        m_countLabel->setText(
            tr("%1 of %2").arg(InterfaceText::number(m_current + 1), InterfaceText::number(m_matches.size())));
    m_previousButton->setEnabled(m_matches.size() > 1);
    m_nextButton->setEnabled(m_matches.size() > 1);
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange)
        updateLabel();
    QWidget::changeEvent(event);
}

void FindBar::close()
{
    hide();
    emit matchesChanged({});
    emit closed();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    // Escape on the buttons reaches the bar; in the query it is caught by the event filter.
    if (event->key() == Qt::Key_Escape)
        close();
    else
        QWidget::keyPressEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Hamish
