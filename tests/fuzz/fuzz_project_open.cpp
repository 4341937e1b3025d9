// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a project file. Opening must refuse or succeed cleanly, and everything
// a window or an export reads from an opened (possibly hostile) project must stay in bounds.
#include "core/exchange/Exporter.h"
#include "core/storage/ProjectStore.h"
#include "core/workspace/ProjectDocumentSource.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

QString path;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    path = dir.filePath(u"input.hamish"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
        QFile::remove(path + suffix);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path);
    if (!opened)
        return 0;
    const ProjectStore &project = **opened;
    (void)project.labels();
    (void)project.setting(u"lastArticle"_s);
    for (const ArticleSummary &summary : project.articles().valueOr({})) {
        if (const Result<Article> article = project.article(summary.id)) {
            for (qsizetype i = 0; i < article->blocks().size(); ++i)
                (void)article->blockText(i);
            for (const Annotation &annotation : project.annotations(summary.id).valueOr({}))
                (void)article->text().mid(annotation.start, annotation.length());
        }
        (void)project.counts(summary.id);
    }
    for (const QString &format : {u"json"_s, u"jsonl"_s, u"conll"_s, u"webanno"_s}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.statuses = ExportOptions::Statuses::All;
        (void)Exporter::create(format)->write(ProjectDocumentSource(project), options, buffer);
    }
    return 0;
}
