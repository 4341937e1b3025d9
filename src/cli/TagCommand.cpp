// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "cli/CommandInput.h"
#include "core/extraction/Extractor.h"
#include "core/tagger/Conll.h"
#include "core/workspace/Suggestions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runTag(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Reads CoNLL (one token a line in the first column, a blank line between sentences, -DOCSTART- lines "
        "between articles) and prints each line with a predicted BIO tag appended (PERS, LOC, ORG, MISC). The "
        "sentences of an article are tagged as one text, as the window tags it."_s);
    parser.addPositionalArgument(u"FILE"_s, u"A CoNLL file, or - for standard input (UTF-8)."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish tag"_s, io, &status,
                        {1, 1, u"one FILE (or - for standard input)"_s}))
        return status;
    QByteArray bytes;
    if (!readInput(u"hamish tag"_s, parser.positionalArguments().first(), io, &bytes))
        return 1;
    const Extractor &extractor = Suggestions::engine();
    if (const QString modelWarning = Suggestions::modelWarning(); !modelWarning.isEmpty())
        io.err << "hamish tag: warning: " << modelWarning << '\n';
    // Keep each input line as it is (all its columns) and append the prediction. The sentences are tagged as the
    // consecutive text they are (one article up to each -DOCSTART- line), as the window tags an article.
    QStringList inputLines = QString::fromUtf8(bytes).split(u'\n');
    if (!inputLines.isEmpty() && inputLines.last().trimmed().isEmpty())
        inputLines.removeLast(); // the newline that ends the last line
    QList<ConllSentence> sentences;
    bool sentenceOpen = false, documentStart = false;
    for (const QString &line : std::as_const(inputLines)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || Conll::isDocumentStart(trimmed)) {
            sentenceOpen = false;
            documentStart = documentStart || !trimmed.isEmpty();
            continue;
        }
        if (!sentenceOpen) {
            sentences.append(ConllSentence{});
            sentences.last().startsDocument = std::exchange(documentStart, false);
            sentenceOpen = true;
        }
        sentences.last().tokens.append(trimmed.section(QRegularExpression(u"\\s+"_s), 0, 0));
    }
    const QList<QStringList> tags = Conll::tagSentences(extractor, sentences);
    qsizetype sentence = -1, token = 0;
    sentenceOpen = false;
    for (const QString &line : std::as_const(inputLines)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || Conll::isDocumentStart(trimmed)) {
            sentenceOpen = false;
            io.out << trimmed << '\n';
            continue;
        }
        if (!sentenceOpen) {
            ++sentence;
            token = 0;
            sentenceOpen = true;
        }
        io.out << trimmed << ' ' << tags.at(sentence).at(token++) << '\n';
    }
    return 0;
}

} // namespace Hamish::Cli
