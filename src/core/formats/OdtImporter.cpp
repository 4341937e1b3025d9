// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/OdtImporter.h"

#include "core/formats/ArticleBuilder.h"
#include "core/formats/ZipArchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

const QString kTextNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString kStyleNs = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString kOfficeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString kSvgNs = u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"_s;
constexpr int kMaxSpaces = 64; // text:s c="..." beyond any real layout

QString tr(const char *text)
{
    return QCoreApplication::translate("Hamish::OdtImporter", text);
}

struct Style
{
    QString parent;
    QString displayName; // "Title", "Heading 1", "Caption" (built-in names, whatever the UI language)
    int rightToLeft = -1;
};

void readStyles(const QByteArray &bytes, QHash<QString, Style> *styles)
{
    QXmlStreamReader xml(bytes);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.namespaceUri() != kStyleNs)
            continue;
        if (xml.name() == u"style") {
            current = xml.attributes().value(kStyleNs, u"name"_s).toString();
            Style &style = (*styles)[current];
            style.parent = xml.attributes().value(kStyleNs, u"parent-style-name"_s).toString();
            style.displayName = xml.attributes().value(kStyleNs, u"display-name"_s).toString();
            if (style.displayName.isEmpty())
                style.displayName = current;
        } else if (xml.name() == u"paragraph-properties" && !current.isEmpty()) {
            const QStringView mode = xml.attributes().value(kStyleNs, u"writing-mode"_s);
            if (!mode.isEmpty() && mode != u"page")
                (*styles)[current].rightToLeft = mode.startsWith(u"rl") ? 1 : 0;
        }
    }
}

// A style name as shown: ODF writes a space in a name as "_20_" (Heading_20_1).
QString shownName(const QString &name)
{
    return QString(name).replace(u"_20_"_s, u" "_s).toLower();
}

// The built-in style a paragraph style comes from (the first of its ancestors Hamish knows: title, subtitle,
// heading, caption and LibreOffice's caption kinds), and its direction, following parents. A style the package
// uses without defining it (pandoc writes "Title" so) is known by its name.
std::pair<QString, int> resolveStyle(const QHash<QString, Style> &styles, const QString &name)
{
    static const QStringList known{u"title"_s,  u"subtitle"_s, u"caption"_s, u"illustration"_s,
                                   u"figure"_s, u"table"_s,    u"drawing"_s};
    const auto knownName = [](const QString &shown) {
        return known.contains(shown) || shown.startsWith(u"heading"_s) ? shown : QString();
    };
    QString base;
    int rightToLeft = -1;
    QString at = name;
    for (int depth = 0; depth < 16 && !at.isEmpty(); ++depth) {
        const auto style = styles.constFind(at);
        if (style == styles.cend()) {
            if (base.isEmpty())
                base = knownName(shownName(at));
            break;
        }
        if (base.isEmpty())
            base = knownName(shownName(style->displayName));
        if (rightToLeft < 0)
            rightToLeft = style->rightToLeft;
        at = style->parent;
    }
    return {base, rightToLeft};
}

struct Paragraph
{
    QString text;
    BlockRole role = BlockRole::Paragraph;
    BlockDirection direction = BlockDirection::FromText;
};

class ContentReader
{
public:
    ContentReader(const QByteArray &bytes, const QHash<QString, Style> &styles)
        : m_xml(bytes)
        , m_styles(styles)
    {}

    QList<Paragraph> paragraphs;
    QList<Paragraph> frames; // paragraphs of frames inside paragraphs, after the text
    QList<Paragraph> notes;

    bool read()
    {
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() != QXmlStreamReader::StartElement || m_xml.namespaceUri() != kTextNs)
                continue;
            if (m_xml.name() == u"p" || m_xml.name() == u"h")
                paragraphs.append(readParagraph());
            else if (m_xml.name() == u"tracked-changes")
                m_xml.skipCurrentElement(); // what tracked changes deleted, and who changed what
        }
        return !m_xml.hasError();
    }

    QString errorString() const { return m_xml.errorString(); }
    qint64 lineNumber() const { return m_xml.lineNumber(); }

