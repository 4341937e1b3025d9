// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/OcrEngine.h"

#include "core/formats/ArticleBuilder.h"
#include "core/formats/PdfTextRepair.h"
#include "core/formats/ScanImages.h"

#include <QFile>
#include <QRect>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/publictypes.h>
#include <tesseract/resultiterator.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// Tesseract's progress monitor with a way back to our callback.
struct Monitor
{
    tesseract::ETEXT_DESC desc;
    const std::function<bool(int)> *progress = nullptr;
    bool cancelled = false;
};

bool cancelRequested(void *data, int)
{
    auto *monitor = static_cast<Monitor *>(data);
    if (monitor->progress && *monitor->progress && !(*monitor->progress)(monitor->desc.progress))
        monitor->cancelled = true;
    return monitor->cancelled;
}

// Debian's Arabic model has no Arabic comma among its characters: it reads one as a Latin comma. After an
// Arabic letter the writer typed the Arabic one.
QString withArabicCommas(QString word)
{
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word.at(i) == u',' && PdfTextRepair::isArabicLetter(word.at(i - 1)))
            word[i] = u'،';
    }
    return word;
}

// The model knows Western digits but of the Arabic-Indic ones only ٠ and ١: a page's ٤ or ٢٠٢٥ comes out as
// other digits, mixed with ٠ and ١ (١6, 7١70). A number in two scripts is such a misreading; no one writes one.
bool hasMixedDigits(QStringView word)
{
    static const QRegularExpression mixed(u"[0-9][\u0660-\u0669]|[\u0660-\u0669][0-9]"_s);
    return word.contains(mixed);
}

// Tesseract wraps each left-to-right run of a right-to-left line in direction marks (U+200E ... U+200F) for
// display; they are its output's, not the page's, and the reader orders digits and Latin words without them.
QString withoutDirectionMarks(QString word)
{
    word.removeIf([](QChar c) { return c.unicode() == 0x200E || c.unicode() == 0x200F; });
    return word;
}

// Tesseract reads its user word list from a file while it loads the model: a copy of the list of words of
// Arabic news (resources/gazetteers/README.md), which makes it prefer real words where the glyphs are
// ambiguous (Amiri's stacked ligatures). Null when the copy cannot be written; OCR then does without.
std::unique_ptr<QTemporaryFile> newsWordsFile()
{
    QFile list(u":/gazetteers/news-words.txt"_s);
    auto file = std::make_unique<QTemporaryFile>();
    if (!list.open(QIODevice::ReadOnly) || !file->open())
        return nullptr;
    const QByteArray words = list.readAll();
    if (file->write(words) != words.size() || !file->flush())
        return nullptr;
    return file;
}

bool isRightToLeft(const QString &text)
{
    int rtl = 0;
    int ltr = 0;
    for (const QChar c : text) {
        if (c.direction() == QChar::DirR || c.direction() == QChar::DirAL)
            ++rtl;
        else if (c.direction() == QChar::DirL)
            ++ltr;
    }
    return rtl >= ltr;
}

} // namespace

OcrEngine::OcrEngine(const QString &dataPath)
    : m_api(std::make_unique<tesseract::TessBaseAPI>())
{
    const QByteArray path = dataPath.toLocal8Bit();
    const std::unique_ptr<QTemporaryFile> words = newsWordsFile();
    std::vector<std::string> names;
    std::vector<std::string> values;
    if (words) {
        names.emplace_back("user_words_file");
        values.emplace_back(QFile::encodeName(words->fileName()).toStdString());
    }
    // The LSTM engine with the Arabic model; Tesseract prints why it failed on standard error.
    m_available = m_api->Init(dataPath.isEmpty() ? nullptr : path.constData(), "ara", tesseract::OEM_LSTM_ONLY, nullptr,
                              0, &names, &values, false)
                  == 0;
    if (m_available)
        m_api->SetVariable("debug_file", "/dev/null");
}

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

OcrEngine::Page OcrEngine::recognize(const QImage &image, int dpi, const std::function<bool(int)> &progress)
{
    if (!m_available || image.isNull())
        return {};
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    m_api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    return run(gray.size(), dpi, progress);
}

QList<OcrEngine::Page> OcrEngine::recognizeImageFile(const QByteArray &bytes, const std::function<bool(int)> &progress,
                                                     bool *decoded)
{
    std::vector<PixPointer> images;
    ScanImages::decode(bytes, [&](PixPointer page) { images.push_back(std::move(page)); });
    *decoded = !images.empty();
    QList<Page> pages;
    if (!m_available)
        return pages;
    for (size_t i = 0; i < images.size(); ++i) {
        Pix *pix = images[i].get();
        const int dpi = pixGetXRes(pix) >= 70 && pixGetXRes(pix) <= 1200 ? pixGetXRes(pix) : 300;
        m_api->SetImage(pix);
        const auto pageProgress = [&](int percent) {
            return !progress || progress(int((i * 100 + percent) / images.size()));
        };
        pages.append(run(QSize(int(pixGetWidth(pix)), int(pixGetHeight(pix))), dpi, pageProgress));
        if (pages.last().cancelled)
            break;
    }
    return pages;
}

