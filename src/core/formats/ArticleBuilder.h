// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Article.h"

#include <QList>
#include <QString>

namespace Hamish {

// Assembles an article block by block, the way every document importer needs it: blocks separated by a
// blank line, each with its role, page and OCR confidence, the title taken from the first title block, and
// uncertain OCR words kept as offsets into the final text.
class ArticleBuilder
{
public:
    // Appends a block (whitespace runs collapse, the ends are trimmed; an empty block is skipped) and
    // returns its first offset in the text, or -1 when nothing was added.
    qsizetype addBlock(BlockRole role, QStringView text, int page = 0, int confidence = -1,
                       BlockDirection direction = BlockDirection::FromText);
    // Marks [start, start + length) of the text built so far as recognised with low confidence.
    void addUncertain(qsizetype start, qsizetype length, int confidence);

    qsizetype size() const { return m_text.size(); }
    bool isEmpty() const { return m_blocks.isEmpty(); }
    const QList<Block> &blocks() const { return m_blocks; }

    // The article; the first Title block (or the first block) is its title. Leaves the builder empty.
    Article take();

    // Collapses runs of whitespace (line breaks included) to one space and trims both ends.
    static QString simplified(QStringView text);

private:
    QString m_text;
    QList<Block> m_blocks;
    QList<UncertainRange> m_uncertain;
};

} // namespace Hamish
