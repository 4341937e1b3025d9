// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/SourcePages.h"

#include "core/formats/ImageImporter.h"
#include "core/formats/PdfImporter.h"
#include "core/formats/ScanImages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <leptonica/allheaders.h>
#include <poppler-qt6.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Hamish::SourcePages", text, disambiguation, n);
}

// Leptonica's 32-bit pixels are 0xRRGGBBAA words; QImage::Format_RGB32 wants 0xffRRGGBB.
QImage toImage(Pix *pix)
{
    const PixPointer rgb(pixConvertTo32(pix));
    if (!rgb)
        return {};
    const int width = int(pixGetWidth(rgb.get()));
    const int height = int(pixGetHeight(rgb.get()));
    QImage image(width, height, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    const l_uint32 *data = pixGetData(rgb.get());
    const l_int32 wordsPerLine = pixGetWpl(rgb.get());
    for (int y = 0; y < height; ++y) {
        const l_uint32 *source = data + qsizetype(y) * wordsPerLine;
        auto *target = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            target[x] = 0xff000000u | (source[x] >> 8);
    }
    return image;
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Error SourcePages::noSuchPage(const QString &path, int page, int pageCount)
{
    return Error(tr("%1 has %n page(s): there is no page %2.", nullptr, pageCount).arg(displayPath(path)).arg(page),
                 Error::Kind::Invalid);
}

Result<SourcePages::PageImage> SourcePages::renderPdf(const QString &path, int page, int dpi)
{
    PdfImporter::quietPoppler();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return Error(tr("%1 is not a readable PDF: it is damaged or incomplete.").arg(displayPath(path)),
                     Error::Kind::Corrupt);
    if (document->isLocked())
        return Error(tr("%1 is protected by a password, so its pages cannot be shown. Open it in a PDF reader "
                        "with the password.")
                         .arg(displayPath(path)),
                     Error::Kind::Locked);
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return Error(tr("%1 has no pages: it is damaged or incomplete.").arg(displayPath(path)), Error::Kind::Corrupt);
    if (page < 1 || page > pageCount)
        return noSuchPage(path, page, pageCount);
    const std::unique_ptr<Poppler::Page> pdfPage = document->page(page - 1);
    QImage image;
    if (pdfPage) {
        const QSizeF size = pdfPage->pageSizeF(); // points
        const qreal longest = std::max<qreal>(1, std::max(size.width(), size.height()));
        const int scaled = std::max(1, std::min(dpi, int(kMaxPixels * 72.0 / longest)));
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        image = pdfPage->renderToImage(scaled, scaled);
    }
    if (image.isNull())
        return Error(tr("Page %1 of %2 could not be drawn: the PDF is damaged there.").arg(page).arg(displayPath(path)),
                     Error::Kind::Corrupt);
    return PageImage{image, page, pageCount};
}

Result<SourcePages::PageImage> SourcePages::renderImage(const QString &path, int page)
{
    QFile file(path);
    if (file.size() > kMaxImageFileBytes)
        return Error(tr("%1 is too large to show (%2 MB).").arg(displayPath(path)).arg(file.size() >> 20),
                     Error::Kind::Unsupported);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("%1 cannot be read: %2").arg(displayPath(path), file.errorString()), Error::Kind::Unreadable);
    // Every page is decoded to count them; only the one asked for is kept.
    PixPointer wanted;
    int decoded = 0;
    const int pageCount = ScanImages::decode(file.readAll(), [&](PixPointer pix) {
        if (++decoded == page)
            wanted = std::move(pix);
    });
    if (pageCount == 0)
        return Error(tr("%1 is not a readable image: it is damaged or incomplete.").arg(displayPath(path)),
                     Error::Kind::Corrupt);
    if (!wanted)
        return noSuchPage(path, page, pageCount);
    // A large scan is scaled down before it becomes 32-bit colour, so no full-size copy of it is ever made.
    const int longest = int(std::max(pixGetWidth(wanted.get()), pixGetHeight(wanted.get())));
    if (longest > kMaxPixels) {
        const float factor = float(kMaxPixels) / float(longest);
        if (PixPointer smaller{pixScale(wanted.get(), factor, factor)})
            wanted = std::move(smaller);
    }
    const QImage image = toImage(wanted.get());
    if (image.isNull())
        return Error(tr("%1 could not be drawn: it is too large or damaged.").arg(displayPath(path)),
                     Error::Kind::Corrupt);
    return PageImage{image, page, pageCount};
}

namespace {

// The first bytes of `path`, which tell its format; false (with why in `*error`) when it cannot be read.
bool readHead(const QString &path, QByteArray *head, QString *error = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    *head = file.read(4096);
    return true;
}

} // namespace

bool SourcePages::hasPages(const QString &path)
{
    QByteArray head;
    return readHead(path, &head) && (PdfImporter().recognizes(head) || ImageImporter().recognizes(head));
}

bool SourcePages::hasPagedName(const QString &path)
{
    return QDir::match(PdfImporter().filePatterns() + ImageImporter().filePatterns(), QFileInfo(path).fileName());
}

Result<SourcePages::PageImage> SourcePages::render(const QString &path, int page, int dpi)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return Error(tr("There is no file at %1.").arg(displayPath(path)), Error::Kind::NotFound);
    if (!info.isFile())
        return Error(tr("%1 is not a file.").arg(displayPath(path)), Error::Kind::Unreadable);
    QByteArray head;
    QString why;
    if (!readHead(path, &head, &why))
        return Error(tr("%1 cannot be read: %2").arg(displayPath(path), why), Error::Kind::Unreadable);
    page = std::max(page, 1);
    if (PdfImporter().recognizes(head))
        return renderPdf(path, page, std::clamp(dpi, 18, 600));
    if (ImageImporter().recognizes(head))
        return renderImage(path, page);
    return Error(tr("%1 is neither a PDF nor a scanned image: it has no pages to show.").arg(displayPath(path)),
                 Error::Kind::Unsupported);
}

} // namespace Hamish
