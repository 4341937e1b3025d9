// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/PdfAssembler.h"

#include "core/formats/ArticleBuilder.h"
#include "core/text/PlainTextImporter.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr int kFurnitureLines = 2;           // lines at the top and at the bottom of a page that may be furniture
constexpr qreal kHeadingScale = 1.15;        // a line this much taller than the body text is a heading
constexpr qreal kShortLine = 0.12;           // a line that ends this far (of the column width) from its edge
constexpr qsizetype kMaxHeadingLength = 160; // as for plain text
constexpr qsizetype kMaxTitleLength = 200;

// A paragraph that ends like this may stop at the end of a column or page.
bool endsSentence(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    return last == u'.' || last == u'؟' || last == u'?' || last == u'!' || last == u':';
}

// A line that ends like this is not a heading (the plain-text rule).
bool endsClause(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    return endsSentence(text) || last == u'،' || last == u',' || last == u'؛' || last == u';';
}

// A line's text with its numbers blanked, so "التقرير السنوي 3" and "التقرير السنوي 4" are the same header.
QString furnitureKey(const QString &text)
{
    QString key;
    for (const QChar c : text) {
        if (c.isDigit())
            key.append(u'#');
        else if (!c.isSpace())
            key.append(c);
    }
    return key;
}

QList<qsizetype> edgeLines(const QList<PdfLine> &lines)
{
    QList<qsizetype> order(lines.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return lines[a].box.top() < lines[b].box.top(); });
    QList<qsizetype> edges;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i < kFurnitureLines || i >= order.size() - kFurnitureLines)
            edges.append(order[i]);
    }
    return edges;
}

qreal bodyHeight(const QList<PdfAssembler::Page> &pages)
{
    // The height most of the text is set in (weighted by characters).
    QList<std::pair<qreal, qsizetype>> heights;
    qsizetype total = 0;
    for (const PdfAssembler::Page &page : pages) {
        for (const PdfLine &line : page.lines) {
            heights.append({line.height, line.text.size()});
            total += line.text.size();
        }
    }
    std::sort(heights.begin(), heights.end());
    qsizetype seen = 0;
    for (const auto &[height, weight] : std::as_const(heights)) {
        seen += weight;
        if (seen * 2 >= total)
            return height;
    }
    return heights.isEmpty() ? 0 : heights.last().first;
}

struct Paragraph
{
    QString text;
    qreal height = 0;
    int page = 0;
    bool footnote = false;
    qint64 confidenceSum = 0; // OCR confidence weighted by characters
    qint64 confidenceWeight = 0;
    QList<UncertainRange> uncertain; // offsets into text

    void append(const PdfLine &line)
    {
        for (UncertainRange range : line.uncertain) {
            range.start += text.size();
            uncertain.append(range);
        }
        text.append(line.text);
        if (line.confidence >= 0) {
            confidenceSum += qint64(line.confidence) * line.text.size();
            confidenceWeight += line.text.size();
        }
    }
    int confidence() const { return confidenceWeight > 0 ? int(confidenceSum / confidenceWeight) : -1; }
};

} // namespace

