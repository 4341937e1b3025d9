// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/Conll.h"

#include "core/extraction/Extractor.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Hamish {

bool Conll::isDocumentStart(QStringView line)
{
    return line.trimmed().startsWith(u"-DOCSTART-");
}

QList<ConllSentence> Conll::read(QStringView text)
{
    QList<ConllSentence> sentences;
    ConllSentence current;
    bool documentStart = false;
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || isDocumentStart(line)) {
            if (!current.tokens.isEmpty())
                sentences.append(std::exchange(current, {}));
            documentStart = documentStart || !line.isEmpty();
            continue;
        }
        if (current.tokens.isEmpty())
            current.startsDocument = std::exchange(documentStart, false);
        const QList<QStringView> columns = line.split(u' ', Qt::SkipEmptyParts);
        const QList<QStringView> fields = columns.size() > 1 ? columns : line.split(u'\t', Qt::SkipEmptyParts);
        current.tokens.append(fields.first().toString());
        current.tags.append(fields.size() > 1 ? fields.last().toString() : u"O"_s);
    }
    if (!current.tokens.isEmpty())
        sentences.append(current);
    return sentences;
}

QList<ConllChunk> Conll::chunks(const QStringList &tags)
{
    QList<ConllChunk> result;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString &tag = tags.at(i);
        if (tag.size() < 3 || tag.at(1) != u'-')
            continue;
        const QString type = tag.mid(2);
        const bool continues =
            tag.at(0) == u'I' && !result.isEmpty() && result.last().last == i - 1 && result.last().type == type;
        if (continues)
            result.last().last = i;
        else
            result.append({type, i, i});
    }
    return result;
}

QStringList Conll::tag(const Extractor &extractor, const QStringList &tokens)
{
    QList<qsizetype> starts;
    return tags(extractor.extractEntities(text(tokens, &starts)), tokens, starts);
}

QList<QList<Annotation>> Conll::extractEntities(const Extractor &extractor, const QList<ConllSentence> &sentences)
{
    QList<QList<Annotation>> result(sentences.size());
    qsizetype begin = 0;
    while (begin < sentences.size()) {
        qsizetype end = begin + 1;
        while (end < sentences.size() && !sentences.at(end).startsDocument)
            ++end;
        // The article's text: one sentence a line, each the tokens joined with spaces.
        QString text;
        QList<qsizetype> lineStarts;
        QList<qsizetype> starts;
        for (qsizetype s = begin; s < end; ++s) {
            if (s > begin)
                text += u'\n';
            lineStarts += text.size();
            text += Conll::text(sentences.at(s).tokens, &starts);
        }
        for (Annotation entity : extractor.extractEntities(text)) {
            const qsizetype line =
                qsizetype(std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), entity.start) - lineStarts.cbegin())
                - 1;
            if (line < 0)
                continue;
            const qsizetype lineStart = lineStarts.at(line);
            const qsizetype lineEnd = line + 1 < lineStarts.size() ? lineStarts.at(line + 1) - 1 : text.size();
            entity.start -= lineStart;
            entity.end = std::min(entity.end, lineEnd) - lineStart;
            if (entity.end > entity.start)
                result[begin + line] += entity;
        }
        begin = end;
    }
    return result;
}

QList<QStringList> Conll::tagSentences(const Extractor &extractor, const QList<ConllSentence> &sentences)
{
    const QList<QList<Annotation>> entities = extractEntities(extractor, sentences);
    QList<QStringList> result;
    result.reserve(sentences.size());
    QList<qsizetype> starts;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        text(sentences.at(s).tokens, &starts);
        result += tags(entities.at(s), sentences.at(s).tokens, starts);
    }
    return result;
}

QString Conll::text(const QStringList &tokens, QList<qsizetype> *starts)
{
    QString text;
    starts->clear();
    for (const QString &token : tokens) {
        if (!text.isEmpty())
            text += u' ';
        starts->append(text.size());
        text += token;
    }
    return text;
}

std::optional<ConllChunk> Conll::chunkOf(const Annotation &entity, const QStringList &tokens,
                                         const QList<qsizetype> &starts)
{
    EntityType type;
    if (!entityTypeFromName(entity.label, &type))
        return std::nullopt;
    ConllChunk chunk{conllTag(type), -1, -1};
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (starts.at(i) + tokens.at(i).size() <= entity.start || starts.at(i) >= entity.end)
            continue;
        if (chunk.first < 0)
            chunk.first = i;
        chunk.last = i;
    }
    return chunk.first < 0 ? std::nullopt : std::optional(chunk);
}

QStringList Conll::tags(const QList<Annotation> &entities, const QStringList &tokens, const QList<qsizetype> &starts)
{
    QStringList tags(tokens.size(), u"O"_s);
    for (const Annotation &entity : entities) {
        const std::optional<ConllChunk> chunk = chunkOf(entity, tokens, starts);
        if (!chunk)
            continue;
        bool first = true;
        for (qsizetype i = chunk->first; i <= chunk->last; ++i) {
            if (tags.at(i) != u"O")
                continue;
            tags[i] = (first ? u"B-"_s : u"I-"_s) + chunk->type;
            first = false;
        }
    }
    return tags;
}

qsizetype Conll::trainingSize(qsizetype count, double heldOutFraction)
{
    return count - qsizetype(std::ceil(count * heldOutFraction));
}

void ConllScores::add(const QList<ConllChunk> &gold, const QList<ConllChunk> &predicted)
{
    for (const ConllChunk &chunk : gold) {
        ++perType[chunk.type].gold;
        ++overall.gold;
    }
    for (const ConllChunk &chunk : predicted) {
        ++perType[chunk.type].predicted;
        ++overall.predicted;
        if (gold.contains(chunk)) {
            ++perType[chunk.type].truePositives;
            ++overall.truePositives;
        }
    }
}

void ConllScores::add(const ConllScores &other)
{
    const auto pool = [](Counts &into, const Counts &from) {
        into.truePositives += from.truePositives;
        into.predicted += from.predicted;
        into.gold += from.gold;
    };
    for (auto it = other.perType.cbegin(); it != other.perType.cend(); ++it)
        pool(perType[it.key()], it.value());
    pool(overall, other.overall);
}

QString ConllScores::report() const
{
    const auto line = [](const QString &name, const Counts &counts) -> QString {
        return name.leftJustified(10) + QString::number(counts.precision() * 100, 'f', 2).rightJustified(10)
               + QString::number(counts.recall() * 100, 'f', 2).rightJustified(10)
               + QString::number(counts.f1() * 100, 'f', 2).rightJustified(10)
               + QString::number(counts.gold).rightJustified(8) + QString::number(counts.predicted).rightJustified(10)
               + u'\n';
    };
    QString result = u"type       precision    recall        F1    gold predicted\n"_s;
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        result += line(it.key(), it.value());
    result += line(u"overall"_s, overall);
    return result;
}

} // namespace Hamish
