// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FileIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace Hamish {

namespace {

// The absolute name `path` resolves to: its folder canonical, a symbolic link followed to its target
// (even one that does not exist yet).
QString resolvedName(const QString &path)
{
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink() && hops < 16; ++hops)
        info = QFileInfo(info.symLinkTarget());
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

} // namespace

std::optional<FileIdentity> FileIdentity::of(const QString &path)
{
    struct stat status = {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{quint64(status.st_dev), quint64(status.st_ino)};
}

bool FileIdentity::samePlace(const QString &a, const QString &b)
{
    const std::optional<FileIdentity> first = of(a);
    const std::optional<FileIdentity> second = of(b);
    if (first && second)
        return *first == *second;
    return resolvedName(a) == resolvedName(b);
}

} // namespace Hamish
