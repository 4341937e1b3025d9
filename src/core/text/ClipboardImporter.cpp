// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/ClipboardImporter.h"

#include "core/text/PlainTextImporter.h"

#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

const QString kHtml = u"text/html"_s;
const QString kPrefix = u"clipboard:"_s;
constexpr qsizetype kTitleLength = 80;

bool hasReadableText(const QMimeData &data)
{
    return data.hasText() && !data.text().trimmed().isEmpty();
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
        result = ArticleImporter::importBytes(data.data(kHtml), QString(), html);
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
