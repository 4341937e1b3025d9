// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "core/formats/DocumentImporter.h"
#include "core/text/CodePointIndex.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runText(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints the plain text of an imported article as UTF-8."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print title, encoding, blocks, text and SHA-256 as JSON."_s);
    const QCommandLineOption encodingOption(u"encoding"_s, u"Read the file in this encoding instead of detecting it."_s,
                                            u"name"_s);
    parser.addOption(jsonOption);
    parser.addOption(encodingOption);
    parser.addPositionalArgument(u"FILE"_s, u"An article: plain text, HTML, PDF, an image (OCR), DOCX, ODT or EPUB."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish text"_s, io, &status, {1, 1, u"one FILE"_s}))
        return status;

    DocumentImportOptions options;
    options.encoding = parser.value(encodingOption);
    const ImportResult result = DocumentImporter::importFile(parser.positionalArguments().first(), options);
    if (!result.ok()) {
        io.err << "hamish text: " << result.errorMessage << '\n';
        return 1;
    }
    for (const QString &warning : result.warnings)
        io.err << "hamish text: warning: " << warning << '\n';

    const Article &article = *result.article;
    if (!parser.isSet(jsonOption)) {
        io.out << article.text();
        if (!article.text().endsWith(u'\n'))
            io.out << '\n';
        return 0;
    }
    QJsonArray blocks;
    for (qsizetype i = 0; i < article.blocks().size(); ++i) {
        const Block &block = article.blocks().at(i);
        QJsonObject object{{u"role"_s, blockRoleName(block.role)}, {u"text"_s, article.blockText(i).toString()}};
        // The page the block starts on, in formats that have pages (PDF, multi-page scans).
        if (block.page > 0)
            object.insert(u"page"_s, block.page);
        if (block.confidence >= 0)
            object.insert(u"confidence"_s, block.confidence);
        if (block.direction != BlockDirection::FromText)
            object.insert(u"direction"_s, blockDirectionName(block.direction));
        blocks.append(object);
    }
    QJsonObject json{{u"title"_s, article.title()},
                     {u"encoding"_s, article.encoding()},
                     {u"blocks"_s, blocks},
                     {u"text"_s, article.text()},
                     {u"sha256"_s, article.sha256()}};
    if (!article.uncertainRanges().isEmpty()) {
        // Words OCR was unsure of, in code points like every offset Hamish exports.
        const CodePointIndex index(article.text());
        QJsonArray uncertain;
        for (const UncertainRange &range : article.uncertainRanges())
            uncertain.append(QJsonObject{{u"start"_s, qint64(index.toCodePoint(range.start))},
                                         {u"end"_s, qint64(index.toCodePoint(range.end()))},
                                         {u"confidence"_s, range.confidence}});
        json.insert(u"uncertain"_s, uncertain);
        json.insert(u"offsets"_s, u"unicode-code-points"_s);
    }
    io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace Hamish::Cli
