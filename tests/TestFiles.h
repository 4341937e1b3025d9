// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Files tests write for the code under test to read.
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace TestFiles {

// Writes `bytes` to `name` in `dir` and returns the file's path.
inline QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// The same for text, as UTF-8.
inline QString writeText(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    return write(dir, name, text.toUtf8());
}

} // namespace TestFiles
