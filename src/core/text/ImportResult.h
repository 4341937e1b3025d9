// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Article.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Hamish {

// What went wrong when a file could not become an article.
enum class ImportErrorKind {
    None,
    NotFound,
    Unreadable,
    Empty,
    TooLarge,
    Binary,
    UnknownEncoding,
    NoText,
    Corrupt,     // a damaged PDF, zip or image
    Encrypted,   // protected by a password
    Unsupported, // a format or a feature this build cannot read (no OCR language data, ...)
    Cancelled,   // the user stopped the import
};

// The outcome of importing one file: an article, or an error message naming the file and what to do.
struct ImportResult
{
    std::optional<Article> article;
    ImportErrorKind error = ImportErrorKind::None;
    QString errorMessage;
    QStringList warnings;             // imported, but the user should know (replaced characters, ...)
    qsizetype replacedCharacters = 0; // undecodable sequences shown as U+FFFD

    bool ok() const { return article.has_value(); }
};

} // namespace Hamish
