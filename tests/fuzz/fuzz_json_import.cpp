// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a Hamish JSON export and as doccano JSONL, imported (dry run, rolled
// back) into a project. Must never crash, hang or leak; ASan watches memory.
#include "core/exchange/JsonImporter.h"
#include "core/exchange/JsonlImporter.h"
#include "core/storage/ProjectStore.h"
#include "core/workspace/ProjectImporter.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

ProjectStore *project = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    static Result<std::unique_ptr<ProjectStore>> created = ProjectStore::create(dir.filePath(u"fuzz.hamish"_s));
    if (!created)
        std::abort();
    project = created->get();
    // One real article with a suggestion, so imports also take the merge path and can review it.
    Annotation suggestion;
    suggestion.start = 9; // محمد, after the emoji's two UTF-16 units
    suggestion.end = 13;
    suggestion.label = u"PERSON"_s;
    suggestion.status = AnnotationStatus::Suggested;
    if (!project->addArticle(Article(u"🙂 التقى محمد في دمشق."_s, {{BlockRole::Paragraph, 0, 22}}),
                             {suggestion}))
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportOptions options;
    options.dryRun = true;
    options.createLabels = size % 2 == 0;
    for (const ImportBatch &batch : {JsonImporter::parse(bytes), JsonlImporter::parse(bytes)}) {
        const Result<ImportReport> report = ProjectImporter::import(*project, batch, options);
        (void)(report ? report->summary() : report.errorMessage());
    }
    return 0;
}
