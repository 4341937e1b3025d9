// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

std::unique_ptr<Workspace> openProject(const QString &path, bool writable, const QString &command, Io &io)
{
    auto workspace = std::make_unique<Workspace>();
    const Result<void> opened =
        workspace->open(path, writable ? Workspace::OpenMode::ReadWrite : Workspace::OpenMode::ReadOnly);
    if (!opened) {
        io.err << command << ": " << opened.errorMessage() << '\n';
        return nullptr;
    }
    if (writable && workspace->isReadOnly()) {
        io.err << command << ": " << workspace->readOnlyReason() << '\n';
        return nullptr;
    }
    return workspace;
}

int addArticleFiles(Workspace &workspace, const QStringList &files, const QString &command, Io &io)
{
    int status = 0;
    for (const QString &file : files) {
        const Result<Workspace::AddedArticle> added = workspace.addArticleFile(file);
        if (!added) {
            io.err << command << ": " << added.errorMessage() << '\n';
            status = 1;
            continue;
        }
        for (const QString &warning : added->warnings)
            io.err << command << ": warning: " << warning << '\n';
        if (added->existed) {
            io.err << command << ": " << file << " is already in the project as article " << added->id
                   << "; not added again.\n";
            continue;
        }
        io.out << "article " << added->id << ": " << file << " (" << added->suggestions << " suggestions)\n";
    }
    return status;
}

bool positiveInt(const QString &text, int &value, int maximum)
{
    bool ok = false;
    value = text.toInt(&ok);
    return ok && value >= 0 && value <= maximum;
}

} // namespace Hamish::Cli
