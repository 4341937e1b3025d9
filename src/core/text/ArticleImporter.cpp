// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/ArticleImporter.h"

#include "core/text/EncodingDetector.h"
#include "core/text/HtmlImporter.h"
#include "core/text/PlainTextImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QString formatSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace

ImportResult ArticleImporter::failure(ImportErrorKind kind, const QString &message)
{
    ImportResult result;
    result.error = kind;
    result.errorMessage = message;
    return result;
}

QString ArticleImporter::displayName(const QString &name)
{
    return name.isEmpty() ? tr("The input") : u"“"_s + name + u"”"_s;
}

bool ArticleImporter::isHtmlName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == u"html" || suffix == u"htm" || suffix == u"xhtml";
}

ImportResult ArticleImporter::importFile(const QString &path, const Options &options)
{
    return importFileWith(
        path, options, [&](const QByteArray &bytes, const QString &name) { return importBytes(bytes, name, options); });
}

ImportResult
ArticleImporter::importFileWith(const QString &path, const Options &options,
                                const std::function<ImportResult(const QByteArray &, const QString &)> &import)
{
    QByteArray bytes;
    ImportResult read = readFile(path, options, &bytes);
    if (read.error != ImportErrorKind::None)
        return read;
    ImportResult result = import(bytes, path);
    if (result.article)
        result.article->setSourcePath(QFileInfo(path).absoluteFilePath());
    return result;
}

ImportResult ArticleImporter::readFile(const QString &path, const Options &options, QByteArray *bytes)
{
    const QFileInfo info(path);
    const QString name = displayName(path);
    if (!info.exists())
        return failure(ImportErrorKind::NotFound,
                       tr("%1 does not exist. It may have been moved, renamed or deleted; open it again "
                          "from its new place.")
                           .arg(name));
    if (info.isDir())
        return failure(ImportErrorKind::Unreadable,
                       tr("%1 is a folder, not a file. Choose an article file (.txt or .html) inside it.").arg(name));
    if (info.size() > options.maxBytes)
        return failure(ImportErrorKind::TooLarge,
                       tr("%1 is %2, over the %3 limit for one article. Split it into smaller files.")
                           .arg(name, formatSize(info.size()), formatSize(options.maxBytes)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            ImportErrorKind::Unreadable,
            tr("%1 cannot be read: %2. Check that you have permission to read it.").arg(name, file.errorString()));
    if (options.progress)
        options.progress(5);
    *bytes = file.read(options.maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(ImportErrorKind::Unreadable,
                       tr("%1 could not be read completely: %2.").arg(name, file.errorString()));
    return {};
}

ImportResult ArticleImporter::importBytes(const QByteArray &bytes, const QString &sourceName, const Options &options)
{
    const QString name = displayName(sourceName);
    if (bytes.size() > options.maxBytes)
        return failure(ImportErrorKind::TooLarge,
                       tr("%1 is over the %2 limit for one article. Split it into smaller files.")
                           .arg(name, formatSize(options.maxBytes)));
    if (bytes.trimmed().isEmpty())
        return failure(ImportErrorKind::Empty, tr("%1 is empty: there is no text to read.").arg(name));

    const bool html = options.html || isHtmlName(sourceName) || HtmlImporter::looksLikeHtml(bytes);
    QString encoding = EncodingDetector::canonicalName(options.encoding);
    if (!options.encoding.isEmpty() && encoding.isEmpty())
        encoding = options.encoding;
    double plausibility = 1.0;
    if (encoding.isEmpty()) {
        const QString declared = html ? HtmlImporter::declaredCharset(bytes) : QString();
        const EncodingDetector::Guess guess = EncodingDetector::detect(bytes, declared, html);
        if (!guess.encoding.startsWith(u"UTF-16"_s) && EncodingDetector::looksBinary(bytes))
            return failure(ImportErrorKind::Binary,
                           tr("%1 is a binary file, not text. Hamish opens plain-text articles (.txt) and "
                              "web pages (.html).")
                               .arg(name));
        encoding = guess.encoding;
        plausibility = guess.plausibility;
    }
    if (options.progress)
        options.progress(20);

    DecodedText decoded = EncodingDetector::decode(bytes, encoding);
    if (!decoded.valid)
        return failure(ImportErrorKind::UnknownEncoding,
                       tr("%1 cannot be read as “%2”: that encoding is not known. Choose one of: %3.")
                           .arg(name, encoding, EncodingDetector::supportedEncodings().join(u", "_s)));
    if (options.progress)
        options.progress(50);

    Article article = html ? HtmlImporter::parse(decoded.text) : PlainTextImporter::parse(std::move(decoded.text));
    if (options.progress)
        options.progress(95);
    if (article.isEmpty())
        return failure(ImportErrorKind::NoText,
                       tr("%1 contains no readable text%2.")
                           .arg(name, html ? tr(" outside scripts, menus and footers") : QString()));
    article.setEncoding(decoded.encoding);
    article.setSourcePath(sourceName);

    ImportResult result;
    result.replacedCharacters = decoded.replacedCharacters;
    if (decoded.replacedCharacters > 0)
        result.warnings.append(
            tr("%1: %n byte sequence(s) could not be decoded as %2 and were replaced with “�”. If the text "
               "looks wrong, use File › Reopen with Encoding.",
               nullptr, int(decoded.replacedCharacters))
                .arg(name, decoded.encoding));
    else if (plausibility < EncodingDetector::kPlausibleThreshold)
        result.warnings.append(tr("%1: the encoding could not be identified with confidence; it was read as %2. "
                                  "If the text looks wrong, use File › Reopen with Encoding.")
                                   .arg(name, decoded.encoding));
    result.article = std::move(article);
    if (options.progress)
        options.progress(100);
    return result;
}

} // namespace Hamish
