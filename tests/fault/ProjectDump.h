// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A canonical text dump of a project file, read with SQLite directly (not through Hamish), so two files
// holding the same work compare equal: the schema, the version, and every row of every table in a fixed
// order, without the times rows were written. "absent" for no file; "unreadable: ..." when SQLite cannot
// read it. Also runs PRAGMA integrity_check.
namespace ProjectDump {

struct Result
{
    QString dump;
    QString integrity; // "ok" or what SQLite found
};

Result read(const QString &path);

} // namespace ProjectDump
