// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/HtmlImporter.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// Elements whose whole content is page furniture, not article text.
bool isSkippedElement(QStringView name)
{
    static const QStringList skipped = {
        u"script"_s, u"style"_s, u"noscript"_s, u"template"_s, u"svg"_s,    u"nav"_s,    u"footer"_s, u"aside"_s,
        u"form"_s,   u"menu"_s,  u"button"_s,   u"select"_s,   u"iframe"_s, u"object"_s, u"canvas"_s, u"head"_s};
    return skipped.contains(name);
}

bool isRawTextElement(QStringView name)
{
    return name == u"script" || name == u"style" || name == u"textarea" || name == u"title";
}

bool isVoidElement(QStringView name)
{
    static const QStringList voids = {u"area"_s,  u"base"_s, u"br"_s,   u"col"_s,    u"embed"_s, u"hr"_s, u"img"_s,
                                      u"input"_s, u"link"_s, u"meta"_s, u"source"_s, u"track"_s, u"wbr"_s};
    return voids.contains(name);
}

// Elements that end the current paragraph when they open or close.
bool isBlockElement(QStringView name)
{
    static const QStringList blocks = {
        u"p"_s,          u"div"_s,     u"h1"_s,      u"h2"_s,     u"h3"_s,         u"h4"_s,      u"h5"_s,
        u"h6"_s,         u"li"_s,      u"ul"_s,      u"ol"_s,     u"figcaption"_s, u"caption"_s, u"figure"_s,
        u"blockquote"_s, u"section"_s, u"article"_s, u"main"_s,   u"header"_s,     u"table"_s,   u"tr"_s,
        u"td"_s,         u"th"_s,      u"br"_s,      u"dd"_s,     u"dt"_s,         u"dl"_s,      u"pre"_s,
        u"hr"_s,         u"body"_s,    u"html"_s,    u"address"_s};
    return blocks.contains(name);
}

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities = {
        {u"amp"_s, U'&'},      {u"lt"_s, U'<'},      {u"gt"_s, U'>'},       {u"quot"_s, U'"'},     {u"apos"_s, U'\''},
        {u"nbsp"_s, 0x00A0},   {u"laquo"_s, 0x00AB}, {u"raquo"_s, 0x00BB},  {u"hellip"_s, 0x2026}, {u"mdash"_s, 0x2014},
        {u"ndash"_s, 0x2013},  {u"lsquo"_s, 0x2018}, {u"rsquo"_s, 0x2019},  {u"ldquo"_s, 0x201C},  {u"rdquo"_s, 0x201D},
        {u"copy"_s, 0x00A9},   {u"reg"_s, 0x00AE},   {u"shy"_s, 0x00AD},    {u"zwnj"_s, 0x200C},   {u"zwj"_s, 0x200D},
        {u"lrm"_s, 0x200E},    {u"rlm"_s, 0x200F},   {u"middot"_s, 0x00B7}, {u"bull"_s, 0x2022},   {u"deg"_s, 0x00B0},
        {u"times"_s, 0x00D7},  {u"euro"_s, 0x20AC},  {u"pound"_s, 0x00A3},  {u"dollar"_s, U'$'},   {u"percnt"_s, U'%'},
        {u"thinsp"_s, 0x2009}, {u"ensp"_s, 0x2002},  {u"emsp"_s, 0x2003},   {u"trade"_s, 0x2122},  {u"sect"_s, 0x00A7},
        {u"para"_s, 0x00B6}};
    return entities;
}

// Characters between '&' and ';' in the longest reference decoded ("#x10FFFF", "percnt").
constexpr qsizetype kMaxEntityLength = 12;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

// The character a reference's name ("amp", "#1575", "#x627") stands for, or 0 when it names none.
char32_t entityCode(QStringView name)
{
    if (name.startsWith(u'#')) {
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        bool ok = false;
        const uint value = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        return ok && value > 0 && value <= 0x10FFFF && !QChar::isSurrogate(value) ? char32_t(value) : 0;
    }
    const auto it = namedEntities().constFind(name.toString());
    return it != namedEntities().cend() ? *it : 0;
}