OcrEngine::Page OcrEngine::run(QSize size, int dpi, const std::function<bool(int)> &progress)
{
    Page page;
    m_api->SetSourceResolution(dpi);
    // Tesseract's automatic segmentation finds columns but drops whole lines of a plain page (a caption, a
    // paragraph's first line: 6 % of the sample's words); reading a single-column page as one block keeps
    // them. So: automatic only where the layout has text blocks side by side.
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
    bool columns = false;
    if (std::unique_ptr<tesseract::PageIterator> layout(m_api->AnalyseLayout()); layout) {
        QList<QRect> blocks;
        do {
            int left = 0, top = 0, right = 0, bottom = 0;
            if (PTIsTextType(layout->BlockType())
                && layout->BoundingBox(tesseract::RIL_BLOCK, &left, &top, &right, &bottom))
                blocks.append(QRect(QPoint(left, top), QPoint(right, bottom)));
        } while (layout->Next(tesseract::RIL_BLOCK));
        for (qsizetype i = 0; i < blocks.size() && !columns; ++i) {
            for (qsizetype j = i + 1; j < blocks.size() && !columns; ++j) {
                const QRect &a = blocks[i];
                const QRect &b = blocks[j];
                const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
                columns =
                    overlap > std::min(a.height(), b.height()) / 2 && (a.right() < b.left() || b.right() < a.left());
            }
        }
    }
    m_api->SetPageSegMode(columns ? tesseract::PSM_AUTO : tesseract::PSM_SINGLE_BLOCK);
    m_api->SetRectangle(0, 0, size.width(), size.height()); // forgets the layout found above
    Monitor monitor;
    monitor.progress = &progress;
    monitor.desc.cancel = &cancelRequested;
    monitor.desc.cancel_this = &monitor;
    const int status = m_api->Recognize(&monitor.desc);
    if (monitor.cancelled) {
        page.cancelled = true;
        m_api->Clear();
        return page;
    }
    if (status != 0) {
        m_api->Clear();
        return page;
    }

    const qreal scale = 72.0 / dpi; // pixels to points, like a PDF page
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (!it) {
        m_api->Clear();
        return page;
    }
    do {
        if (it->Empty(tesseract::RIL_TEXTLINE))
            continue;
        PdfLine line;
        int left = 0, top = 0, right = 0, bottom = 0;
        it->BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom);
        line.box = QRectF(left * scale, top * scale, (right - left) * scale, (bottom - top) * scale);
        qint64 confidenceSum = 0;
        qint64 weight = 0;
        QList<int> heights;
        // The words of this line, in reading order.
        do {
            const std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_WORD));
            const QString word =
                withArabicCommas(withoutDirectionMarks(ArticleBuilder::simplified(QString::fromUtf8(utf8.get()))));
            if (word == u"," && !line.text.isEmpty() && PdfTextRepair::isArabicLetter(line.text.back())) {
                line.text.append(u'،'); // a comma read apart from its word
            } else if (!word.isEmpty()) {
                int confidence = qBound(0, int(it->Confidence(tesseract::RIL_WORD) + 0.5f), 100);
                if (hasMixedDigits(word))
                    confidence = std::min(confidence, kUncertainBelow - 1); // for the reader to check
                if (!line.text.isEmpty())
                    line.text.append(u' ');
                if (confidence < kUncertainBelow)
                    line.uncertain.append({line.text.size(), word.size(), confidence});
                line.text.append(word);
                confidenceSum += qint64(confidence) * word.size();
                weight += word.size();
                int wl = 0, wt = 0, wr = 0, wb = 0;
                it->BoundingBox(tesseract::RIL_WORD, &wl, &wt, &wr, &wb);
                heights.append(wb - wt);
            }
        } while (!it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD) && it->Next(tesseract::RIL_WORD));
        if (line.text.isEmpty())
            continue;
        std::sort(heights.begin(), heights.end());
        // Word boxes include ascenders and descenders: the median is a stable stand-in for the font size.
        line.height = heights.at(heights.size() / 2) * scale;
        line.confidence = weight > 0 ? int(confidenceSum / weight) : -1;
        line.rightToLeft = isRightToLeft(line.text);
        page.lines.append(std::move(line));
    } while (it->Next(tesseract::RIL_TEXTLINE));
    m_api->Clear();
    return page;
}

} // namespace Hamish
