// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SourcePageDialog.h"

#include "ui_SourcePageDialog.h"

#include "core/formats/SourcePages.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPixmap>
#include <QScreen>
#include <QScrollBar>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr int kDpi = 150;

// What a background render hands back: the page, or the message saying why there is none.
struct Rendered
{
    SourcePages::PageImage page;
    QString error;
    Error::Kind kind = Error::Kind::Failed;
};

// The core's message on the file, with what it means for the article read from it.
QString explain(const QString &error, Error::Kind kind, const QString &path)
{
    switch (kind) {
    case Error::Kind::NotFound:
        return SourcePageDialog::tr("The file this article was imported from is not at %1 on this computer: it was "
                                    "moved, renamed or deleted since the import, or imported on another computer (a "
                                    "team project). The article's text is kept in Hamish; to see its pages, put the "
                                    "file there.")
            .arg(QDir::toNativeSeparators(path));
    case Error::Kind::Invalid:
        return error + u' '
               + SourcePageDialog::tr("The file was changed or replaced after the article was imported; the "
                                      "article's text is kept in Hamish.");
    default:
        return error + u' ' + SourcePageDialog::tr("The article's text is kept in Hamish.");
    }
}

} // namespace

SourcePageDialog::SourcePageDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SourcePageDialog>())
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    // A page is an image of a printed page: it is never mirrored, whatever the interface's direction.
    m_ui->pageScrollArea->widget()->setLayoutDirection(Qt::LeftToRight);
    connect(m_ui->previousPageToolButton, &QToolButton::clicked, this, [this] { render(m_page - 1); });
    connect(m_ui->nextPageToolButton, &QToolButton::clicked, this, [this] { render(m_page + 1); });
    connect(m_ui->fitWidthCheckBox, &QCheckBox::toggled, this, &SourcePageDialog::updateImage);
    // Tall enough for most of a portrait page, never taller than the screen.
    QSize size(760, 900);
    if (const QScreen *screen = parentWidget() ? parentWidget()->screen() : this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
    updateNavigation();
}

SourcePageDialog::~SourcePageDialog() = default;

void SourcePageDialog::showPage(const QString &path, int page, const QString &title)
{
    m_pageCount = 0; // learnt again: the file may have changed since it was last shown
    m_path = path;
    m_title = title.isEmpty() ? QFileInfo(path).fileName() : title;
    render(std::max(page, 1));
}

QString SourcePageDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void SourcePageDialog::render(int page)
{
    if (page < 1 || (m_pageCount > 0 && page > m_pageCount))
        return;
    m_page = page;
    const quint64 request = ++m_lastRequest;
    ++m_rendering;
    updateNavigation();
    auto *watcher = new QFutureWatcher<Rendered>(this);
    connect(watcher, &QFutureWatcher<Rendered>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        --m_rendering;
        if (request != m_lastRequest)
            return; // the user has asked for another page since
        const Rendered rendered = watcher->result();
        if (rendered.error.isEmpty()) {
            m_image = rendered.page.image;
            m_pageCount = rendered.page.pageCount;
            m_ui->messageLabel->clear();
            m_ui->messageLabel->hide();
        } else {
            m_image = QImage();
            m_ui->messageLabel->setText(explain(rendered.error, rendered.kind, m_path));
            m_ui->messageLabel->show();
        }
        updateImage();
        updateNavigation();
        emit pageReady();
    });
    const QString path = m_path;
    watcher->setFuture(QtConcurrent::run([path, page] {
        Result<SourcePages::PageImage> result = SourcePages::render(path, page, kDpi);
        return result ? Rendered{std::move(result.value()), QString()}
                      : Rendered{{}, result.error().message(), result.error().kind()};
    }));
}

void SourcePageDialog::updateImage()
{
    QLabel *label = m_ui->pageImageLabel;
    if (m_image.isNull()) {
        label->clear();
        label->resize(0, 0);
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(m_image);
    // Fitted to the width, a page is taller than it is wide: the vertical scroll bar is kept so that the width
    // measured is the width left once it shows, and no horizontal bar appears for the pixels it takes.
    const bool fit = m_ui->fitWidthCheckBox->isChecked();
    m_ui->pageScrollArea->setVerticalScrollBarPolicy(fit ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAsNeeded);
    m_ui->pageScrollArea->setHorizontalScrollBarPolicy(fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    if (fit) {
        const qreal ratio = devicePixelRatioF();
        const int width = m_ui->pageScrollArea->viewport()->width() - 2;
        const int pixels = std::max(1, int(width * ratio));
        if (pixels < pixmap.width())
            pixmap = pixmap.scaledToWidth(pixels, Qt::SmoothTransformation);
        pixmap.setDevicePixelRatio(ratio);
    }
    label->setPixmap(pixmap);
    label->resize(pixmap.deviceIndependentSize().toSize());
}

void SourcePageDialog::updateNavigation()
{
    setWindowTitle(m_title.isEmpty() ? tr("Source Page") : tr("%1 — page %2").arg(m_title, QLocale().toString(m_page)));
    if (m_pageCount > 0)
        m_ui->pageNumberLabel->setText(
            tr("Page %1 of %2").arg(QLocale().toString(m_page), QLocale().toString(m_pageCount)));
    else
        m_ui->pageNumberLabel->setText(m_page > 0 ? tr("Page %1").arg(QLocale().toString(m_page)) : QString());
    m_ui->pageNumberLabel->setToolTip(QDir::toNativeSeparators(m_path));
    m_ui->previousPageToolButton->setEnabled(m_page > 1);
    m_ui->nextPageToolButton->setEnabled(m_pageCount == 0 ? m_page > 0 : m_page < m_pageCount);
}

void SourcePageDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_ui->fitWidthCheckBox->isChecked())
        updateImage();
}

} // namespace Hamish
