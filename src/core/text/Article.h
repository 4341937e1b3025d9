// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Hamish {

// The part a block of text plays in an article.
enum class BlockRole { Title, Heading, Caption, Paragraph };

QString blockRoleName(BlockRole role);
BlockRole blockRoleFromName(QStringView name, bool *ok = nullptr);

// A run of an article's text shown as one paragraph. Offsets are UTF-16 indices into Article::text().
struct Block
{
    BlockRole role = BlockRole::Paragraph;
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    friend bool operator==(const Block &, const Block &) = default;
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

    bool isEmpty() const { return m_blocks.isEmpty(); }

private:
    QString m_text;
    QList<Block> m_blocks;
    QString m_title;
    QString m_sourcePath;
    QString m_encoding;
    QString m_sha256;
};

} // namespace Hamish
