// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace Hamish {

class AnnotationDocument;

// The permanent part of the status bar: the page in view (PDF, scans), the current article's words, reading
// time, encoding and annotation counts.
class StatusBarInfo : public QWidget
{
    Q_OBJECT

public:
    // Arabic news prose read silently by adults runs at about 140–200 words a minute (slower than English
    // because short vowels are unwritten and words carry clitics); we assume the middle of that range.
    static constexpr int kWordsPerMinute = 180;

    explicit StatusBarInfo(QWidget *parent = nullptr);

    void setDocument(AnnotationDocument *document);
    // "page N" for the block in view of a PDF or a scan; hidden when `page` is 0.
    void setPage(int page);

    // Runs of characters holding at least one letter or digit, separated by spaces or punctuation.
    static qsizetype countWords(QStringView text);
    static int readingMinutes(qsizetype words);

signals:
    // The page label was clicked: the user wants to see that page of the source.
    void pageClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCounts();

    QPointer<AnnotationDocument> m_document;
    QLabel *m_page = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_readingTime = nullptr;
    QLabel *m_encoding = nullptr;
    QLabel *m_annotations = nullptr;
};

} // namespace Hamish
