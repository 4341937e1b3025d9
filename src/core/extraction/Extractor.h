// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/EntityRecognizer.h"
#include "core/model/Annotation.h"
#include "core/text/Article.h"

#include <QList>

#include <memory>

namespace Hamish {

// The extraction engine's entry point: analyses a text once and runs the numeric rules (numbers,
// ordinals, percentages, money, quantities, dates, times) and the entity recognisers over it. Returns
// suggested annotations with UTF-16 offsets into the original text. Thread-safe; cheap to copy.
class Extractor
{
public:
    // The rule and gazetteer entity recogniser.
    Extractor();
    // Any set of entity recognisers (rules, a trained model, both): where they overlap, the earlier
    // recogniser in the list wins on ties of length.
    explicit Extractor(QList<std::shared_ptr<const EntityRecognizer>> recognizers);

    QList<Annotation> extract(const Article &article) const;
    QList<Annotation> extract(const QString &text) const;
    // Only the entity annotations (for CoNLL tagging and evaluation).
    QList<Annotation> extractEntities(const QString &text) const;

    const QList<std::shared_ptr<const EntityRecognizer>> &recognizers() const { return m_recognizers; }

private:
    struct Shared;
    std::shared_ptr<const Shared> m_shared;
    QList<std::shared_ptr<const EntityRecognizer>> m_recognizers;
};

} // namespace Hamish
