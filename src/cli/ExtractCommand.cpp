#include "Commands.h"

#include "ArticleImporter.h"
#include "CommandInput.h"
#include "Extractor.h"
#include "ModelEntityRecognizer.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

namespace {

// Code point offsets of many UTF-16 positions in one pass over the text (a 100 MB line has many).
QHash<qsizetype, qsizetype> codePointOffsets(QStringView text, QList<qsizetype> positions)
{
    std::sort(positions.begin(), positions.end());
    QHash<qsizetype, qsizetype> result;
    result.reserve(positions.size());
    qsizetype utf16 = 0;
    qsizetype codePoints = 0;
    for (qsizetype position : positions) {
        for (; utf16 < position && utf16 < text.size(); ++utf16) {
            if (!(text.at(utf16).isLowSurrogate() && utf16 > 0 && text.at(utf16 - 1).isHighSurrogate()))
                ++codePoints;
        }
        result.insert(position, codePoints);
    }
    return result;
}

} // namespace

int runExtract(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Finds people, places, organisations, numbers, quantities, money, dates and times in an article and "
        "prints them as JSON with start/end in Unicode code points (end exclusive)."_s);
    parser.addHelpOption();
    const QCommandLineOption encodingOption(u"encoding"_s,
                                            u"Read the input in this encoding instead of detecting it."_s, u"name"_s);
    const QCommandLineOption compactOption(u"compact"_s, u"Print the JSON on one line."_s);
    parser.addOption(encodingOption);
    parser.addOption(compactOption);
    parser.addPositionalArgument(u"file"_s, u"A plain-text or HTML article, or - for standard input."_s);
    if (!parser.parse(arguments)) {
        io.err << "hamish extract: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        io.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "hamish extract: expected one FILE (or - for standard input)\n"
                  "Usage: hamish extract [--encoding NAME] [--compact] FILE|-\n";
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    QByteArray bytes;
    if (!readInput(u"hamish extract"_s, path, io, &bytes))
        return 1;

    Article article;
    if (!bytes.trimmed().isEmpty()) {
        ArticleImporter::Options options;
        options.encoding = parser.value(encodingOption);
        const ImportResult result =
            ArticleImporter::importBytes(bytes, path == u"-" ? u"standard input"_s : path, options);
        if (!result.ok()) {
            io.err << "hamish extract: " << result.errorMessage << '\n';
            return 1;
        }
        for (const QString &warning : result.warnings)
            io.err << "hamish extract: warning: " << warning << '\n';
        article = *result.article;
    }

    QString modelWarning;
    const Extractor extractor(ModelEntityRecognizer::standardSet(&modelWarning));
    if (!modelWarning.isEmpty())
        io.err << "hamish extract: warning: " << modelWarning << '\n';
    const QList<Annotation> annotations = extractor.extract(article);
    QList<qsizetype> positions;
    positions.reserve(annotations.size() * 2);
    for (const Annotation &annotation : annotations)
        positions << annotation.start << annotation.end;
    const QHash<qsizetype, qsizetype> offsets = codePointOffsets(article.text(), positions);
    QJsonArray array;
    qint64 id = 0;
    for (const Annotation &annotation : annotations) {
        array.append(QJsonObject{{u"id"_s, ++id},
                                 {u"label"_s, annotation.label},
                                 {u"start"_s, offsets.value(annotation.start)},
                                 {u"end"_s, offsets.value(annotation.end)},
                                 {u"text"_s, article.text().mid(annotation.start, annotation.length())},
                                 {u"value"_s, annotation.value},
                                 {u"confidence"_s, annotation.confidence},
                                 {u"origin"_s, annotation.origin}});
    }
    const QJsonObject json{{u"title"_s, article.title()},
                           {u"text"_s, article.text()},
                           {u"offsets"_s, u"unicode-code-points"_s},
                           {u"annotations"_s, array}};
    io.out << QString::fromUtf8(
        QJsonDocument(json).toJson(parser.isSet(compactOption) ? QJsonDocument::Compact : QJsonDocument::Indented));
    return 0;
}

} // namespace Hamish::Cli
