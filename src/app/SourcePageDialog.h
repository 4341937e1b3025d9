// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>

#include <memory>

namespace Hamish {

namespace Ui {
class SourcePageDialog;
}

// The page of a PDF or a scan that the text in the reader was read from, to check OCR against the image or to
// see a figure or a table the text leaves out. Pages are rendered in the background (SourcePages, in the core);
// Previous and Next step through the file. A file moved or changed since the import gets a message, never a
// wrong page. Layout: ui/SourcePageDialog.ui.
class SourcePageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SourcePageDialog(QWidget *parent = nullptr);
    ~SourcePageDialog() override;

    // Shows page `page` (from 1) of `path`; `title` names the article in the window's title.
    void showPage(const QString &path, int page, const QString &title);

    QString path() const { return m_path; }
    // The page shown (or being rendered), from 1; and the file's page count once known (0 before).
    int page() const { return m_page; }
    int pageCount() const { return m_pageCount; }
    // The page's image as rendered (null while none is shown) and the message shown instead of it.
    QImage image() const { return m_image; }
    QString message() const;
    bool isRendering() const { return m_rendering > 0; }

signals:
    // A requested page was rendered and shown, or its message was shown.
    void pageReady();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render(int page);
    void updateImage();
    void updateNavigation();

    std::unique_ptr<Ui::SourcePageDialog> m_ui;
    QString m_path;
    QString m_title;
    QImage m_image;
    int m_page = 0;
    int m_pageCount = 0;
    int m_rendering = 0;       // renders under way
    quint64 m_lastRequest = 0; // only the latest request's result is shown
};

} // namespace Hamish