// What a tag's `epub:type` and `role` attributes say of it, as EPUB 3 (its structural semantics) and the
// digital publishing roles of ARIA mark notes: a note reference (a number linking to its note) and a note's
// link back are navigation, not text; a note (or the section of notes) reads as footnotes.
enum class NoteMark { None, Navigation, Note };

NoteMark noteMark(QStringView attributes)
{
    if (!attributes.contains(u"type", Qt::CaseInsensitive) && !attributes.contains(u"role", Qt::CaseInsensitive))
        return NoteMark::None;
    static const QRegularExpression semantic(
        uR"re((?:^|\s)(epub:type|role)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList navigation = {u"noteref"_s, u"backlink"_s, u"doc-noteref"_s, u"doc-backlink"_s};
    static const QStringList notes = {u"footnote"_s,     u"footnotes"_s,   u"endnote"_s,
                                      u"endnotes"_s,     u"rearnote"_s,    u"rearnotes"_s,
                                      u"doc-footnote"_s, u"doc-endnote"_s, u"doc-endnotes"_s};
    NoteMark mark = NoteMark::None;
    auto it = semantic.globalMatch(attributes);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString value = match.captured(2) + match.captured(3) + match.captured(4);
        for (const QString &token : value.toLower().split(u' ', Qt::SkipEmptyParts)) {
            if (navigation.contains(token))
                return NoteMark::Navigation;
            if (notes.contains(token))
                mark = NoteMark::Note;
        }
    }
    return mark;
}

// An element being skipped or read as notes because of its attributes: its name, and how many elements of that
// name are open inside it, so that its own end tag is the one that ends it.
struct MarkedElement
{
    QString name;
    int depth = 0;

    bool isOpen() const { return depth > 0; }
    void start(const QString &tagName)
    {
        name = tagName;
        depth = 1;
    }
    // Follows a tag of the same name; true when it is the element's own end tag.
    bool follow(const QString &tagName, bool closing)
    {
        if (depth == 0 || tagName != name)
            return false;
        depth += closing ? -1 : 1;
        return depth == 0;
    }
};

struct Tag
{
    QString name;
    QString attributes;
    bool closing = false;
    bool selfClosing = false;
};

// Parses the tag starting at html[pos] == '<'. Returns the index after '>', or -1 when it is not a tag: as
// in a browser, a tag name starts with an ASCII letter, so "3<5" and "<و" are text.
qsizetype readTag(QStringView html, qsizetype pos, Tag *tag)
{
    qsizetype i = pos + 1;
    tag->closing = i < html.size() && html.at(i) == u'/';
    if (tag->closing)
        ++i;
    const qsizetype nameStart = i;
    if (i >= html.size() || !isAsciiLetter(html.at(i)))
        return -1;
    while (i < html.size() && (html.at(i).isLetterOrNumber() || html.at(i) == u'-' || html.at(i) == u':'))
        ++i;
    if (i == nameStart)
        return -1;
    tag->name = html.mid(nameStart, i - nameStart).toString().toLower();
    // Find the closing '>' outside quoted attribute values.
    const qsizetype attrStart = i;
    QChar quote;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            break;
        }
        ++i;
    }
    tag->attributes = html.mid(attrStart, i - attrStart).toString();
    tag->selfClosing = tag->attributes.endsWith(u'/');
    return i < html.size() ? i + 1 : html.size();
}

// Collects text into blocks, collapsing HTML white space.
class BlockBuilder
{
public:
    void append(QStringView text, BlockRole role)
    {
        for (QChar c : text) {
            if (c.isSpace() || c == QChar(0x00A0)) {
                m_pendingSpace = !m_current.isEmpty();
            } else {
                if (m_pendingSpace)
                    m_current.append(u' ');
                m_pendingSpace = false;
                m_current.append(c);
            }
        }
        if (!m_current.isEmpty() && (m_role == BlockRole::Paragraph || role != BlockRole::Paragraph))
            m_role = role;
    }

    void flush()
    {
        if (!m_current.isEmpty())
            m_blocks.append({m_role, m_current});
        m_current.clear();
        m_pendingSpace = false;
        m_role = BlockRole::Paragraph;
    }

