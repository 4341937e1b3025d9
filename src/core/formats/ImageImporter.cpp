// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/ImageImporter.h"

#include "core/formats/ArticleBuilder.h"
#include "core/formats/OcrEngine.h"
#include "core/formats/PdfAssembler.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Hamish::ImageImporter", text, disambiguation, n);
}

} // namespace

QString ImageImporter::formatName() const
{
    return tr("Scanned pages");
}

QStringList ImageImporter::filePatterns() const
{
    return {u"*.png"_s, u"*.jpg"_s, u"*.jpeg"_s, u"*.tif"_s, u"*.tiff"_s};
}

bool ImageImporter::recognizes(const QByteArray &head) const
{
    return head.startsWith("\x89PNG\r\n\x1a\n") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("II*\0")
           || head.startsWith("MM\0*");
}

ImportResult ImageImporter::importBytes(const QByteArray &bytes, const QString &name,
                                        const DocumentImportOptions &options) const
{
    const QString display = ArticleImporter::displayName(name);
    OcrEngine ocr(options.ocrDataPath);
    if (!ocr.isAvailable())
        return ArticleImporter::failure(ImportErrorKind::Unsupported,
                                        tr("%1 is an image: reading its text needs Tesseract's Arabic language "
                                           "data, which is not installed (Debian package tesseract-ocr-ara).")
                                            .arg(display));
    bool decoded = false;
    const auto progress = [&](int percent) {
        reportProgress(options, percent);
        return !isCancelled(options);
    };
    const QList<OcrEngine::Page> recognised = ocr.recognizeImageFile(bytes, progress, &decoded);
    if (!decoded)
        return ArticleImporter::failure(ImportErrorKind::Corrupt,
                                        tr("%1 is not a readable image: it is damaged or incomplete.").arg(display));
    if (isCancelled(options) || (!recognised.isEmpty() && recognised.last().cancelled))
        return cancelledResult(name);

    QList<PdfAssembler::Page> pages;
    for (qsizetype i = 0; i < recognised.size(); ++i)
        pages.append({recognised.size() > 1 ? int(i + 1) : 0, recognised[i].lines});
    ArticleBuilder builder;
    PdfAssembler::build(pages, builder);
    Article article = builder.take();
    if (article.isEmpty())
        return ArticleImporter::failure(ImportErrorKind::NoText,
                                        tr("No text could be recognised in %1. If it is a photograph of a page, "
                                           "a straight, sharp scan at 300 dpi reads best.")
                                            .arg(display));
    QStringList warnings;
    if (!article.uncertainRanges().isEmpty())
        warnings.append(tr("%1 was read by OCR: %n word(s) it was unsure of are marked; check them against the "
                           "image.",
                           nullptr, int(article.uncertainRanges().size()))
                            .arg(display));
    return finish(std::move(article), name, warnings);
}

} // namespace Hamish
