// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/FormatImporter.h"

#include <QCoreApplication>

namespace Hamish {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hamish::FormatImporter", text);
}

} // namespace

void FormatImporter::reportProgress(const DocumentImportOptions &options, int percent)
{
    if (options.progress)
        options.progress(std::clamp(percent, 0, 100));
}

ImportResult FormatImporter::cancelledResult(const QString &name)
{
    return ArticleImporter::failure(
        ImportErrorKind::Cancelled,
        tr("Opening %1 was cancelled; nothing was imported.").arg(ArticleImporter::displayName(name)));
}

ImportResult FormatImporter::finish(Article article, const QString &name, QStringList warnings)
{
    if (article.isEmpty())
        return ArticleImporter::failure(ImportErrorKind::NoText,
                                        tr("%1 contains no readable text.").arg(ArticleImporter::displayName(name)));
    article.setSourcePath(name);
    ImportResult result;
    result.article = std::move(article);
    result.warnings = std::move(warnings);
    return result;
}

} // namespace Hamish
