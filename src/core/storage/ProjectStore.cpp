// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectStore.h"

#include "core/storage/SqliteProjectStore.h"

using namespace Qt::StringLiterals;

namespace Hamish {

ProjectStore::ProjectStore(QObject *parent)
    : QObject(parent)
{}

ProjectStore::~ProjectStore() = default;

bool ProjectStore::isOwnFile(const QString &) const
{
    return false;
}

Result<void> ProjectStore::checkLocation() const
{
    return {};
}

bool ProjectStore::isServerLocation(const QString &location)
{
    return location.startsWith(u"postgresql:"_s, Qt::CaseInsensitive)
           || location.startsWith(u"postgres:"_s, Qt::CaseInsensitive);
}

namespace {

Error serverUnsupported()
{
    return Error(ProjectStore::tr("Projects on a database server (postgresql://…) are not supported by this "
                                  "version of Hamish: give the path of a project file."),
                 Error::Kind::Unsupported);
}

} // namespace

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &location, OpenMode mode)
{
    if (isServerLocation(location))
        return serverUnsupported();
    Result<std::unique_ptr<SqliteProjectStore>> opened = SqliteProjectStore::open(location, mode);
    if (!opened)
        return opened.error();
    return std::unique_ptr<ProjectStore>(std::move(*opened));
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString &location, const QList<Label> &labels)
{
    if (isServerLocation(location))
        return serverUnsupported();
    Result<std::unique_ptr<SqliteProjectStore>> created = SqliteProjectStore::create(location, labels);
    if (!created)
        return created.error();
    return std::unique_ptr<ProjectStore>(std::move(*created));
}

} // namespace Hamish
