// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/PdfImporter.h"

#include "core/formats/ArticleBuilder.h"
#include "core/formats/OcrEngine.h"
#include "core/formats/PdfAssembler.h"
#include "core/formats/PdfLayout.h"

#include <QCoreApplication>

#include <poppler-qt6.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Hamish::PdfImporter", text, disambiguation, n);
}

// A page with fewer characters than this in its text layer is taken for a scan (a stamp or a page number
// on an image is not the page's text).
constexpr int kMinTextGlyphs = 20;
// A page whose text layer covers less of its lines than this is read by OCR too (PdfLayout::Page::textCoverage:
// about 0.9 for text, 0.4 for a layer missing most letters, measured on PDFs Qt printed in five Arabic fonts).
constexpr qreal kMinTextCoverage = 0.65;
// Pages are rendered for OCR at most this many pixels on a side, however large the page says it is.
constexpr int kMaxRenderPixels = 8000;

void ignorePopplerMessages(const QString &, const QVariant &) {}

QList<PdfGlyph> pageGlyphs(Poppler::Page &page)
{
    QList<PdfGlyph> glyphs;
    for (const std::unique_ptr<Poppler::TextBox> &box : page.textList()) {
        const QString text = box->text();
        const qsizetype first = glyphs.size();
        bool hasMarks = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            // A surrogate pair is one character with one box.
            const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            glyphs.append({text.mid(i, length), box->charBoundingBox(int(i))});
            hasMarks = hasMarks || text.at(i).isMark();
            i += length - 1;
        }
        if (!hasMarks)
            continue;
        // Poppler cuts a letter's box where the mark drawn on it starts: give each letter of the word the room
        // up to the next letter, as drawn.
        QList<PdfGlyph *> letters;
        for (qsizetype i = first; i < glyphs.size(); ++i) {
            if (!glyphs[i].text.at(0).isMark())
                letters.append(&glyphs[i]);
        }
        std::sort(letters.begin(), letters.end(),
                  [](const PdfGlyph *a, const PdfGlyph *b) { return a->box.left() < b->box.left(); });
        for (qsizetype k = 0; k < letters.size(); ++k) {
            const qreal right = k + 1 < letters.size() ? letters[k + 1]->box.left() : box->boundingBox().right();
            if (right > letters[k]->box.right())
                letters[k]->box.setRight(right);
        }
    }
    return glyphs;
}

int textGlyphs(const QList<PdfGlyph> &glyphs)
{
    return int(std::count_if(glyphs.begin(), glyphs.end(),
                             [](const PdfGlyph &glyph) { return !glyph.text.trimmed().isEmpty(); }));
}

} // namespace

