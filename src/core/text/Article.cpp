// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Article.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Hamish {

QString blockRoleName(BlockRole role)
{
    switch (role) {
    case BlockRole::Title:
        return u"title"_s;
    case BlockRole::Heading:
        return u"heading"_s;
    case BlockRole::Caption:
        return u"caption"_s;
    case BlockRole::Footnote:
        return u"footnote"_s;
    case BlockRole::Paragraph:
        break;
    }
    return u"paragraph"_s;
}

BlockRole blockRoleFromName(QStringView name, bool *ok)
{
    const BlockRole roles[] = {BlockRole::Title, BlockRole::Heading, BlockRole::Caption, BlockRole::Paragraph,
                               BlockRole::Footnote};
    for (BlockRole role : roles) {
        if (name == blockRoleName(role)) {
            if (ok)
                *ok = true;
            return role;
        }
    }
    if (ok)
        *ok = false;
    return BlockRole::Paragraph;
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
