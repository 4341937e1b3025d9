// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectFileHeader.h"

#include <QFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Hamish {

ProjectFileHeader::ProjectFileHeader(const QByteArray &firstBytes)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    if (firstBytes.size() < kSize || !firstBytes.startsWith(magic))
        return;
    m_sqlite = true;
    // Offsets from the SQLite file format: "user version" at 60, "application ID" at 68, big-endian.
    m_userVersion = qFromBigEndian<quint32>(firstBytes.constData() + 60);
    m_applicationId = qFromBigEndian<quint32>(firstBytes.constData() + 68);
}

ProjectFileHeader ProjectFileHeader::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return ProjectFileHeader(QByteArray());
    }
    return ProjectFileHeader(file.read(kSize));
}

} // namespace Hamish
