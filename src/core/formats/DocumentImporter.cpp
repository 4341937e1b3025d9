// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/DocumentImporter.h"

#include "core/formats/DocxImporter.h"
#include "core/formats/EpubImporter.h"
#include "core/formats/ImageImporter.h"
#include "core/formats/OdtImporter.h"
#include "core/formats/PdfImporter.h"
#include "core/formats/TextFormat.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Hamish {

const QList<const FormatImporter *> &DocumentImporter::formats()
{
    static const PdfImporter pdf;
    static const DocxImporter docx;
    static const OdtImporter odt;
    static const EpubImporter epub;
    static const ImageImporter image;
    static const TextFormat text;
    static const QList<const FormatImporter *> all{&pdf, &docx, &odt, &epub, &image, &text};
    return all;
}

const FormatImporter &DocumentImporter::formatFor(const QByteArray &bytes, const QString &name)
{
    const QByteArray head = bytes.left(4096);
    for (const FormatImporter *format : formats()) {
        if (format->recognizes(head))
            return *format;
    }
    const QString fileName = QFileInfo(name).fileName();
    for (const FormatImporter *format : formats()) {
        for (const QString &pattern : format->filePatterns()) {
            const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(pattern),
                                          QRegularExpression::CaseInsensitiveOption);
            if (glob.match(fileName).hasMatch())
                return *format;
        }
    }
    return *formats().constLast();
}

ImportResult DocumentImporter::importFile(const QString &path, const DocumentImportOptions &options)
{
    return ArticleImporter::importFileWith(
        path, options, [&](const QByteArray &bytes, const QString &name) { return importBytes(bytes, name, options); });
}

ImportResult DocumentImporter::importBytes(const QByteArray &bytes, const QString &name,
                                           const DocumentImportOptions &options)
{
    return formatFor(bytes, name).importBytes(bytes, name, options);
}

QString DocumentImporter::filePatterns()
{
    QStringList patterns;
    for (const FormatImporter *format : formats())
        patterns += format->filePatterns();
    return patterns.join(u' ');
}

} // namespace Hamish
