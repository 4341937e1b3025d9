// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Article.h"

#include "core/text/EnumNames.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {
constexpr EnumName<BlockRole> kBlockRoleNames[] = {{BlockRole::Paragraph, u"paragraph"},
                                                   {BlockRole::Title, u"title"},
                                                   {BlockRole::Heading, u"heading"},
                                                   {BlockRole::Caption, u"caption"},
                                                   {BlockRole::Footnote, u"footnote"}};
} // namespace

QString blockRoleName(BlockRole role)
{
    return enumName(kBlockRoleNames, role);
}

BlockRole blockRoleFromName(QStringView name, bool *ok)
{
    return enumFromName(kBlockRoleNames, name, BlockRole::Paragraph, ok);
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

} // namespace Hamish
