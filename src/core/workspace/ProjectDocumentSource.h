// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/DocumentSource.h"

#include <QCoreApplication>
#include <QString>

namespace Hamish {

class ProjectStore;

// A project's articles as exporters read them, one article in memory at a time: all of them in the order
// they were added, or the one with `articleId`; with every layer's annotations, one annotator's view, or the
// curated layer (ExportOptions).
class ProjectDocumentSource : public DocumentSource
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::ProjectDocumentSource)

public:
    explicit ProjectDocumentSource(const ProjectStore &project, qint64 articleId = 0, const QString &annotator = {},
                                   bool curated = false);

    Result<QList<Label>> labels() const override;
    Result<void> forEach(const std::function<Result<void>(const ExportDocument &)> &visit) const override;

private:
    const ProjectStore &m_project;
    qint64 m_articleId = 0;
    QString m_annotator;
    bool m_curated = false;
};

} // namespace Hamish
