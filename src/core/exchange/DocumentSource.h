// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"
#include "core/model/Annotation.h"
#include "core/model/Label.h"
#include "core/text/Article.h"

#include <QList>

#include <functional>

namespace Hamish {

// One article as exporters see it: its id (in a project, or its place among loose articles), the article,
// and its annotations ordered by start (longest first).
struct ExportDocument
{
    qint64 id = 0;
    Article article;
    QList<Annotation> annotations;
};

// What an exporter reads: a label set and documents handed out one at a time, so that a large project
// is never held in memory whole. A project (ProjectDocumentSource in the workspace layer) or articles in
// memory (DocumentList) can be one.
class DocumentSource
{
public:
    virtual ~DocumentSource() = default;

    virtual Result<QList<Label>> labels() const = 0;
    // Calls `visit` for each document in order; stops at the first error, visit's or the source's own.
    virtual Result<void> forEach(const std::function<Result<void>(const ExportDocument &)> &visit) const = 0;
};

// Documents already in memory: loose articles with no project, or a test's.
class DocumentList : public DocumentSource
{
public:
    DocumentList(QList<Label> labels, QList<ExportDocument> documents)
        : m_labels(std::move(labels))
        , m_documents(std::move(documents))
    {}

    Result<QList<Label>> labels() const override { return m_labels; }
    Result<void> forEach(const std::function<Result<void>(const ExportDocument &)> &visit) const override
    {
        for (const ExportDocument &document : m_documents) {
            if (const Result<void> visited = visit(document); !visited)
                return visited;
        }
        return {};
    }

private:
    QList<Label> m_labels;
    QList<ExportDocument> m_documents;
};

} // namespace Hamish
