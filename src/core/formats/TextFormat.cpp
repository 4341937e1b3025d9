// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/TextFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Hamish {

QString TextFormat::formatName() const
{
    return QCoreApplication::translate("Hamish::TextFormat", "Text and web pages");
}

QStringList TextFormat::filePatterns() const
{
    return {u"*.txt"_s, u"*.text"_s, u"*.html"_s, u"*.htm"_s, u"*.xhtml"_s};
}

bool TextFormat::recognizes(const QByteArray &) const
{
    return false; // the fallback: chosen by name or when nothing else recognises the bytes
}

ImportResult TextFormat::importBytes(const QByteArray &bytes, const QString &name,
                                     const DocumentImportOptions &options) const
{
    return ArticleImporter::importBytes(bytes, name, options);
}

} // namespace Hamish
