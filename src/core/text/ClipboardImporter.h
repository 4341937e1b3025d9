// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/ArticleImporter.h"

#include <QCoreApplication>
#include <QDateTime>

class QMimeData;

namespace Hamish {

// Turns what the user copied or dropped on the window (a browser selection, a word processor's text) into an
// article, the way a file becomes one: the HTML when the data has it (headings and paragraphs kept, scripts
// and menus dropped), else the plain text. The article's source is "clipboard:" and the UTC time it came in.
class ClipboardImporter
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::ClipboardImporter)

public:
    // Where the data came from, for the messages.
    enum class Origin { Clipboard, Drop };

    // True when the data holds HTML or text to read (a drop of local files is opened as files instead).
    static bool canImport(const QMimeData &data);

    static ImportResult importMimeData(const QMimeData &data, Origin origin,
                                       const QDateTime &when = QDateTime::currentDateTimeUtc(),
                                       const ArticleImporter::Options &options = {});

    // "clipboard:2026-12-03T10:04:05.123Z": the source of an article that came in at `when`.
    static QString sourceFor(const QDateTime &when);
    static bool isClipboardSource(const QString &source);
};

} // namespace Hamish
