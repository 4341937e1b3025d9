// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/DocxImporter.h"

#include "core/formats/ArticleBuilder.h"
#include "core/formats/ZipArchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

const QString kWordNs = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
// Markup compatibility: an mc:AlternateContent holds the same content twice, as an mc:Choice for readers that know
// its markup and an mc:Fallback for those that do not (Word and LibreOffice write a text box so, its paragraphs in
// both).
const QString kCompatibilityNs = u"http://schemas.openxmlformats.org/markup-compatibility/2006"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("Hamish::DocxImporter", text);
}

// w:val="0"/"false"/"off" turns a toggle property off; its absence means on.
bool toggleOn(const QXmlStreamReader &xml)
{
    const QStringView value = xml.attributes().value(kWordNs, u"val"_s);
    return value.isEmpty() || (value != u"0" && value != u"false" && value != u"off");
}

struct Style
{
    QString name;    // lower case: "heading 1", "title", "caption"
    QString basedOn; // style id
    int outlineLevel = -1;
    int bidi = -1; // -1 not set, 0 off, 1 on
};

QHash<QString, Style> readStyles(const QByteArray &xmlBytes)
{
    QHash<QString, Style> styles;
    QXmlStreamReader xml(xmlBytes);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.namespaceUri() != kWordNs)
            continue;
        const QStringView element = xml.name();
        if (element == u"style") {
            current = xml.attributes().value(kWordNs, u"styleId"_s).toString();
            styles.insert(current, {});
        } else if (current.isEmpty()) {
            continue;
        } else if (element == u"name") {
            styles[current].name = xml.attributes().value(kWordNs, u"val"_s).toString().toLower();
        } else if (element == u"basedOn") {
            styles[current].basedOn = xml.attributes().value(kWordNs, u"val"_s).toString();
        } else if (element == u"outlineLvl") {
            styles[current].outlineLevel = xml.attributes().value(kWordNs, u"val"_s).toInt();
        } else if (element == u"bidi") {
            styles[current].bidi = toggleOn(xml) ? 1 : 0;
        }
    }
    return styles;
}

// Whether a style's name is one Hamish reads a role from.
bool isKnownStyleName(const QString &name)
{
    return name == u"title" || name == u"subtitle" || name == u"caption" || name.startsWith(u"heading"_s);
}

// A style's effective properties, following basedOn (a cycle or a long chain stops the walk). Its name is the
// first one Hamish knows along the chain ("Image Caption", based on Caption, is a caption), else its own.
Style resolveStyle(const QHash<QString, Style> &styles, const QString &id)
{
    Style result;
    QString ownName;
    QString at = id;
    for (int depth = 0; depth < 16 && styles.contains(at); ++depth) {
        const Style &style = styles[at];
        if (depth == 0)
            ownName = style.name;
        if (result.name.isEmpty() && isKnownStyleName(style.name))
            result.name = style.name;
        if (result.outlineLevel < 0)
            result.outlineLevel = style.outlineLevel;
        if (result.bidi < 0)
            result.bidi = style.bidi;
        at = style.basedOn;
    }
    if (result.name.isEmpty())
        result.name = ownName;
    return result;
}

BlockRole roleForStyle(const Style &style, int outlineLevel)
{
    if (style.name == u"title")
        return BlockRole::Title;
    if (style.name == u"subtitle" || style.name.startsWith(u"heading"_s) || outlineLevel >= 0
        || style.outlineLevel >= 0)
        return BlockRole::Heading;
    if (style.name == u"caption")
        return BlockRole::Caption;
    return BlockRole::Paragraph;
}

struct Paragraph
{
    QString text;
    BlockRole role = BlockRole::Paragraph;
    BlockDirection direction = BlockDirection::FromText;
    bool isHeadingOne = false;
};

