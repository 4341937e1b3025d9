// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Exporter.h"

namespace Hamish {

// Writes a W3C Web Annotation collection (JSON-LD) with one embedded page: each annotation a tagging
// TextualBody (and a commenting one for its note), its creator (the annotator, or Hamish for the engine's
// suggestions), and a target on the article's plain text (urn:sha256, text/plain, "ar" when it is Arabic)
// with a TextQuoteSelector and a TextPositionSelector (code points). Checked against the W3C's own test
// assertions by tests/exchange/check_web_annotation.py.
class WebAnnotationExporter : public Exporter
{
public:
    Result<void> write(const DocumentSource &source, const ExportOptions &options, QIODevice &device) const override;
};

} // namespace Hamish