bool PdfAssembler::isPageNumber(QStringView text)
{
    static const QRegularExpression pattern(
        u"^[\\s\\-–—|•.]*(?:(?:page|p\\.|صفحة|الصفحة|ص)\\s*\\.?\\s*)?\\d{1,4}(?:\\s*(?:/|of|من|-)\\s*\\d{1,4})?[\\s\\-–—|•.]*$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(text).hasMatch();
}

PdfAssembler::Dropped PdfAssembler::dropFurniture(QList<Page> &pages)
{
    Dropped dropped;
    // How many pages have each top or bottom line (numbers blanked).
    QHash<QString, int> pagesWithKey;
    for (const Page &page : std::as_const(pages)) {
        QSet<QString> keys;
        for (qsizetype index : edgeLines(page.lines))
            keys.insert(furnitureKey(page.lines[index].text));
        for (const QString &key : std::as_const(keys))
            pagesWithKey[key] += 1;
    }
    const int repeated = std::max<int>(2, int((pages.size() + 1) / 2));
    for (Page &page : pages) {
        QList<qsizetype> drop;
        for (qsizetype index : edgeLines(page.lines)) {
            const PdfLine &line = page.lines[index];
            if (isPageNumber(line.text)) {
                ++dropped.pageNumbers;
                drop.append(index);
            } else if (pages.size() >= 2 && pagesWithKey.value(furnitureKey(line.text)) >= repeated) {
                ++dropped.runningLines;
                drop.append(index);
            }
        }
        std::sort(drop.begin(), drop.end(), std::greater<>());
        for (qsizetype index : std::as_const(drop))
            page.lines.removeAt(index);
    }
    return dropped;
}

void PdfAssembler::build(const QList<Page> &pages, ArticleBuilder &builder)
{
    const qreal body = bodyHeight(pages);
    QList<Paragraph> paragraphs;
    const PdfLine *previous = nullptr;
    bool previousShort = true;

    for (const Page &page : pages) {
        // Each column's extent on this page, to tell a paragraph's short last line.
        QHash<int, std::pair<qreal, qreal>> extents;
        qreal bodyBottom = -1e12;
        for (const PdfLine &line : page.lines) {
            auto it = extents.find(line.column);
            if (it == extents.end())
                extents.insert(line.column, {line.box.left(), line.box.right()});
            else
                *it = {std::min(it->first, line.box.left()), std::max(it->second, line.box.right())};
            if (line.height >= 0.9 * body)
                bodyBottom = std::max(bodyBottom, line.box.bottom());
        }
        // The usual gap between two lines of a paragraph on this page (its lower quartile: most gaps are
        // inside paragraphs); a paragraph break is a clearly wider one.
        QList<qreal> gaps;
        for (qsizetype i = 1; i < page.lines.size(); ++i) {
            if (page.lines[i].column == page.lines[i - 1].column
                && page.lines[i].box.top() > page.lines[i - 1].box.top())
                gaps.append(page.lines[i].box.top() - page.lines[i - 1].box.bottom());
        }
        std::sort(gaps.begin(), gaps.end());
        const qreal usualGap = gaps.isEmpty() ? 0 : gaps[gaps.size() / 4];
        bool pageStart = true;
        for (const PdfLine &line : page.lines) {
            const auto [left, right] = extents.value(line.column);
            const qreal width = std::max<qreal>(1, right - left);
            // Smaller text below all the body text is a footnote; each numbered line starts one.
            const bool footnote = line.height < 0.9 * body && line.box.top() >= bodyBottom - 1;
            const bool numbered = !line.text.isEmpty() && (line.text.at(0).isDigit() || line.text.at(0) == u'*');

            bool joins = false;
            if (previous && !paragraphs.isEmpty()) {
                const bool sameHeight =
                    std::abs(line.height - previous->height) <= 0.12 * std::max(line.height, previous->height);
                const bool sameFlow = !pageStart && line.column == previous->column;
                if (paragraphs.last().footnote != footnote) {
                    joins = false;
                } else if (footnote) {
                    joins = !numbered && !pageStart;
                } else if (sameFlow) {
                    const qreal gap = line.box.top() - previous->box.bottom();
                    joins = sameHeight && !previousShort
                            && gap <= std::min(usualGap + 0.35 * line.height, 0.9 * line.height);
                } else {
                    // The next column or page carries on a paragraph its last line left unfinished.
                    joins = sameHeight && !previousShort && !endsSentence(paragraphs.last().text);
                }
            }
            if (joins) {
                Paragraph &paragraph = paragraphs.last();
                if (previous->continuesWord) {
                    if (previous->hyphenated && paragraph.text.endsWith(u'-'))
                        paragraph.text.chop(1);
                } else {
                    paragraph.text.append(u' ');
                }
                paragraph.append(line);
            } else {
                Paragraph paragraph;
                paragraph.height = line.height;
                paragraph.page = page.number;
                paragraph.footnote = footnote;
                paragraph.append(line);
                paragraphs.append(std::move(paragraph));
            }
            // A paragraph's last line stops short of the column's edge; a line that only wrapped before a long
            // word does too, so a short line ends a paragraph only at the end of a sentence (or very short).
            const qreal endGap = line.rightToLeft ? line.box.left() - left : right - line.box.right();
            previousShort = endGap > kShortLine * width && (endsSentence(line.text) || endGap > 0.5 * width);
            previous = &line;
            pageStart = false;
        }
    }

    // Roles: taller text is a heading (the tallest on the first page, at its top, the title); then the
    // shape rules plain text uses for articles set in one size.
    qreal tallest = 0;
    for (const Paragraph &paragraph : std::as_const(paragraphs)) {
        if (paragraph.page == paragraphs.first().page)
            tallest = std::max(tallest, paragraph.height);
    }
    bool titleSeen = false;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &paragraph = paragraphs[i];
        const bool hasNext = i + 1 < paragraphs.size();
        BlockRole role = BlockRole::Paragraph;
        if (paragraph.footnote) {
            role = BlockRole::Footnote;
        } else if (paragraph.height >= kHeadingScale * body) {
            role = !titleSeen && i <= 1 && paragraph.height >= tallest ? BlockRole::Title : BlockRole::Heading;
        } else if (i == 0 && hasNext && paragraph.text.size() <= kMaxTitleLength && !endsClause(paragraph.text)) {
            role = BlockRole::Title;
        } else if (hasNext && PlainTextImporter::looksLikeCaption(paragraph.text)) {
            role = BlockRole::Caption;
        } else if (hasNext && paragraph.text.size() <= kMaxHeadingLength && !endsClause(paragraph.text)
                   && paragraphs[i + 1].text.size() > kMaxHeadingLength) {
            role = BlockRole::Heading;
        }
        titleSeen = titleSeen || role == BlockRole::Title;
        const qsizetype start = builder.addBlock(role, paragraph.text, paragraph.page, paragraph.confidence());
        // OCR text is built with single spaces, so its offsets survive the builder's clean-up.
        if (start >= 0 && ArticleBuilder::simplified(paragraph.text) == paragraph.text) {
            for (const UncertainRange &range : paragraph.uncertain)
                builder.addUncertain(start + range.start, range.length, range.confidence);
        }
    }
}

} // namespace Hamish
