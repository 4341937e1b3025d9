// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"
#include "core/model/Label.h"
#include "core/text/Article.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <cmath>
#include <optional>

namespace Hamish {

// Documents read from an exchange file, not yet checked against a project. Offsets are Unicode code
// points as the file gives them; `where` names the place in the file for the import report.
struct ImportedSpan
{
    Annotation annotation; // label, status, origin, value, ... (offsets unused)
    qint64 start = -1;
    qint64 end = -1;
    std::optional<QString> text; // the covered text the file claims, checked against the document
    QString where;
};

struct ImportedBlock
{
    BlockRole role = BlockRole::Paragraph;
    qint64 start = 0;
    qint64 end = 0;
    int page = 0;
    int confidence = -1;
    BlockDirection direction = BlockDirection::FromText;
};

// A word OCR was unsure of, in code points.
struct ImportedUncertainRange
{
    qint64 start = 0;
    qint64 end = 0;
    int confidence = 0;
};

struct ImportedDocument
{
    qint64 id = 0; // kept when free in the project
    QString title;
    QString source;
    QString encoding;
    QString text;
    QList<ImportedBlock> blocks;
    QList<ImportedUncertainRange> uncertain;
    QList<ImportedSpan> spans;
    QString where;
};

// A JSON number usable as an offset or id (whole, not negative, not absurd), or -1.
inline qint64 wholeNumber(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    return value.isDouble() && number >= 0 && number <= 1e15 && std::floor(number) == number ? qint64(number) : -1;
}

struct ImportBatch
{
    QList<Label> labels; // labels the file declares
    QList<ImportedDocument> documents;
    QStringList skipped; // what could not be read, and why
    QStringList notices; // what was repaired on the way (lone surrogates replaced), imported all the same
    QString error;       // the file as a whole is unusable: nothing is imported

    // Replaces the lone surrogates of every string a document brings (text, title, labels, notes) with
    // U+FFFD, as the text decoders do, and notes how many in `notices`. Stored as they are, SQLite's UTF-8
    // conversion would swallow the character after each one and shift every later offset; the
    // replacement keeps lengths and code point offsets as the file gives them.
    void repairLoneSurrogates();
};

} // namespace Hamish
