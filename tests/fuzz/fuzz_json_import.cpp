// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a Hamish JSON export and as doccano JSONL, imported (dry run, rolled
// back) into a project. Must never crash, hang or leak; ASan watches memory.
#include "core/exchange/JsonImporter.h"
#include "core/exchange/JsonlImporter.h"
#include "core/exchange/ProjectImporter.h"
#include "core/storage/Project.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

Project *project = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    static ProjectOpenResult created = Project::create(dir.filePath(u"fuzz.hamish"_s));
    if (!created.ok())
        std::abort();
    project = created.project.get();
    // One real article with a suggestion, so imports also take the merge path and can review it.
    Annotation suggestion;
    suggestion.start = 9; // محمد, after the emoji's two UTF-16 units
    suggestion.end = 13;
    suggestion.label = u"PERSON"_s;
    suggestion.status = AnnotationStatus::Suggested;
    project->addArticle(Article(u"🙂 التقى محمد في دمشق."_s, {{BlockRole::Paragraph, 0, 22}}),
                        {suggestion});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportOptions options;
    options.dryRun = true;
    options.createLabels = size % 2 == 0;
    for (const ImportBatch &batch : {JsonImporter::parse(bytes), JsonlImporter::parse(bytes)}) {
        const ImportReport report = ProjectImporter::import(*project, batch, options);
        (void)report.summary();
    }
    return 0;
}
