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
    parser.setApplicationDescription(u"Reads CoNLL (one token a line in the first column, a blank line between "
                                     "sentences) and prints each line with a predicted BIO tag appended "
                                     "(PERS, LOC, ORG, MISC)."_s);
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
    // Keep each input line as it is (all its columns) and append the prediction.
    QStringList lines;
    const auto flush = [&] {
        if (lines.isEmpty())
            return;
        QStringList tokens;
        for (const QString &line : std::as_const(lines))
            tokens.append(line.section(QRegularExpression(u"\\s+"_s), 0, 0));
        const QStringList tags = Conll::tag(extractor, tokens);
        for (qsizetype i = 0; i < lines.size(); ++i)
            io.out << lines.at(i) << ' ' << tags.at(i) << '\n';
        lines.clear();
    };
    QStringList inputLines = QString::fromUtf8(bytes).split(u'\n');
    if (!inputLines.isEmpty() && inputLines.last().trimmed().isEmpty())
        inputLines.removeLast(); // the newline that ends the last line
    for (const QString &line : std::as_const(inputLines)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            flush();
            io.out << '\n';
            continue;
        }
        lines.append(trimmed);
    }
    flush();
    return 0;
}

} // namespace Hamish::Cli
