// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "core/text/ArticleImporter.h"

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
    parser.addPositionalArgument(u"FILE"_s, u"A plain-text or HTML article."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish text"_s, io, &status, {1, 1, u"one FILE"_s}))
        return status;

    ArticleImporter::Options options;
    options.encoding = parser.value(encodingOption);
    const ImportResult result = ArticleImporter::importFile(parser.positionalArguments().first(), options);
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
        blocks.append(QJsonObject{{u"role"_s, blockRoleName(article.blocks().at(i).role)},
                                  {u"text"_s, article.blockText(i).toString()}});
    }
    const QJsonObject json{{u"title"_s, article.title()},
                           {u"encoding"_s, article.encoding()},
                           {u"blocks"_s, blocks},
                           {u"text"_s, article.text()},
                           {u"sha256"_s, article.sha256()}};
    io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace Hamish::Cli
