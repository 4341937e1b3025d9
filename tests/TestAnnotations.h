// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Building blocks for tests on annotated text: an article from a string, an annotation on the n-th
// occurrence of a word, and what a list of ranges or a document holds, in readable form.
#include "core/model/AnnotationDocument.h"

#include <QPair>
#include <QStringList>

#include <catch2/catch.hpp>

#include <memory>

namespace TestAnnotations {

inline std::shared_ptr<const Hamish::Article> article(const QString &text)
{
    return std::make_shared<const Hamish::Article>(
        text, QList<Hamish::Block>{{Hamish::BlockRole::Paragraph, 0, text.size()}});
}

// An annotation on the `nth` (from 0) occurrence of `written` in `text`.
inline Hamish::Annotation at(const QString &text, const QString &written, const QString &label,
                             Hamish::AnnotationStatus status = Hamish::AnnotationStatus::Accepted, int nth = 0)
{
    qsizetype start = -1;
    for (int i = 0; i <= nth; ++i)
        start = text.indexOf(written, start + 1);
    REQUIRE(start >= 0);
    Hamish::Annotation annotation;
    annotation.start = start;
    annotation.end = start + written.size();
    annotation.label = label;
    annotation.status = status;
    return annotation;
}

inline QStringList labelsOf(const Hamish::AnnotationDocument &document)
{
    QStringList labels;
    for (const Hamish::Annotation &annotation : document.annotations())
        labels.append(annotation.label);
    return labels;
}

inline QStringList textsOf(const QString &text, const QList<QPair<qsizetype, qsizetype>> &ranges)
{
    QStringList texts;
    for (const auto &range : ranges)
        texts.append(text.mid(range.first, range.second - range.first));
    return texts;
}

} // namespace TestAnnotations
