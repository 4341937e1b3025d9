// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "cli/CommandInput.h"
#include "core/extraction/Extractor.h"
#include "core/tagger/Conll.h"
#include "core/tagger/ModelEntityRecognizer.h"

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
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, u"A CoNLL file, or - for standard input (UTF-8)."_s);
    if (!parser.parse(arguments)) {
        io.err << "hamish tag: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        io.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "hamish tag: expected one FILE (or - for standard input)\nUsage: hamish tag FILE|-\n";
        return 2;
    }
    QByteArray bytes;
    if (!readInput(u"hamish tag"_s, parser.positionalArguments().first(), io, &bytes))
        return 1;
    QString modelWarning;
    const Extractor extractor(ModelEntityRecognizer::standardSet(&modelWarning));
    if (!modelWarning.isEmpty())
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