void PdfImporter::quietPoppler()
{
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction(&ignorePopplerMessages, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
}

QString PdfImporter::formatName() const
{
    return tr("PDF");
}

QStringList PdfImporter::filePatterns() const
{
    return {u"*.pdf"_s};
}

bool PdfImporter::recognizes(const QByteArray &head) const
{
    // The header may follow a little junk, as readers allow.
    const qsizetype at = head.indexOf("%PDF-");
    return at >= 0 && at < 1024;
}

ImportResult PdfImporter::importBytes(const QByteArray &bytes, const QString &name,
                                      const DocumentImportOptions &options) const
{
    quietPoppler();
    const QString display = ArticleImporter::displayName(name);

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return ArticleImporter::failure(ImportErrorKind::Corrupt,
                                        tr("%1 is not a readable PDF: it is damaged or incomplete. If it came "
                                           "from a download, fetch it again.")
                                            .arg(display));
    if (document->isLocked())
        return ArticleImporter::failure(ImportErrorKind::Encrypted,
                                        tr("%1 is protected by a password. Open it in a PDF reader with the "
                                           "password and save or print an unprotected copy, then open that.")
                                            .arg(display));
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return ArticleImporter::failure(ImportErrorKind::Corrupt,
                                        tr("%1 has no pages: it is damaged or incomplete.").arg(display));

    std::optional<OcrEngine> ocr;
    QList<int> scannedPages; // pages without a text layer
    QList<int> unreadPages;  // ... that could not be recognised
    QList<int> brokenPages;  // pages whose text layer lacks most of the letters drawn
    int brokenRead = 0;      // ... that OCR read instead
    int scannedRead = 0;     // pages without a text layer whose text came from OCR
    int restoredLigatures = 0;
    int footnoteMarkers = 0;
    int reversedWords = 0;
    QList<PdfAssembler::Page> pages;
    for (int index = 0; index < pageCount; ++index) {
        if (isCancelled(options))
            return cancelledResult(name);
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page)
            continue;
        const QList<PdfGlyph> glyphs = pageGlyphs(*page);
        PdfLayout::Page layout = PdfLayout::layout(glyphs);
        const bool scanned = textGlyphs(glyphs) < kMinTextGlyphs;
        // Glyphs drawn without their characters: the text layer holds a fraction of the page's letters.
        const bool brokenLayer = !scanned && layout.textCoverage < kMinTextCoverage;
        bool recognisedWins = false;
        if (scanned || brokenLayer) {
            if (scanned)
                scannedPages.append(index + 1);
            else
                brokenPages.append(index + 1);
            if (!ocr)
                ocr.emplace(options.ocrDataPath);
            if (ocr->isAvailable()) {
                const QSizeF size = page->pageSizeF();
                const qreal longest = std::max(size.width(), size.height());
                const int dpi =
                    int(std::min<qreal>(options.ocrDpi, kMaxRenderPixels * 72.0 / std::max<qreal>(1, longest)));
                const QImage image = page->renderToImage(dpi, dpi);
                const auto progress = [&](int percent) {
                    reportProgress(options, (index * 100 + percent) / pageCount);
                    return !isCancelled(options);
                };
                OcrEngine::Page recognised = ocr->recognize(image, dpi, progress);
                if (recognised.cancelled || isCancelled(options))
                    return cancelledResult(name);
                // The image's text wins only when it is clearly more than the characters of the text layer (a
                // scan with a stamped page number, or a layer missing most letters); a short page of real text,
                // or a table whose cells left the layer's lines sparse, keeps its text layer.
                const auto characters = [](const QList<PdfLine> &lines) {
                    qsizetype n = 0;
                    for (const PdfLine &line : lines)
                        n += line.text.size();
                    return n;
                };
                if (characters(recognised.lines) > 2 * characters(layout.lines) + kMinTextGlyphs) {
                    layout.lines = std::move(recognised.lines);
                    recognisedWins = true;
                    ++(brokenLayer ? brokenRead : scannedRead);
                }
                if (layout.lines.isEmpty())
                    unreadPages.append(index + 1);
            } else if (layout.lines.isEmpty()) {
                unreadPages.append(index + 1);
            }
        }
        // What the layout repaired counts only where its lines are kept.
        if (!recognisedWins) {
            footnoteMarkers += layout.footnoteMarkers;
            reversedWords += layout.reversedWords;
            restoredLigatures += layout.restoredLigatures;
        }
        pages.append({index + 1, std::move(layout.lines)});
        reportProgress(options, (index + 1) * 100 / pageCount);
    }

    const bool anyText =
        std::any_of(pages.begin(), pages.end(), [](const auto &page) { return !page.lines.isEmpty(); });
    if (!anyText && ocr && !ocr->isAvailable())
        return ArticleImporter::failure(
            ImportErrorKind::Unsupported,
            tr("%1 has no text layer: its pages are images (a scan). Reading them needs Tesseract's Arabic "
               "language data, which is not installed (Debian package tesseract-ocr-ara).")
                .arg(display));
    if (!anyText)
        return ArticleImporter::failure(ImportErrorKind::NoText,
                                        tr("%1 contains no readable text, not even by OCR.").arg(display));

    const PdfAssembler::Dropped dropped = PdfAssembler::dropFurniture(pages);
    ArticleBuilder builder;
    PdfAssembler::build(pages, builder);

    QStringList warnings;
    if (dropped.runningLines + dropped.pageNumbers + footnoteMarkers > 0)
        warnings.append(tr("%1: page furniture left out: %2 running header and footer line(s), %3 page "
                           "number(s), %4 footnote marker(s).")
                            .arg(display)
                            .arg(dropped.runningLines)
                            .arg(dropped.pageNumbers)
                            .arg(footnoteMarkers));
    if (reversedWords > 0)
        warnings.append(tr("%1: %n word(s) stored backwards in the PDF were put back in order.", nullptr, reversedWords)
                            .arg(display));
    if (restoredLigatures > 0)
        warnings.append(
            tr("%1: %n lam-alef ligature(s) drawn without their letters in the PDF were put back, with or without "
               "a hamza or madda, whichever makes a word of news.",
               nullptr, restoredLigatures)
                .arg(display));
    // A page with a few characters of text (a short last page) keeps them when OCR finds no more: not read by OCR.
    if (scannedRead > 0)
        warnings.append(tr("%1: %n page(s) without a text layer were read by OCR; check the words marked as "
                           "uncertain.",
                           nullptr, scannedRead)
                            .arg(display));
    if (brokenRead > 0)
        warnings.append(tr("%1: %n page(s) whose text layer lacks most of the letters drawn (the program that wrote "
                           "the PDF left its glyphs without their characters) were read by OCR; check the words "
                           "marked as uncertain.",
                           nullptr, brokenRead)
                            .arg(display));
    else if (!brokenPages.isEmpty() && !(ocr && ocr->isAvailable()))
        warnings.append(tr("%1: the text layer of %n page(s) lacks most of the letters drawn (the program that "
                           "wrote the PDF left its glyphs without their characters), so words are missing. Reading "
                           "the pages instead needs Tesseract's Arabic language data (Debian package "
                           "tesseract-ocr-ara).",
                           nullptr, int(brokenPages.size()))
                            .arg(display));
    if (!unreadPages.isEmpty()) {
        QStringList numbers;
        for (int number : std::as_const(unreadPages))
            numbers.append(QString::number(number));
        warnings.append(ocr && ocr->isAvailable()
                            ? tr("%1: page(s) %2 have no text layer and no text could be recognised on them.")
                                  .arg(display, numbers.join(u", "_s))
                            : tr("%1: page(s) %2 have no text layer and were left out: reading them needs "
                                 "Tesseract's Arabic language data (Debian package tesseract-ocr-ara).")
                                  .arg(display, numbers.join(u", "_s)));
    }
    reportProgress(options, 100);
    return finish(builder.take(), name, warnings);
}

} // namespace Hamish
