// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "core/tagger/Conll.h"
#include "core/text/ArabicNormalizer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

namespace {

struct MentionCounts
{
    QString surface;
    QHash<QString, int> byType;
    int total() const
    {
        int sum = 0;
        for (int count : byType)
            sum += count;
        return sum;
    }
};

// The letters a proclitic (و ف ب ل ك) starts with.
constexpr QStringView procliticLetters = u"وفبلك";

// Writes `header` and `lines` (one a line) to dir/fileName atomically; false, with the reason on io.err, if it
// cannot.
bool writeList(const QString &dir, const QString &fileName, const QString &header, const QStringList &lines, Io &io)
{
    QSaveFile out(QDir(dir).filePath(fileName));
    if (out.open(QIODevice::WriteOnly)) {
        out.write(header.toUtf8());
        for (const QString &line : lines)
            out.write((line + u'\n').toUtf8());
        if (out.commit()) {
            io.out << "wrote " << lines.size() << " lines to " << out.fileName() << '\n';
            return true;
        }
    }
    io.err << "hamish build-gazetteers: cannot write " << out.fileName() << ": " << out.errorString() << '\n';
    return false;
}

} // namespace

int runBuildGazetteers(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Rebuilds resources/gazetteers/anercorp.tsv and anercorp-words.tsv from ANERcorp's training file: the "
        "entity mentions of its first 90 % of sentences (the last 10 % are the held-out evaluation split), keeping "
        "a one-word name only where the word is tagged as that entity in at least half of its occurrences; and the "
        "words that start like a proclitic (و ف ب ل ك) but are mostly outside names (فشل، وبين)."_s);
    const QCommandLineOption anercorpOption(u"anercorp"_s, u"ANERcorp CoNLL file (train.conll)."_s, u"file"_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, u"Directory to write the lists into."_s, u"dir"_s);
    const QCommandLineOption heldOutOption(u"held-out"_s, u"Fraction of sentences at the end left out (0.1)."_s,
                                           u"fraction"_s, u"0.1"_s);
    parser.addOption(anercorpOption);
    parser.addOption(outputOption);
    parser.addOption(heldOutOption);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish build-gazetteers"_s, io, &status))
        return status;
    if (!parser.isSet(anercorpOption) || !parser.isSet(outputOption)) {
        io.err << "hamish build-gazetteers: expected --anercorp FILE and -o DIR\n";
        return 2;
    }
    bool ok = false;
    const double heldOut = parser.value(heldOutOption).toDouble(&ok);
    if (!ok || heldOut < 0 || heldOut >= 1) {
        io.err << "hamish build-gazetteers: --held-out must be a fraction in [0, 1)\n";
        return 2;
    }
    QFile file(parser.value(anercorpOption));
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << "hamish build-gazetteers: cannot open " << file.fileName() << ": " << file.errorString() << '\n';
        return 1;
    }
    const QList<ConllSentence> sentences = Conll::read(QString::fromUtf8(file.readAll()));
    const qsizetype training = Conll::trainingSize(sentences.size(), heldOut);

    QHash<QString, MentionCounts> mentions;
    QHash<QString, int> wordCounts;   // every normalised token of the training part
    QHash<QString, int> inNameCounts; // how often it is tagged as (part of) a name
    for (qsizetype s = 0; s < training; ++s) {
        const ConllSentence &sentence = sentences.at(s);
        for (qsizetype i = 0; i < sentence.tokens.size(); ++i) {
            const QString word = ArabicNormalizer::normalizeWord(sentence.tokens.at(i));
            ++wordCounts[word];
            if (sentence.tags.at(i) != u"O")
                ++inNameCounts[word];
        }
        for (const ConllChunk &chunk : Conll::chunks(sentence.tags)) {
            const QString surface = sentence.tokens.mid(chunk.first, chunk.last - chunk.first + 1).join(u' ');
            MentionCounts &counts = mentions[ArabicNormalizer::normalizeWord(surface)];
            if (counts.surface.isEmpty())
                counts.surface = surface;
            ++counts.byType[chunk.type];
        }
    }
    QStringList lines;
    for (auto it = mentions.cbegin(); it != mentions.cend(); ++it) {
        const MentionCounts &counts = it.value();
        QString best;
        int bestCount = 0;
        for (auto type = counts.byType.cbegin(); type != counts.byType.cend(); ++type) {
            if (type.value() > bestCount || (type.value() == bestCount && type.key() < best)) {
                best = type.key();
                bestCount = type.value();
            }
        }
        const bool oneWord = !it.key().contains(u' ');
        // A word that is mostly not a name (عمان, a place, and عمان, "Amman"/"Oman", are kept; "الدولة" is not).
        if (oneWord && bestCount * 2 < wordCounts.value(it.key()))
            continue;
        if (it.key().size() < 2)
            continue;
        // وتركيا and لسورية are تركيا and سورية after a proclitic: the engine strips it when it knows the rest.
        if (procliticLetters.contains(it.key().at(0)) && mentions.contains(it.key().mid(1)))
            continue;
        lines.append(best + u'\t' + counts.surface);
    }
    lines.sort();

    // Words glued to what looks like a proclitic that the corpus mostly uses outside names: the engine reads
    // them whole instead of as a proclitic + a listed name (فشل is not ف + شل, وبين not و + ب + ين).
    QStringList commonWords;
    for (auto it = wordCounts.cbegin(); it != wordCounts.cend(); ++it) {
        if (it.key().size() >= 3 && procliticLetters.contains(it.key().at(0))
            && inNameCounts.value(it.key()) * 2 < it.value())
            commonWords.append(u"COMMON\t"_s + it.key());
    }
    commonWords.sort();

    const QString dir = parser.value(outputOption);
    QDir().mkpath(dir);
    const QString source =
        u"# Derived from ANERcorp (Benajiba, Rosso, Benedí Ruiz 2007), distributed by CAMeL Lab under CC BY-SA 4.0;\n"
        "# this derived list is under CC BY-SA 4.0 too. Built by `hamish build-gazetteers` from the first %1 of %2\n"
        "# sentences of train.conll (the last %3 are held out for evaluation).\n"_s.arg(training)
            .arg(sentences.size())
            .arg(sentences.size() - training);
    if (!writeList(dir, u"anercorp.tsv"_s, source + u"# Entity mentions: LABEL<TAB>name.\n"_s, lines, io)
        || !writeList(dir, u"anercorp-words.tsv"_s,
                      source
                          + u"# Words that start like a proclitic (و ف ب ل ك) but stand outside names in most of "
                            u"their\n# occurrences (normalised): COMMON<TAB>word.\n"_s,
                      commonWords, io))
        return 1;
    return 0;
}

} // namespace Hamish::Cli