// The paragraphs of a document part (the body, or one footnote): every w:p in order, nested ones (text
// boxes) after the paragraph that holds them. `footnoteIds` collects references in the order they appear.
QList<Paragraph> readParagraphs(QXmlStreamReader &xml, const QHash<QString, Style> &styles, QStringView endElement,
                                QStringList *footnoteIds = nullptr)
{
    struct Open
    {
        Paragraph paragraph;
        QString styleId;
        int outlineLevel = -1;
        int bidi = -1;
        QList<Paragraph> nested; // finished paragraphs of its text boxes
    };
    QList<Paragraph> done;
    QList<Open> open;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.namespaceUri() == kCompatibilityNs
            && xml.name() == u"Fallback") {
            xml.skipCurrentElement(); // the mc:Choice before it was read
            continue;
        }
        if (token == QXmlStreamReader::EndElement && xml.namespaceUri() == kWordNs) {
            if (xml.name() == endElement)
                break;
            if (xml.name() == u"p" && !open.isEmpty()) {
                Open finished = open.takeLast();
                const Style style = resolveStyle(styles, finished.styleId);
                finished.paragraph.role = roleForStyle(style, finished.outlineLevel);
                finished.paragraph.isHeadingOne = style.name == u"heading 1" || finished.outlineLevel == 0;
                const int bidi = finished.bidi >= 0 ? finished.bidi : style.bidi;
                if (bidi >= 0)
                    finished.paragraph.direction = bidi ? BlockDirection::RightToLeft : BlockDirection::LeftToRight;
                QList<Paragraph> &into = open.isEmpty() ? done : open.last().nested;
                into.append(std::move(finished.paragraph));
                into.append(std::move(finished.nested));
            }
            continue;
        }
        // Text counts only inside w:t: deleted revisions (w:delText) and field codes (w:instrText) stay out.
        if (token != QXmlStreamReader::StartElement || xml.namespaceUri() != kWordNs)
            continue;
        const QStringView element = xml.name();
        if (element == u"p") {
            open.append(Open());
        } else if (open.isEmpty()) {
            continue;
        } else if (element == u"t") {
            open.last().paragraph.text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (element == u"tab" || element == u"br" || element == u"cr") {
            open.last().paragraph.text += u' ';
        } else if (element == u"noBreakHyphen") {
            open.last().paragraph.text += u'-';
        } else if (element == u"pStyle") {
            open.last().styleId = xml.attributes().value(kWordNs, u"val"_s).toString();
        } else if (element == u"outlineLvl") {
            open.last().outlineLevel = xml.attributes().value(kWordNs, u"val"_s).toInt();
        } else if (element == u"bidi") {
            open.last().bidi = toggleOn(xml) ? 1 : 0;
        } else if ((element == u"footnoteReference" || element == u"endnoteReference") && footnoteIds) {
            footnoteIds->append(element.at(0) + xml.attributes().value(kWordNs, u"id"_s).toString());
        }
    }
    return done;
}

// Notes (footnotes.xml or endnotes.xml) by id, prefixed "f" or "e" like the references.
QHash<QString, Paragraph> readNotes(const QByteArray &bytes, const QHash<QString, Style> &styles, QStringView element,
                                    QChar prefix)
{
    QHash<QString, Paragraph> notes;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != element)
            continue;
        const QStringView type = xml.attributes().value(kWordNs, u"type"_s);
        const QString id = prefix + xml.attributes().value(kWordNs, u"id"_s).toString();
        if (!type.isEmpty() && type != u"normal") {
            xml.skipCurrentElement(); // separators
            continue;
        }
        // A note of several paragraphs is one block.
        Paragraph note;
        for (const Paragraph &paragraph : readParagraphs(xml, styles, element)) {
            note.text += (note.text.isEmpty() ? QString() : u" "_s) + paragraph.text;
            if (note.direction == BlockDirection::FromText)
                note.direction = paragraph.direction;
        }
        notes.insert(id, note);
    }
    return notes;
}

// The targets of a part's relationships by type (the last path segment of the type URI).
QHash<QString, QString> readRelationships(const QByteArray &bytes, const QString &baseFolder)
{
    QHash<QString, QString> targets;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QString type = xml.attributes().value(u"Type"_s).toString().section(u'/', -1);
        QString target = xml.attributes().value(u"Target"_s).toString();
        if (xml.attributes().value(u"TargetMode"_s) == u"External")
            continue;
        target = target.startsWith(u'/') ? target.mid(1) : baseFolder + target;
        if (!targets.contains(type))
            targets.insert(type, target);
    }
    return targets;
}

} // namespace

