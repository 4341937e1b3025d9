// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Hamish {

// Which file a path leads to, by device and inode rather than by name: symbolic links, hard links and
// `..` lead to the same identity, so a project can recognise its own files under any name, and notice
// when the name it was opened under no longer leads to it (moved, replaced or deleted).
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;

    // The identity of the file `path` leads to (following links); nothing when there is none.
    static std::optional<FileIdentity> of(const QString &path);
    // Whether two paths lead to the same file: the same identity when both exist, otherwise the same
    // resolved name (links and `..` followed), so that a file not written yet is recognised too.
    static bool samePlace(const QString &a, const QString &b);

    friend bool operator==(const FileIdentity &, const FileIdentity &) = default;
};

} // namespace Hamish
