// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/PlainTextImporter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr qsizetype kMaxTitleLength = 200;
constexpr qsizetype kMaxHeadingLength = 160;
constexpr qsizetype kMaxCaptionLength = 300;

bool endsSentence(QStringView line)
{
    const QChar last = line.back();
    return last == u'.' || last == u'،' || last == u',' || last == u':' || last == u'؛' || last == u';';
}

} // namespace

QString PlainTextImporter::normalizeLineEnds(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(u'\r')) {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
    }
    return text;
}

bool PlainTextImporter::looksLikeCaption(QStringView line)
{
    // Agency credits that close a photo caption in Arabic news: AP, AFP, Reuters, EPA, Getty, archive.
    static const QRegularExpression credit(
        u"(?:أ\\s?\\.?\\s?ب|أ\\s?\\.?\\s?ف\\s?\\.?\\s?ب|إ\\s?\\.?\\s?ب\\s?\\.?\\s?أ|رويترز|أرشيفية|"
        u"\\bAFP|\\bAP|\\bReuters|\\bEPA|\\bGetty(?: Images)?)\\s*[.)]?\\s*$"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return line.size() <= kMaxCaptionLength && credit.match(line).hasMatch();
}

Article PlainTextImporter::parse(QString text)
{
    text = normalizeLineEnds(std::move(text));

    QList<Block> blocks;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        qsizetype start = lineStart;
        qsizetype end = lineEnd;
        while (start < end && text.at(start).isSpace())
            ++start;
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (end > start)
            blocks.append({BlockRole::Paragraph, start, end - start});
        lineStart = lineEnd + 1;
    }

    // News layout: a headline, then sub-headings and photo captions before the body; a short line without
    // closing punctuation followed by more text is a sub-heading anywhere.
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        Block &block = blocks[i];
        const QStringView line = QStringView(text).mid(block.start, block.length);
        const bool hasNext = i + 1 < blocks.size();
        if (i == 0 && hasNext && line.size() <= kMaxTitleLength && !endsSentence(line))
            block.role = BlockRole::Title;
        else if (looksLikeCaption(line) && hasNext)
            block.role = BlockRole::Caption;
        else if (hasNext && line.size() <= kMaxHeadingLength && !endsSentence(line)
                 && (i == 1 || blocks[i - 1].role != BlockRole::Paragraph || blocks[i + 1].length > kMaxHeadingLength))
            block.role = BlockRole::Heading;
    }

    Article article(std::move(text), std::move(blocks));
    if (!article.isEmpty())
        article.setTitle(article.blockText(0).toString());
    return article;
}

} // namespace Hamish
