// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/ArticleBuilder.h"

using namespace Qt::StringLiterals;

namespace Hamish {

QString ArticleBuilder::simplified(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        // U+00A0 and the other Unicode spaces count; direction marks and ZWNJ are letters' business and stay.
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

qsizetype ArticleBuilder::addBlock(BlockRole role, QStringView text, int page, int confidence, BlockDirection direction)
{
    const QString clean = simplified(text);
    if (clean.isEmpty())
        return -1;
    if (!m_text.isEmpty())
        m_text.append(u"\n\n"_s);
    const qsizetype start = m_text.size();
    m_text.append(clean);
    m_blocks.append({role, start, clean.size(), page, confidence, direction});
    return start;
}

void ArticleBuilder::addUncertain(qsizetype start, qsizetype length, int confidence)
{
    if (start < 0 || length <= 0 || start + length > m_text.size())
        return;
    m_uncertain.append({start, length, confidence});
}

Article ArticleBuilder::take()
{
    QString title;
    for (const Block &block : std::as_const(m_blocks)) {
        if (block.role == BlockRole::Title) {
            title = m_text.mid(block.start, block.length);
            break;
        }
    }
    if (title.isEmpty() && !m_blocks.isEmpty())
        title = m_text.mid(m_blocks.first().start, m_blocks.first().length);
    std::sort(m_uncertain.begin(), m_uncertain.end(),
              [](const UncertainRange &a, const UncertainRange &b) { return a.start < b.start; });
    Article article(std::move(m_text), std::move(m_blocks));
    article.setTitle(title);
    article.setUncertainRanges(std::move(m_uncertain));
    m_text.clear();
    m_blocks.clear();
    m_uncertain.clear();
    return article;
}

} // namespace Hamish
