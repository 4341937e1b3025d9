// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ConllExporter.h"

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

enum class CharKind { Space, Word, Punctuation };

CharKind kindAt(QStringView text, qsizetype i, qsizetype *size)
{
    char32_t code = text.at(i).unicode();
    *size = 1;
    if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        code = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        *size = 2;
    }
    if (QChar::isSpace(code))
        return CharKind::Space;
    if (QChar::isLetterOrNumber(code) || QChar::isMark(code) || code == 0x0640) // tatweel joins letters
        return CharKind::Word;
    return CharKind::Punctuation;
}

bool endsSentence(QStringView token)
{
    return token == u"." || token == u"!" || token == u"?" || token == u"؟";
}

} // namespace

Result<void> ConllExporter::write(const DocumentSource &source, const ExportOptions &options, QIODevice &device) const
{
    return forEachDocument(source, options, [&](const ExportDocument &document) -> Result<void> {
        const QString &text = document.article.text();
        // Outermost spans: annotations come ordered by start, longest first, so a span that starts
        // before the last kept one ends is nested in it (or crosses it) and loses.
        QList<const Annotation *> spans;
        for (const Annotation &annotation : document.annotations) {
            if (spans.isEmpty() || annotation.start >= spans.last()->end)
                spans.append(&annotation);
        }
        QString out = u"-DOCSTART-\tO\n\n"_s;
        qsizetype next = 0; // the first span that may cover the current token
        for (const Block &block : document.article.blocks()) {
            bool sentenceOpen = false;
            qsizetype i = block.start;
            while (i < block.end()) {
                qsizetype size = 0;
                const CharKind kind = kindAt(text, i, &size);
                if (kind == CharKind::Space) {
                    i += size;
                    continue;
                }
                while (next < spans.size() && spans[next]->end <= i)
                    ++next;
                const Annotation *span = next < spans.size() && spans[next]->start <= i ? spans[next] : nullptr;
                // A token ends at a space, a change to or from punctuation, or a span edge.
                const qsizetype spanEdge = span ? span->end : (next < spans.size() ? spans[next]->start : -1);
                qsizetype end = i + size;
                if (kind == CharKind::Word) {
                    while (end < block.end() && end != spanEdge) {
                        qsizetype nextSize = 0;
                        if (kindAt(text, end, &nextSize) != CharKind::Word)
                            break;
                        end += nextSize;
                    }
                }
                const QStringView token = QStringView(text).mid(i, end - i);
                QString tag = u"O"_s;
                if (span)
                    tag = (span->start == i ? u"B-"_s : u"I-"_s) + span->label;
                out += token + u'\t' + tag + u'\n';
                sentenceOpen = true;
                if (!span && endsSentence(token)) {
                    out += u'\n';
                    sentenceOpen = false;
                }
                i = end;
            }
            if (sentenceOpen)
                out += u'\n';
        }
        return writeBytes(device, out.toUtf8());
    });
}

} // namespace Hamish
