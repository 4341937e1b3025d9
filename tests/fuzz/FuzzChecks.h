// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every imported article must satisfy, whatever bytes it came from; a violation aborts the fuzz run
// (libFuzzer then saves the input that caused it).
#include "core/text/ImportResult.h"
#include "core/text/Utf16.h"

#include <cstdio>
#include <cstdlib>

namespace FuzzChecks {

inline void fail(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

inline void checkArticle(const Hamish::Article &article)
{
    const qsizetype size = article.text().size();
    qsizetype previousEnd = 0;
    for (const Hamish::Block &block : article.blocks()) {
        if (block.start < previousEnd || block.length <= 0 || block.end() > size)
            fail("a block outside the text, empty or overlapping the one before");
        previousEnd = block.end();
    }
    // Stored as UTF-8, a lone surrogate would swallow the next character and shift every offset.
    if (Hamish::Utf16::hasLoneSurrogates(article.text()))
        fail("a lone surrogate in the imported text");
}

inline void checkResult(const Hamish::ImportResult &result)
{
    if (result.ok() == (result.error != Hamish::ImportErrorKind::None))
        fail("an import result that is both or neither an article and an error");
    if (!result.ok() && result.errorMessage.isEmpty())
        fail("an import error without a message");
    if (result.replacedCharacters < 0)
        fail("a negative count of replaced characters");
    if (result.ok()) {
        if (result.article->isEmpty())
            fail("an article without text was accepted");
        checkArticle(*result.article);
    }
}

} // namespace FuzzChecks