private:
    // At the start of a text:p or text:h: reads it to its end, notes inside it going to `notes`.
    Paragraph readParagraph()
    {
        Paragraph paragraph;
        const bool heading = m_xml.name() == u"h";
        const auto [base, rightToLeft] =
            resolveStyle(m_styles, m_xml.attributes().value(kTextNs, u"style-name"_s).toString());
        if (base == u"title")
            paragraph.role = BlockRole::Title;
        else if (heading || base == u"subtitle" || base.startsWith(u"heading"_s))
            paragraph.role = BlockRole::Heading;
        else if (base == u"caption" || base == u"illustration" || base == u"figure" || base == u"table"
                 || base == u"drawing")
            paragraph.role = BlockRole::Caption;
        if (rightToLeft >= 0)
            paragraph.direction = rightToLeft ? BlockDirection::RightToLeft : BlockDirection::LeftToRight;
        readText(&paragraph.text, m_xml.name().toString());
        return paragraph;
    }

    void readText(QString *text, const QString &endName)
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::Characters) {
                text->append(m_xml.text());
            } else if (token == QXmlStreamReader::EndElement) {
                if (m_xml.namespaceUri() == kTextNs && m_xml.name() == endName)
                    return;
            } else if (token == QXmlStreamReader::StartElement && isHidden()) {
                m_xml.skipCurrentElement();
            } else if (token == QXmlStreamReader::StartElement && m_xml.namespaceUri() == kTextNs) {
                const QStringView element = m_xml.name();
                if (element == u"s") {
                    const int count = m_xml.attributes().value(kTextNs, u"c"_s).toInt();
                    text->append(QString(std::clamp(count, 1, kMaxSpaces), u' '));
                } else if (element == u"tab" || element == u"line-break") {
                    text->append(u' ');
                } else if (element == u"note") {
                    readNote();
                } else if (element == u"p" || element == u"h") {
                    // A paragraph inside a paragraph (a frame's text): one of its own, after.
                    const Paragraph inner = readParagraph();
                    frames.append(inner);
                }
            }
        }
    }

    // At a start element: whether it holds nothing a reader sees on the page, so none of its text is read: a
    // comment (its author, date and text) and a picture's title and description (alternative text).
    bool isHidden() const
    {
        return (m_xml.namespaceUri() == kOfficeNs && m_xml.name() == u"annotation")
               || (m_xml.namespaceUri() == kSvgNs && (m_xml.name() == u"desc" || m_xml.name() == u"title"));
    }

    void readNote()
    {
        Paragraph note;
        note.role = BlockRole::Footnote;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement && m_xml.namespaceUri() == kTextNs && m_xml.name() == u"note")
                break;
            if (token != QXmlStreamReader::StartElement || m_xml.namespaceUri() != kTextNs)
                continue;
            if (m_xml.name() == u"note-citation") {
                m_xml.skipCurrentElement(); // the number shown in the text
            } else if (m_xml.name() == u"p" || m_xml.name() == u"h") {
                const Paragraph part = readParagraph();
                note.text += (note.text.isEmpty() ? QString() : u" "_s) + part.text;
                if (note.direction == BlockDirection::FromText)
                    note.direction = part.direction;
            }
        }
        notes.append(note);
    }

    QXmlStreamReader m_xml;
    const QHash<QString, Style> &m_styles;
};

} // namespace

QString OdtImporter::formatName() const
{
    return tr("OpenDocument");
}

QStringList OdtImporter::filePatterns() const
{
    return {u"*.odt"_s};
}

bool OdtImporter::recognizes(const QByteArray &head) const
{
    // An OpenDocument package starts with its uncompressed "mimetype" member.
    return head.startsWith("PK\x03\x04") && head.mid(30, 8) == "mimetype"
           && head.mid(38, 39) == "application/vnd.oasis.opendocument.text";
}

ImportResult OdtImporter::importBytes(const QByteArray &bytes, const QString &name,
                                      const DocumentImportOptions &options) const
{
    ZipArchive zip(bytes, options.maxInflatedBytes);
    const QString format = formatName();
    if (zip.status() != ZipArchive::Status::Ok)
        return zip.failure(zip.status(), name, format, {});
    QHash<QString, Style> styles;
    QByteArray data;
    ZipArchive::Status status = zip.read(u"styles.xml"_s, &data);
    if (status == ZipArchive::Status::Ok)
        readStyles(data, &styles);
    else if (status != ZipArchive::Status::Missing)
        return zip.failure(status, name, format, u"styles.xml"_s);
    status = zip.read(u"content.xml"_s, &data);
    if (status != ZipArchive::Status::Ok)
        return zip.failure(status, name, format, u"content.xml"_s);
    readStyles(data, &styles); // the automatic styles paragraphs use
    if (isCancelled(options))
        return cancelledResult(name);
    reportProgress(options, 40);

    ContentReader reader(data, styles);
    if (!reader.read())
        return ArticleImporter::failure(ImportErrorKind::Corrupt,
                                        tr("%1 is a damaged OpenDocument file: its text cannot be read (%2, line %3).")
                                            .arg(ArticleImporter::displayName(name), reader.errorString())
                                            .arg(reader.lineNumber()));
    ArticleBuilder builder;
    const bool hasTitle = std::any_of(reader.paragraphs.begin(), reader.paragraphs.end(),
                                      [](const Paragraph &p) { return p.role == BlockRole::Title; });
    bool first = true;
    for (const QList<Paragraph> *list : {&reader.paragraphs, &reader.frames, &reader.notes}) {
        for (const Paragraph &paragraph : *list) {
            // Without a Title style, a heading that opens the document is its title.
            const BlockRole role =
                !hasTitle && first && paragraph.role == BlockRole::Heading ? BlockRole::Title : paragraph.role;
            if (builder.addBlock(role, paragraph.text, 0, -1, paragraph.direction) >= 0)
                first = false;
        }
    }
    reportProgress(options, 100);
    return finish(builder.take(), name, {});
}

} // namespace Hamish
