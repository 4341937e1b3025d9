// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Hamish {

// The part a block of text plays in an article.
enum class BlockRole { Title, Heading, Caption, Paragraph, Footnote };

QString blockRoleName(BlockRole role);

// The direction a source declares for a paragraph (a Word or OpenDocument right-to-left paragraph); without
// one, a block reads in the direction of most of its letters.
enum class BlockDirection : quint8 { FromText, LeftToRight, RightToLeft };
BlockRole blockRoleFromName(QStringView name, bool *ok = nullptr);

// "rtl", "ltr", or "" for FromText: how projects and exports spell a block's direction.
QString blockDirectionName(BlockDirection direction);
BlockDirection blockDirectionFromName(QStringView name, bool *ok = nullptr);

// A run of an article's text shown as one paragraph. Offsets are UTF-16 indices into Article::text().
struct Block
{
    BlockRole role = BlockRole::Paragraph;
    qsizetype start = 0;
    qsizetype length = 0;
    int page = 0;        // 1-based page of the source (PDF, scan) the block starts on; 0 when it has no pages
    int confidence = -1; // OCR confidence 0-100 when the block was read from an image; -1 when it was not
    BlockDirection direction = BlockDirection::FromText;

    qsizetype end() const { return start + length; }
    friend bool operator==(const Block &, const Block &) = default;
};

// Words optical character recognition was unsure of, for the reader to mark: UTF-16 offsets into
// Article::text() and the recogniser's confidence (0-100).
struct UncertainRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    int confidence = 0;

    qsizetype end() const { return start + length; }
    friend bool operator==(const UncertainRange &, const UncertainRange &) = default;
};

// An imported article: its plain text, the blocks that structure it, and where it came from.
class Article
{
public:
    Article() = default;
    Article(QString text, QList<Block> blocks);

    const QString &text() const { return m_text; }
    const QList<Block> &blocks() const { return m_blocks; }
    QStringView blockText(qsizetype index) const;

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }

    QString sourcePath() const { return m_sourcePath; }
    void setSourcePath(const QString &path) { m_sourcePath = path; }

    // The encoding the source bytes were decoded with (a name QStringDecoder accepts).
    QString encoding() const { return m_encoding; }
    void setEncoding(const QString &encoding) { m_encoding = encoding; }

    // Lower-case hex SHA-256 of the UTF-8 encoded text.
    QString sha256() const { return m_sha256; }

    // Words recognised from an image with a low confidence, in text order (empty for born-digital text).
    const QList<UncertainRange> &uncertainRanges() const { return m_uncertainRanges; }
    void setUncertainRanges(QList<UncertainRange> ranges) { m_uncertainRanges = std::move(ranges); }
    // Those overlapping [start, end), in text order.
    QList<UncertainRange> uncertainRangesIn(qsizetype start, qsizetype end) const;

    // The index of the block holding `offset` (the last block starting at or before it), -1 before the first.
    qsizetype blockAt(qsizetype offset) const;

    bool isEmpty() const { return m_blocks.isEmpty(); }

private:
    QString m_text;
    QList<Block> m_blocks;
    QList<UncertainRange> m_uncertainRanges;
    QString m_title;
    QString m_sourcePath;
    QString m_encoding;
    QString m_sha256;
};

} // namespace Hamish
