// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Article.h"

#include "core/text/EnumNames.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {
constexpr EnumName<BlockRole> kBlockRoleNames[] = {{BlockRole::Paragraph, u"paragraph"},
                                                   {BlockRole::Title, u"title"},
                                                   {BlockRole::Heading, u"heading"},
                                                   {BlockRole::Caption, u"caption"},
                                                   {BlockRole::Footnote, u"footnote"}};
constexpr EnumName<BlockDirection> kBlockDirectionNames[] = {
    {BlockDirection::FromText, u""}, {BlockDirection::RightToLeft, u"rtl"}, {BlockDirection::LeftToRight, u"ltr"}};
} // namespace

QString blockRoleName(BlockRole role)
{
    return enumName(kBlockRoleNames, role);
}

BlockRole blockRoleFromName(QStringView name, bool *ok)
{
    return enumFromName(kBlockRoleNames, name, BlockRole::Paragraph, ok);
}

QString blockDirectionName(BlockDirection direction)
{
    return enumName(kBlockDirectionNames, direction);
}

BlockDirection blockDirectionFromName(QStringView name, bool *ok)
{
    return enumFromName(kBlockDirectionNames, name, BlockDirection::FromText, ok);
}

Article::Article(QString text, QList<Block> blocks)
    : m_text(std::move(text))
    , m_blocks(std::move(blocks))
    , m_sha256(QString::fromLatin1(QCryptographicHash::hash(m_text.toUtf8(), QCryptographicHash::Sha256).toHex()))
{}

QStringView Article::blockText(qsizetype index) const
{
    const Block &block = m_blocks.at(index);
    return QStringView(m_text).mid(block.start, block.length);
}

QList<UncertainRange> Article::uncertainRangesIn(qsizetype start, qsizetype end) const
{
    // Ranges do not overlap one another: the first that ends after `start` is where the overlap begins.
    auto it = std::upper_bound(m_uncertainRanges.cbegin(), m_uncertainRanges.cend(), start,
                               [](qsizetype offset, const UncertainRange &range) { return offset < range.end(); });
    QList<UncertainRange> ranges;
    for (; it != m_uncertainRanges.cend() && it->start < end; ++it)
        ranges.append(*it);
    return ranges;
}

qsizetype Article::blockAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), offset,
                                     [](qsizetype at, const Block &block) { return at < block.start; });
    return qsizetype(it - m_blocks.cbegin()) - 1;
}

} // namespace Hamish