QString DocxImporter::formatName() const
{
    return tr("Word");
}

QStringList DocxImporter::filePatterns() const
{
    return {u"*.docx"_s};
}

bool DocxImporter::recognizes(const QByteArray &head) const
{
    return head.startsWith("PK\x03\x04") && head.contains("word/");
}

ImportResult DocxImporter::importBytes(const QByteArray &bytes, const QString &name,
                                       const DocumentImportOptions &options) const
{
    ZipArchive zip(bytes, options.maxInflatedBytes);
    const QString format = formatName();
    if (zip.status() != ZipArchive::Status::Ok)
        return zip.failure(zip.status(), name, format, {});

    // The main part is named by the package's relationships (word/document.xml in practice).
    QByteArray data;
    QString main = u"word/document.xml"_s;
    if (zip.read(u"_rels/.rels"_s, &data) == ZipArchive::Status::Ok)
        main = readRelationships(data, {}).value(u"officeDocument"_s, main);
    const QString folder = main.contains(u'/') ? main.section(u'/', 0, -2) + u'/' : QString();
    QHash<QString, QString> parts;
    if (zip.read(folder + u"_rels/"_s + main.section(u'/', -1) + u".rels"_s, &data) == ZipArchive::Status::Ok)
        parts = readRelationships(data, folder);

    QHash<QString, Style> styles;
    QHash<QString, Paragraph> notes;
    const struct
    {
        QString type;
        QString fallback;
    } optional[] = {{u"styles"_s, folder + u"styles.xml"_s},
                    {u"footnotes"_s, folder + u"footnotes.xml"_s},
                    {u"endnotes"_s, folder + u"endnotes.xml"_s}};
    for (const auto &[type, fallback] : optional) {
        const QString part = parts.value(type, fallback);
        const ZipArchive::Status status = zip.read(part, &data);
        if (status == ZipArchive::Status::Missing)
            continue;
        if (status != ZipArchive::Status::Ok)
            return zip.failure(status, name, format, part);
        if (type == u"styles")
            styles = readStyles(data);
        else if (type == u"footnotes")
            notes.insert(readNotes(data, styles, u"footnote", u'f'));
        else
            notes.insert(readNotes(data, styles, u"endnote", u'e'));
    }
    if (isCancelled(options))
        return cancelledResult(name);
    reportProgress(options, 30);

    const ZipArchive::Status status = zip.read(main, &data);
    if (status != ZipArchive::Status::Ok)
        return zip.failure(status, name, format, main);
    QXmlStreamReader xml(data);
    QStringList references;
    const QList<Paragraph> paragraphs = readParagraphs(xml, styles, u"document", &references);
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return ArticleImporter::failure(ImportErrorKind::Corrupt,
                                        tr("%1 is a damaged Word document: its text cannot be read (%2, line %3).")
                                            .arg(ArticleImporter::displayName(name), xml.errorString())
                                            .arg(xml.lineNumber()));
    reportProgress(options, 80);

    ArticleBuilder builder;
    // Without a Title style, the first "Heading 1" at the top is the title.
    const bool hasTitle = std::any_of(paragraphs.begin(), paragraphs.end(),
                                      [](const Paragraph &p) { return p.role == BlockRole::Title; });
    bool first = true;
    for (const Paragraph &paragraph : paragraphs) {
        BlockRole role = paragraph.role;
        if (!hasTitle && first && paragraph.isHeadingOne)
            role = BlockRole::Title;
        if (builder.addBlock(role, paragraph.text, 0, -1, paragraph.direction) >= 0)
            first = false;
    }
    // Notes in the order the text refers to them.
    for (const QString &id : std::as_const(references)) {
        if (notes.contains(id)) {
            const Paragraph note = notes.take(id);
            builder.addBlock(BlockRole::Footnote, note.text, 0, -1, note.direction);
        }
    }
    reportProgress(options, 100);
    return finish(builder.take(), name, {});
}

} // namespace Hamish
