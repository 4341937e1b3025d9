// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// An SQLite VFS that wraps the default one and fails the Nth write, fsync, truncate or open-for-write,
// the way SQLite's own I/O-error tests do. Installed as the process's default VFS, it also serves the
// connections Qt's QSQLITE driver opens (Debian's driver uses the same system libsqlite3).
namespace FaultVfs {

// Makes the wrapper the default VFS (once; later calls do nothing). False when SQLite refused.
bool install();

enum class Kind { Write, Sync, Truncate, OpenForWrite };

enum class Mode {
    Once,      // only the Nth operation fails, later ones succeed (a transient error)
    Persistent // the Nth and every later one fail (a disk that stays full)
};

// Counts fault points from now on without failing any.
void startCounting();
// Fails the Nth fault point from now on (1-based).
void arm(int n, Mode mode);
// Stops failing; the count goes on.
void disarm();

// Fault points seen since startCounting() or arm().
int count();
// How many operations were failed since arm().
int failures();
// What the fault points so far were, e.g. "write journal", for reports.
QString describe(int n);

} // namespace FaultVfs
