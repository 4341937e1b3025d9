// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/DocumentSource.h"

#include <QCoreApplication>

namespace Hamish {

class ProjectStore;

// A project's articles as exporters read them, one article in memory at a time: all of them in the order
// they were added, or the one with `articleId`.
class ProjectDocumentSource : public DocumentSource
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::ProjectDocumentSource)

public:
    explicit ProjectDocumentSource(const ProjectStore &project, qint64 articleId = 0);

    Result<QList<Label>> labels() const override;
    Result<void> forEach(const std::function<Result<void>(const ExportDocument &)> &visit) const override;

private:
    const ProjectStore &m_project;
    qint64 m_articleId = 0;
};

} // namespace Hamish
