// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/EpubImporter.h"

#include "core/formats/ArticleBuilder.h"
#include "core/formats/ZipArchive.h"
#include "core/text/EncodingDetector.h"
#include "core/text/HtmlImporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

const QString kContainer = u"META-INF/container.xml"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("Hamish::EpubImporter", text);
}

QString rootFile(const QByteArray &container)
{
    QXmlStreamReader xml(container);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"rootfile")
            return xml.attributes().value(u"full-path"_s).toString();
    }
    return {};
}

struct Package
{
    QString title;
    QStringList chapters; // member paths in reading order
};

// A relative reference inside the archive, resolved against the folder of the file that makes it.
QString resolve(const QString &folder, const QString &href)
{
    const QString path = QUrl(href).path(QUrl::FullyDecoded); // without a #fragment, %20 decoded
    const QUrl resolved = QUrl(u"file:///"_s + folder).resolved(QUrl(path));
    return resolved.path(QUrl::FullyDecoded).mid(1);
}

Package readPackage(const QByteArray &opf, const QString &folder)
{
    Package package;
    QHash<QString, std::pair<QString, QString>> manifest; // id → (href, media type)
    QStringList spine;
    QXmlStreamReader xml(opf);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"title" && package.title.isEmpty()) {
            package.title = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (xml.name() == u"item") {
            manifest.insert(
                xml.attributes().value(u"id"_s).toString(),
                {xml.attributes().value(u"href"_s).toString(), xml.attributes().value(u"media-type"_s).toString()});
        } else if (xml.name() == u"itemref") {
            spine.append(xml.attributes().value(u"idref"_s).toString());
        }
    }
    for (const QString &id : std::as_const(spine)) {
        const auto item = manifest.value(id);
        if (!item.first.isEmpty() && (item.second.contains(u"html"_s) || item.second.isEmpty()))
            package.chapters.append(resolve(folder, item.first));
    }
    return package;
}

} // namespace

QString EpubImporter::formatName() const
{
    return tr("EPUB");
}

QStringList EpubImporter::filePatterns() const
{
    return {u"*.epub"_s};
}

bool EpubImporter::recognizes(const QByteArray &head) const
{
    return head.startsWith("PK\x03\x04") && head.mid(30, 8) == "mimetype" && head.mid(38, 20) == "application/epub+zip";
}

ImportResult EpubImporter::importBytes(const QByteArray &bytes, const QString &name,
                                       const DocumentImportOptions &options) const
{
    ZipArchive zip(bytes, options.maxInflatedBytes);
    const QString format = formatName();
    if (zip.status() != ZipArchive::Status::Ok)
        return zip.failure(zip.status(), name, format, {});
    QByteArray data;
    ZipArchive::Status status = zip.read(kContainer, &data);
    if (status != ZipArchive::Status::Ok)
        return zip.failure(status, name, format, kContainer);
    const QString opfPath = rootFile(data);
    status = opfPath.isEmpty() ? ZipArchive::Status::Missing : zip.read(opfPath, &data);
    if (status != ZipArchive::Status::Ok)
        return zip.failure(status, name, format, opfPath.isEmpty() ? u"rootfile"_s : opfPath);
    const QString folder = opfPath.contains(u'/') ? opfPath.section(u'/', 0, -2) + u'/' : QString();
    const Package package = readPackage(data, folder);

    ArticleBuilder builder;
    builder.addBlock(BlockRole::Title, package.title);
    QStringList warnings;
    QString previousChapterTitle;
    for (qsizetype i = 0; i < package.chapters.size(); ++i) {
        if (isCancelled(options))
            return cancelledResult(name);
        const QString &chapter = package.chapters[i];
        status = zip.read(chapter, &data);
        if (status == ZipArchive::Status::Missing) {
            warnings.append(tr("%1: the chapter “%2” listed in the book is missing; the others were read.")
                                .arg(ArticleImporter::displayName(name), chapter));
            continue;
        }
        if (status != ZipArchive::Status::Ok)
            return zip.failure(status, name, format, chapter);
        // XHTML is UTF-8 unless its XML declaration or a byte-order mark says otherwise.
        const EncodingDetector::Guess guess = EncodingDetector::detect(data, HtmlImporter::declaredCharset(data), true);
        const Article article = HtmlImporter::parse(EncodingDetector::decode(data, guess.encoding).text);
        for (qsizetype b = 0; b < article.blocks().size(); ++b) {
            const Block &block = article.blocks().at(b);
            const QStringView text = article.blockText(b);
            BlockRole role = block.role;
            if (role == BlockRole::Title) {
                // A chapter's headline (or its <title>, often the book's name again) is a heading at most.
                if (text == package.title || text == previousChapterTitle)
                    continue;
                previousChapterTitle = text.toString();
                role = builder.isEmpty() ? BlockRole::Title : BlockRole::Heading;
            }
            builder.addBlock(role, text);
        }
        reportProgress(options, int((i + 1) * 100 / package.chapters.size()));
    }
    return finish(builder.take(), name, warnings);
}

} // namespace Hamish
