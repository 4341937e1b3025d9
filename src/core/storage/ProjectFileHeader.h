// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Hamish {

// The first 100 bytes of an SQLite file, read without SQLite: enough to tell a Hamish project from any
// other file and to see its schema version before anything could write to it.
class ProjectFileHeader
{
public:
    static constexpr int kSize = 100;

    explicit ProjectFileHeader(const QByteArray &firstBytes);
    static ProjectFileHeader read(const QString &path, QString *error);

    bool isSqlite() const { return m_sqlite; }
    quint32 applicationId() const { return m_applicationId; }
    quint32 userVersion() const { return m_userVersion; }

private:
    bool m_sqlite = false;
    quint32 m_applicationId = 0;
    quint32 m_userVersion = 0;
};

} // namespace Hamish