    struct Piece
    {
        BlockRole role;
        QString text;
    };
    QList<Piece> &blocks() { return m_blocks; }

private:
    QList<Piece> m_blocks;
    QString m_current;
    bool m_pendingSpace = false;
    BlockRole m_role = BlockRole::Paragraph;
};

} // namespace

bool HtmlImporter::looksLikeHtml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(1024).trimmed().toLower();
    const QByteArray start = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")
           || (start.startsWith("<") && (head.contains("<body") || head.contains("<head")));
}

QString HtmlImporter::declaredCharset(const QByteArray &bytes)
{
    // Meta tags are ASCII in every encoding a page can declare itself in (UTF-16 pages carry a BOM).
    const QString head = QString::fromLatin1(bytes.left(16 * 1024));
    static const QRegularExpression meta(u"<meta\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression charset(u"charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    auto it = meta.globalMatch(head);
    while (it.hasNext()) {
        const QRegularExpressionMatch tag = it.next();
        const QRegularExpressionMatch match = charset.match(tag.captured(0));
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

QString HtmlImporter::decodeEntities(QStringView text)
{
    qsizetype amp = text.indexOf(u'&');
    if (amp < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0; // text before this index is in `out`
    for (; amp >= 0; amp = text.indexOf(u'&', amp + 1)) {
        // A reference is '&', a name of ASCII letters and digits (or '#' and a number), then ';'. Looking
        // no further than the longest one keeps the whole decoding linear, whatever follows a lone '&'.
        const qsizetype limit = std::min(text.size(), amp + 1 + kMaxEntityLength);
        qsizetype end = amp + 1;
        while (end < limit && (isAsciiLetterOrDigit(text.at(end)) || (end == amp + 1 && text.at(end) == u'#')))
            ++end;
        if (end >= text.size() || text.at(end) != u';' || end == amp + 1)
            continue;
        const char32_t code = entityCode(text.sliced(amp + 1, end - amp - 1));
        if (code == 0)
            continue;
        out.append(text.sliced(copied, amp - copied));
        if (QChar::requiresSurrogates(code)) {
            out.append(QChar(QChar::highSurrogate(code)));
            out.append(QChar(QChar::lowSurrogate(code)));
        } else {
            out.append(QChar(char16_t(code)));
        }
        copied = end + 1;
        amp = end;
    }
    out.append(text.sliced(copied));
    return out;
}

Article HtmlImporter::parse(QStringView html)
{
    // Pages that mark their article (<article>, else <main>) keep only its content.
    static const QRegularExpression articleTag(u"<article\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mainTag(u"<main\\b"_s, QRegularExpression::CaseInsensitiveOption);
    QString scope;
    if (articleTag.match(html).hasMatch())
        scope = u"article"_s;
    else if (mainTag.match(html).hasMatch())
        scope = u"main"_s;

    BlockBuilder builder;
    QString pageTitle;
    int skipDepth = 0;
    int scopeDepth = 0;
    int headingDepth = 0;
    int captionDepth = 0;
    int titleDepth = 0;
    MarkedElement navigation; // a note reference or a note's link back: left out
    MarkedElement note;       // a note or the section of notes: footnote blocks
    // Whether text here is the article's: not in skipped furniture or note navigation, and inside the article's
    // element when the page marks one.
    const auto inText = [&] {
        return skipDepth == 0 && !navigation.isOpen() && (scope.isEmpty() || scopeDepth > 0);
    };

    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype textEnd = lt < 0 ? html.size() : lt;
        if (textEnd > i && inText()) {
            const BlockRole role = titleDepth > 0     ? BlockRole::Title
                                   : headingDepth > 0 ? BlockRole::Heading
                                   : note.isOpen()    ? BlockRole::Footnote
                                   : captionDepth > 0 ? BlockRole::Caption
                                                      : BlockRole::Paragraph;
            builder.append(decodeEntities(html.mid(i, textEnd - i)), role);
        }
        if (lt < 0)
            break;
        i = lt;

        if (html.mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        // Declarations, processing instructions and "</" before anything but a letter are bogus comments
        // to a browser: nothing of them is shown. "</>" is dropped; "</" at the very end is text.
        const QChar next = i + 1 < html.size() ? html.at(i + 1) : QChar();
        const QChar afterSlash = i + 2 < html.size() ? html.at(i + 2) : QChar();
        if (next == u'!' || next == u'?' || (next == u'/' && !afterSlash.isNull() && !isAsciiLetter(afterSlash))) {
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? html.size() : end + 1;
            continue;
        }

        Tag tag;
        const qsizetype after = readTag(html, i, &tag);
        if (after < 0) {
            // A lone '<' is text.
            if (inText())
                builder.append(u"<", note.isOpen() ? BlockRole::Footnote : BlockRole::Paragraph);
            ++i;
            continue;
        }
        i = after;

        if (!tag.closing && isRawTextElement(tag.name)) {
            // Raw text runs to the matching end tag; nothing inside is markup.
            const QString endTag = u"</"_s + tag.name;
            qsizetype end = html.indexOf(endTag, i, Qt::CaseInsensitive);
            if (end < 0)
                end = html.size();
            if (tag.name == u"title" && pageTitle.isEmpty())
                pageTitle = decodeEntities(html.mid(i, end - i)).simplified();
            const qsizetype close = html.indexOf(u'>', end);
            i = close < 0 ? html.size() : close + 1;
            continue;
        }

        // What its attributes say, read once, for an opening tag outside skipped furniture.
        const NoteMark mark = tag.closing || skipDepth > 0 ? NoteMark::None : noteMark(tag.attributes);
        // EPUB's notes are often asides; an aside that is a note is text, not a page's side column.
        const bool noteAside =
            tag.name == u"aside"
            && (tag.closing ? skipDepth == 0 && note.isOpen() && note.name == u"aside" : mark == NoteMark::Note);
        if (isSkippedElement(tag.name) && !noteAside) {
            if (!isVoidElement(tag.name) && !tag.selfClosing)
                skipDepth = std::max(0, skipDepth + (tag.closing ? -1 : 1));
            continue;
        }
        if (skipDepth > 0)
            continue;

        if (isBlockElement(tag.name))
            builder.flush();
        if (isVoidElement(tag.name) || tag.selfClosing)
            continue;
        if (navigation.isOpen()) {
            navigation.follow(tag.name, tag.closing);
            continue;
        }
        if (note.follow(tag.name, tag.closing))
            builder.flush(); // a note ends its block, as a paragraph would
        if (!tag.closing) {
            if (mark == NoteMark::Navigation) {
                navigation.start(tag.name);
                continue;
            }
            if (mark == NoteMark::Note && !note.isOpen()) {
                builder.flush();
                note.start(tag.name);
            }
        }

        const int step = tag.closing ? -1 : 1;
        if (tag.name == scope)
            scopeDepth = std::max(0, scopeDepth + step);
        if (tag.name == u"h1") {
            titleDepth = std::max(0, titleDepth + step);
        } else if (tag.name.size() == 2 && tag.name.at(0) == u'h' && tag.name.at(1) >= u'1' && tag.name.at(1) <= u'6') {
            headingDepth = std::max(0, headingDepth + step);
        } else if (tag.name == u"figcaption" || tag.name == u"caption") {
            captionDepth = std::max(0, captionDepth + step);
        }
    }
    builder.flush();

    QList<BlockBuilder::Piece> &pieces = builder.blocks();
    // Only the first <h1> is the headline; later ones read as headings.
    bool titleSeen = false;
    for (BlockBuilder::Piece &piece : pieces) {
        if (piece.role == BlockRole::Title) {
            if (titleSeen)
                piece.role = BlockRole::Heading;
            titleSeen = true;
        }
    }
    if (!titleSeen && !pageTitle.isEmpty())
        pieces.prepend({BlockRole::Title, pageTitle});

    QString text;
    QList<Block> blocks;
    for (const BlockBuilder::Piece &piece : std::as_const(pieces)) {
        if (!text.isEmpty())
            text.append(u"\n\n"_s);
        blocks.append({piece.role, text.size(), piece.text.size()});
        text.append(piece.text);
    }
    Article article(std::move(text), std::move(blocks));
    QString title = pageTitle;
    for (qsizetype b = 0; b < article.blocks().size(); ++b) {
        if (article.blocks().at(b).role == BlockRole::Title) {
            title = article.blockText(b).toString();
            break;
        }
    }
    article.setTitle(title);
    return article;
}

} // namespace Hamish
