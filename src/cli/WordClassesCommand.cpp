// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"
#include "cli/Commands.h"

#include "core/tagger/WordClassLearner.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runWordClasses(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Learns classes of words from unlabelled Arabic text (the exchange algorithm over a class bigram model) "
        u"for the entity tagger's `classes` features: resources/gazetteers/word-classes.tsv, or a file to try "
        u"with `hamish train --word-classes`. Text files are UTF-8, tokenised as the tagger tokenises."_s);
    const QCommandLineOption textOption(u"text"_s, u"Unlabelled text (UTF-8); may be repeated."_s, u"file"_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, u"Where to write the classes."_s, u"file"_s);
    const QCommandLineOption classesOption(
        u"classes"_s, u"Classes per granularity, coarse to fine (default 64,256,1024, as shipped)."_s, u"list"_s,
        u"64,256,1024"_s);
    const QCommandLineOption minCountOption(u"min-count"_s, u"Words seen fewer times get no class (default 3)."_s,
                                            u"n"_s, u"3"_s);
    const QCommandLineOption passesOption(u"passes"_s, u"Passes over the vocabulary at most (default 10)."_s, u"n"_s,
                                          u"10"_s);
    const QCommandLineOption sourceOption(
        u"source"_s, u"A line naming the text's source and licence, written at the head of the file."_s, u"text"_s);
    for (const QCommandLineOption &option :
         {textOption, outputOption, classesOption, minCountOption, passesOption, sourceOption})
        parser.addOption(option);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish word-classes"_s, io, &status))
        return status;
    if (!parser.isSet(textOption) || !parser.isSet(outputOption)) {
        io.err << "hamish word-classes: expected --text FILE (one or more) and -o FILE\n";
        return 2;
    }
    WordClassLearner::Options options;
    const QStringList counts = parser.value(classesOption).split(u',', Qt::SkipEmptyParts);
    bool valid = counts.size() == WordClasses::levels;
    for (int level = 0; valid && level < WordClasses::levels; ++level) {
        int count = 0;
        valid = positiveInt(counts[level].trimmed(), count, 4096) && count >= 2;
        options.classCounts[size_t(level)] = quint16(count);
    }
    if (!valid || !positiveInt(parser.value(minCountOption), options.minCount, 1000000) || options.minCount == 0
        || !positiveInt(parser.value(passesOption), options.iterations, 1000) || options.iterations == 0) {
        io.err << "hamish word-classes: --classes takes " << WordClasses::levels
               << " counts of 2-4096, --min-count and --passes positive numbers\n";
        return 2;
    }

    WordClassLearner learner;
    for (const QString &path : parser.values(textOption)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << "hamish word-classes: cannot open " << path << ": " << file.errorString() << '\n';
            return 1;
        }
        // A few megabytes at a time, cut at a line break, so a large corpus is never held whole as UTF-16.
        QByteArray pending;
        while (!file.atEnd()) {
            pending += file.read(4 << 20);
            const qsizetype cut = file.atEnd() ? pending.size() : pending.lastIndexOf('\n') + 1;
            learner.addText(QString::fromUtf8(pending.first(cut)));
            pending.remove(0, cut);
        }
        if (file.error() != QFileDevice::NoError) {
            io.err << "hamish word-classes: cannot read " << path << ": " << file.errorString() << '\n';
            return 1;
        }
    }
    if (learner.tokenCount() == 0) {
        io.err << "hamish word-classes: the text holds no words\n";
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const WordClassLearner::Result result = learner.learn(options, [&](int level, int pass, qint64 moves) {
        io.out << "classes " << options.classCounts[size_t(level)] << ", pass " << pass << ": " << moves
               << " words moved (" << timer.elapsed() / 1000.0 << " s)\n";
        io.out.flush();
        return true;
    });
    io.out << result.tokens << " tokens, " << result.sentences << " sentences, " << result.words.size()
           << " words seen at least " << options.minCount << " times\n";
    for (int level = 0; level < WordClasses::levels; ++level)
        io.out << "classes " << options.classCounts[size_t(level)] << ": log-likelihood per token "
               << result.startLogLikelihood[size_t(level)] << " -> " << result.endLogLikelihood[size_t(level)] << " in "
               << result.passes[size_t(level)] << " passes\n";

    QSaveFile out(parser.value(outputOption));
    if (!out.open(QIODevice::WriteOnly)) {
        io.err << "hamish word-classes: cannot write " << out.fileName() << ": " << out.errorString() << '\n';
        return 1;
    }
    QString header = u"# Word classes for Hamish's entity tagger, learnt by `hamish word-classes` (exchange "
                     u"algorithm).\n"_s;
    if (parser.isSet(sourceOption))
        header += u"# Source: "_s + parser.value(sourceOption) + u'\n';
    header += u"# %1 tokens, %2 sentences; words seen at least %3 times; classes %4.\n"
              u"# word<TAB>class of %5<TAB>class of %6<TAB>class of %7\n"_s.arg(result.tokens)
                  .arg(result.sentences)
                  .arg(options.minCount)
                  .arg(parser.value(classesOption))
                  .arg(options.classCounts[0])
                  .arg(options.classCounts[1])
                  .arg(options.classCounts[2]);
    out.write(header.toUtf8());
    for (const WordClassLearner::Entry &entry : result.words) {
        QString line = entry.word;
        for (quint16 c : entry.classes)
            line += u'\t' + QString::number(c);
        out.write((line + u'\n').toUtf8());
    }
    if (!out.commit()) {
        io.err << "hamish word-classes: cannot write " << out.fileName() << ": " << out.errorString() << '\n';
        return 1;
    }
    io.out << "wrote " << result.words.size() << " words to " << out.fileName() << " (" << timer.elapsed() / 1000.0
           << " s)\n";
    return 0;
}

} // namespace Hamish::Cli
