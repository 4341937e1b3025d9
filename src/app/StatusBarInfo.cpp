// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/StatusBarInfo.h"

#include "core/model/AnnotationDocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

using namespace Qt::StringLiterals;

namespace Hamish {

StatusBarInfo::StatusBarInfo(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"statusBarInfo"_s);
    setAccessibleName(tr("Article information"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    auto addLabel = [this, layout](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        layout->addWidget(label);
        return label;
    };
    // The page of the PDF or scan the text in view comes from; hidden for text without pages.
    m_page = addLabel(u"pageLabel"_s);
    m_page->setToolTip(tr("Page of the source file the text at the top of the view is on. Click to see the page."));
    m_page->setCursor(Qt::PointingHandCursor);
    m_page->installEventFilter(this);
    m_page->hide();
    m_words = addLabel(u"wordCountLabel"_s);
    m_readingTime = addLabel(u"readingTimeLabel"_s);
    m_readingTime->setToolTip(tr("Estimated at %1 words a minute").arg(QLocale().toString(kWordsPerMinute)));
    m_annotations = addLabel(u"annotationCountLabel"_s);
    m_encoding = addLabel(u"encodingLabel"_s);
    m_encoding->setToolTip(tr("Character encoding of the file"));
    setDocument(nullptr);
}

qsizetype StatusBarInfo::countWords(QStringView text)
{
    qsizetype words = 0;
    bool inWord = false;
    bool wordHasLetter = false;
    for (const QChar c : text) {
        // Marks (tashkeel) and joiners belong to the word they sit in.
        const bool joins = c.isLetterOrNumber() || c.isMark() || c == u'\u200c' || c == u'\u200d' || c == u'\u0640'
                           || c == u'\'' || c == u'\u2019';
        if (joins) {
            inWord = true;
            wordHasLetter = wordHasLetter || c.isLetterOrNumber();
            continue;
        }
        if (inWord && wordHasLetter)
            ++words;
        inWord = wordHasLetter = false;
    }
    return words + (inWord && wordHasLetter ? 1 : 0);
}

int StatusBarInfo::readingMinutes(qsizetype words)
{
    return words == 0 ? 0 : int((words + kWordsPerMinute - 1) / kWordsPerMinute);
}

bool StatusBarInfo::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        emit pageClicked();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void StatusBarInfo::setPage(int page)
{
    m_page->setText(page > 0 ? tr("page %1").arg(QLocale().toString(page)) : QString());
    m_page->setVisible(page > 0);
}

void StatusBarInfo::setDocument(AnnotationDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setVisible(document != nullptr);
    if (!document) {
        m_words->clear();
        m_readingTime->clear();
        m_encoding->clear();
        m_annotations->clear();
        return;
    }
    connect(document, &AnnotationDocument::annotationsChanged, this, &StatusBarInfo::updateCounts);
    const Article &article = document->article();
    const qsizetype words = countWords(article.text());
    m_words->setText(tr("%n word(s)", nullptr, int(words)));
    m_readingTime->setText(tr("about %n minute(s) of reading", nullptr, readingMinutes(words)));
    m_encoding->setText(article.encoding());
    updateCounts();
}

void StatusBarInfo::updateCounts()
{
    if (!m_document)
        return;
    int accepted = 0;
    int suggested = 0;
    for (const Annotation &annotation : m_document->annotations()) {
        accepted += annotation.status == AnnotationStatus::Accepted;
        suggested += annotation.status == AnnotationStatus::Suggested;
    }
    m_annotations->setText(tr("%n accepted", nullptr, accepted) + u" · "_s + tr("%n suggested", nullptr, suggested));
}

} // namespace Hamish
