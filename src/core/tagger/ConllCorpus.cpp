// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/ConllCorpus.h"

#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Hamish::ConllCorpus {

namespace {

bool isTag(QStringView tag)
{
    return tag == u"O" || (tag.size() > 2 && (tag.startsWith(u"B-") || tag.startsWith(u"I-")));
}

} // namespace

QList<TaggedSentence> parse(QStringView text, QString *error)
{
    QList<TaggedSentence> sentences;
    TaggedSentence current;
    qsizetype lineNumber = 0;
    bool documentStart = false;
    for (QStringView line : text.tokenize(u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || Conll::isDocumentStart(line)) {
            if (!current.tokens.isEmpty())
                sentences += std::exchange(current, {});
            documentStart = documentStart || !line.isEmpty();
            continue;
        }
        if (current.tokens.isEmpty())
            current.startsDocument = std::exchange(documentStart, false);
        const qsizetype space = std::max(line.lastIndexOf(u' '), line.lastIndexOf(u'\t'));
        const QStringView tag = space < 0 ? QStringView() : line.sliced(space + 1);
        if (space <= 0 || !isTag(tag)) {
            if (error)
                *error = u"line %1: expected `token TAG` with TAG O, B-TYPE or I-TYPE, found \"%2\""_s.arg(lineNumber)
                             .arg(line.left(80));
            return {};
        }
        current.tokens += line.first(space).trimmed().toString();
        current.tags += tag.toString();
    }
    if (!current.tokens.isEmpty())
        sentences += current;
    return sentences;
}

QList<TaggedSentence> read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        if (error)
            *error = u"%1 is not valid UTF-8"_s.arg(path);
        return {};
    }
    QString reason;
    QList<TaggedSentence> sentences = parse(text, &reason);
    if (sentences.isEmpty() && error)
        *error = reason.isEmpty() ? u"%1 holds no sentences"_s.arg(path) : u"%1: %2"_s.arg(path, reason);
    return sentences;
}

} // namespace Hamish::ConllCorpus
