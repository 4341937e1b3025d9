// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/ClipboardImporter.h"

#include "core/text/PlainTextImporter.h"

#include <QLocale>
#include <QMimeData>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

const QString kHtml = u"text/html"_s;
const QString kPrefix = u"clipboard:"_s;
constexpr qsizetype kTitleLength = 80;

// A dragged link or address is no article: Hamish never fetches the page behind it.
bool isOnlyLinks(const QString &text)
{
    const QStringList words = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    return !words.isEmpty() && std::all_of(words.cbegin(), words.cend(), [](const QString &word) {
        return word.startsWith(u"http://"_s) || word.startsWith(u"https://"_s) || word.startsWith(u"ftp://"_s)
               || word.startsWith(u"www."_s);
    });
}

bool hasReadableText(const QMimeData &data)
{
    return data.hasText() && !data.text().trimmed().isEmpty() && !isOnlyLinks(data.text());
}

// The HTML flavour's bytes. Some browsers hand it over as UTF-16 without a byte order mark, which no
// detector reads reliably: a leading '<' followed by a zero byte is given its mark.
QByteArray htmlBytes(const QMimeData &data)
{
    const QByteArray bytes = data.data(kHtml);
    if (bytes.size() >= 2 && bytes.size() % 2 == 0 && bytes.at(0) == '<' && bytes.at(1) == '\0')
        return QByteArray("\xFF\xFE", 2) + bytes;
    return bytes;
}

} // namespace

bool ClipboardImporter::canImport(const QMimeData &data)
{
    return (data.hasHtml() && !data.data(kHtml).trimmed().isEmpty()) || hasReadableText(data);
}

QString ClipboardImporter::sourceFor(const QDateTime &when)
{
    return kPrefix + when.toUTC().toString(Qt::ISODateWithMs);
}

bool ClipboardImporter::isClipboardSource(const QString &source)
{
    return source.startsWith(kPrefix);
}

ImportResult ClipboardImporter::importMimeData(const QMimeData &data, Origin origin, const QDateTime &when,
                                               const ArticleImporter::Options &options)
{
    const QString what = origin == Origin::Clipboard ? tr("The clipboard") : tr("What was dropped");
    const ImportResult tooLarge = ArticleImporter::failure(
        ImportErrorKind::TooLarge,
        tr("%1 holds more than one article can (over %2). Copy a smaller part.")
            .arg(what, QLocale::c().formattedDataSize(options.maxBytes, 0, QLocale::DataSizeTraditionalFormat)));
    ImportResult result;
    // A browser's selection as HTML keeps its headings and paragraphs; the HTML importer decodes its bytes
    // (a BOM or a declared charset, else detection) like a page's.
    if (data.hasHtml() && !data.data(kHtml).trimmed().isEmpty()) {
        ArticleImporter::Options html = options;
        html.html = true;
        result = ArticleImporter::importBytes(htmlBytes(data), QString(), html);
        if (result.error == ImportErrorKind::TooLarge)
            return tooLarge;
    }
    // No HTML, or HTML with nothing readable in it (an image, a bare link): the plain text.
    if (!result.ok() && hasReadableText(data)) {
        const QString text = data.text();
        if (qint64(text.size()) * 2 > options.maxBytes)
            return tooLarge;
        Article article = PlainTextImporter::parse(text);
        if (!article.isEmpty()) {
            article.setEncoding(u"UTF-8"_s); // what Qt hands over from every platform's clipboard
            result = {};
            result.article = std::move(article);
        }
    }
    if (!result.ok() && data.hasText() && isOnlyLinks(data.text()))
        return ArticleImporter::failure(ImportErrorKind::NoText,
                                        tr("%1 holds a link, not text: Hamish never fetches pages from the "
                                           "network. Open the page in a browser, select the article, and copy "
                                           "or drop that.")
                                            .arg(what));
    if (!result.ok())
        return ArticleImporter::failure(ImportErrorKind::NoText,
                                        tr("%1 holds no text to read. Select part of an article in a browser or "
                                           "a document, copy it, and try again.")
                                            .arg(what));
    Article &article = *result.article;
    article.setSourcePath(sourceFor(when));
    // A selection rarely carries a title: its first line names it in the list of articles.
    if (article.title().isEmpty()) {
        const QString first = article.blockText(0).toString().simplified();
        article.setTitle(first.size() > kTitleLength ? first.left(kTitleLength - 1) + u'…' : first);
    }
    // The importer's warnings name no file here: say where the text came from instead.
    for (QString &warning : result.warnings) {
        if (warning.startsWith(ArticleImporter::displayName(QString())))
            warning.replace(0, ArticleImporter::displayName(QString()).size(), what);
    }
    return result;
}

} // namespace Hamish
