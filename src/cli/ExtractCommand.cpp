// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "cli/CommandInput.h"
#include "core/formats/DocumentImporter.h"
#include "core/workspace/Suggestions.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

namespace {

// Code point offsets of many UTF-16 positions in one pass over the text (a 100 MB line has many).
class CodePointOffsets
{
public:
    CodePointOffsets(QStringView text, QList<qsizetype> positions)
        : m_positions(std::move(positions))
    {
        std::sort(m_positions.begin(), m_positions.end());
        m_positions.erase(std::unique(m_positions.begin(), m_positions.end()), m_positions.end());
        m_codePoints.reserve(m_positions.size());
        qsizetype utf16 = 0;
        qsizetype codePoints = 0;
        for (qsizetype position : std::as_const(m_positions)) {
            for (; utf16 < position && utf16 < text.size(); ++utf16) {
                if (!(text.at(utf16).isLowSurrogate() && utf16 > 0 && text.at(utf16 - 1).isHighSurrogate()))
                    ++codePoints;
            }
            m_codePoints.append(codePoints);
        }
    }

    qsizetype at(qsizetype utf16) const
    {
        const auto it = std::lower_bound(m_positions.cbegin(), m_positions.cend(), utf16);
        return m_codePoints.at(it - m_positions.cbegin());
    }

private:
    QList<qsizetype> m_positions;
    QList<qsizetype> m_codePoints;
};

// A JSON string literal (quotes and escapes) for `text`.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

int runExtract(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Finds people, places, organisations, numbers, quantities, money, dates and times in an article and "
        "prints them as JSON with start/end in Unicode code points (end exclusive)."_s);
    const QCommandLineOption encodingOption(u"encoding"_s,
                                            u"Read the input in this encoding instead of detecting it."_s, u"name"_s);
    const QCommandLineOption compactOption(u"compact"_s, u"Print the JSON on one line."_s);
    parser.addOption(encodingOption);
    parser.addOption(compactOption);
    parser.addPositionalArgument(u"FILE"_s, u"A plain-text or HTML article, or - for standard input."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish extract"_s, io, &status,
                        {1, 1, u"one FILE (or - for standard input)"_s}))
        return status;
    const QString path = parser.positionalArguments().first();
    QByteArray bytes;
    if (!readInput(u"hamish extract"_s, path, io, &bytes))
        return 1;

    Article article;
    if (!bytes.trimmed().isEmpty()) {
        DocumentImportOptions options;
        options.encoding = parser.value(encodingOption);
        const ImportResult result =
            DocumentImporter::importBytes(bytes, path == u"-" ? u"standard input"_s : path, options);
        if (!result.ok()) {
            io.err << "hamish extract: " << result.errorMessage << '\n';
            return 1;
        }
        for (const QString &warning : result.warnings)
            io.err << "hamish extract: warning: " << warning << '\n';
        article = *result.article;
    }

    if (const QString modelWarning = Suggestions::modelWarning(); !modelWarning.isEmpty())
        io.err << "hamish extract: warning: " << modelWarning << '\n';
    const QList<Annotation> annotations = Suggestions::find(article);
    QList<qsizetype> positions;
    positions.reserve(annotations.size() * 2);
    for (const Annotation &annotation : annotations)
        positions << annotation.start << annotation.end;
    const CodePointOffsets offsets(article.text(), std::move(positions));
    // Written piece by piece: a 100 MB article with a million annotations would not fit as one JSON tree.
    const bool compact = parser.isSet(compactOption);
    const QByteArray separator = compact ? "," : ",\n        ";
    QByteArray head = "{" + QByteArray(compact ? "" : "\n    ") + "\"title\": " + jsonString(article.title()) + ","
                      + (compact ? "" : "\n    ") + "\"offsets\": \"unicode-code-points\"," + (compact ? "" : "\n    ")
                      + "\"text\": ";
    io.out << QString::fromUtf8(head) << QString::fromUtf8(jsonString(article.text()));
    io.out << QString::fromUtf8("," + QByteArray(compact ? "" : "\n    ") + "\"annotations\": [");
    qint64 id = 0;
    for (const Annotation &annotation : annotations) {
        const QJsonObject object{{u"id"_s, ++id},
                                 {u"label"_s, annotation.label},
                                 {u"start"_s, offsets.at(annotation.start)},
                                 {u"end"_s, offsets.at(annotation.end)},
                                 {u"text"_s, article.text().mid(annotation.start, annotation.length())},
                                 {u"value"_s, annotation.value},
                                 {u"confidence"_s, annotation.confidence},
                                 {u"origin"_s, annotation.origin}};
        io.out << QString::fromUtf8((id > 1 ? separator : QByteArray(compact ? "" : "\n        "))
                                    + QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    io.out << (compact ? "]}\n" : "\n    ]\n}\n");
    return 0;
}

} // namespace Hamish::Cli
