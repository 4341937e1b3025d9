// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultVfs.h"

#include <QStringList>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace FaultVfs {

namespace {

struct State
{
    sqlite3_vfs *real = nullptr;
    int seen = 0;   // fault points since the last startCounting()/arm()
    int target = 0; // 0: counting only
    Mode mode = Mode::Once;
    int failures = 0;
    QStringList trace; // what each fault point was
};

State &state()
{
    static State s;
    return s;
}

// The file as SQLite sees it: our methods first, the real file right after.
struct File
{
    sqlite3_file base;
    sqlite3_file *real;
    const char *role; // "db", "wal", "journal", ...
};

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Write:
        return u"write"_s;
    case Kind::Sync:
        return u"fsync"_s;
    case Kind::Truncate:
        return u"truncate"_s;
    case Kind::OpenForWrite:
        return u"open"_s;
    }
    return {};
}

// Counts one fault point; true when it must fail.
bool hit(Kind kind, const char *role)
{
    State &s = state();
    ++s.seen;
    s.trace.append(kindName(kind) + u' ' + QString::fromLatin1(role));
    const bool fail = s.target > 0 && (s.seen == s.target || (s.mode == Mode::Persistent && s.seen > s.target));
    if (fail)
        ++s.failures;
    return fail;
}

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

const char *role(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->role;
}

int xClose(sqlite3_file *file)
{
    sqlite3_file *r = real(file);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    file->pMethods = nullptr;
    return rc;
}

int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (hit(Kind::Write, role(file)))
        return SQLITE_FULL;
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (hit(Kind::Truncate, role(file)))
        return SQLITE_IOERR_TRUNCATE;
    return real(file)->pMethods->xTruncate(real(file), size);
}

int xSync(sqlite3_file *file, int flags)
{
    if (hit(Kind::Sync, role(file)))
        return SQLITE_IOERR_FSYNC;
    return real(file)->pMethods->xSync(real(file), flags);
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int xLock(sqlite3_file *file, int lock)
{
    return real(file)->pMethods->xLock(real(file), lock);
}

int xUnlock(sqlite3_file *file, int lock)
{
    return real(file)->pMethods->xUnlock(real(file), lock);
}

int xCheckReservedLock(sqlite3_file *file, int *out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}

int xSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int xShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, out);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void xShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int xFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    return real(file)->pMethods->xFetch(real(file), offset, amount, out);
}

int xUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, pointer);
}

// One method table per version the real file offers: SQLite checks iVersion before using the WAL and
// memory-map methods, so a wrapper must not claim more than the file beneath it has.
sqlite3_io_methods methodsFor(int version)
{
    sqlite3_io_methods m{};
    m.iVersion = version;
    m.xClose = xClose;
    m.xRead = xRead;
    m.xWrite = xWrite;
    m.xTruncate = xTruncate;
    m.xSync = xSync;
    m.xFileSize = xFileSize;
    m.xLock = xLock;
    m.xUnlock = xUnlock;
    m.xCheckReservedLock = xCheckReservedLock;
    m.xFileControl = xFileControl;
    m.xSectorSize = xSectorSize;
    m.xDeviceCharacteristics = xDeviceCharacteristics;
    if (version >= 2) {
        m.xShmMap = xShmMap;
        m.xShmLock = xShmLock;
        m.xShmBarrier = xShmBarrier;
        m.xShmUnmap = xShmUnmap;
    }
    if (version >= 3) {
        m.xFetch = xFetch;
        m.xUnfetch = xUnfetch;
    }
    return m;
}

const sqlite3_io_methods *methods(int version)
{
    static const sqlite3_io_methods v1 = methodsFor(1), v2 = methodsFor(2), v3 = methodsFor(3);
    return version >= 3 ? &v3 : version == 2 ? &v2 : &v1;
}

const char *roleOf(int flags)
{
    if (flags & SQLITE_OPEN_MAIN_DB)
        return "db";
    if (flags & SQLITE_OPEN_WAL)
        return "wal";
    if (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUBJOURNAL | SQLITE_OPEN_SUPER_JOURNAL))
        return "journal";
    if (flags & (SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_TRANSIENT_DB))
        return "temp";
    return "file";
}

int xOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *wrapped = reinterpret_cast<File *>(file);
    wrapped->base.pMethods = nullptr;
    wrapped->real = reinterpret_cast<sqlite3_file *>(wrapped + 1);
    wrapped->role = roleOf(flags);
    // Temporary files without a name live in memory or are unlinked at once: a full disk still fails them,
    // so they count like any other file.
    if ((flags & (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) && hit(Kind::OpenForWrite, wrapped->role))
        return SQLITE_CANTOPEN;
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    std::memset(wrapped->real, 0, size_t(r->szOsFile));
    const int rc = r->xOpen(r, name, wrapped->real, flags, outFlags);
    if (wrapped->real->pMethods)
        wrapped->base.pMethods = methods(wrapped->real->pMethods->iVersion);
    return rc;
}

int xDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    return r->xDelete(r, name, syncDir);
}

int xAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    return r->xAccess(r, name, flags, out);
}

int xFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    return r->xFullPathname(r, name, size, out);
}

void *xDlOpen(sqlite3_vfs *vfs, const char *name)
{
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    return r->xDlOpen(r, name);
}

void xDlError(sqlite3_vfs *vfs, int size, char *out)
{
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    r->xDlError(r, size, out);
}

void (*xDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    return r->xDlSym(r, handle, symbol);
}

void xDlClose(sqlite3_vfs *vfs, void *handle)
{
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    r->xDlClose(r, handle);
}

int xRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    return r->xRandomness(r, size, out);
}

int xSleep(sqlite3_vfs *vfs, int microseconds)
{
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    return r->xSleep(r, microseconds);
}

int xCurrentTime(sqlite3_vfs *vfs, double *out)
{
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    return r->xCurrentTime(r, out);
}

int xGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    return r->xGetLastError ? r->xGetLastError(r, size, out) : 0;
}

int xCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    return r->xCurrentTimeInt64(r, out);
}

} // namespace

bool install()
{
    static sqlite3_vfs vfs{};
    State &s = state();
    if (s.real)
        return true;
    if (sqlite3_initialize() != SQLITE_OK)
        return false;
    sqlite3_vfs *real = sqlite3_vfs_find(nullptr);
    if (!real || real->iVersion < 2)
        return false;
    vfs.iVersion = 2; // up to xCurrentTimeInt64; the system-call overrides (version 3) stay the real VFS's
    vfs.szOsFile = int(sizeof(File)) + real->szOsFile;
    vfs.mxPathname = real->mxPathname;
    vfs.zName = "hamish-fault";
    vfs.pAppData = real;
    vfs.xOpen = xOpen;
    vfs.xDelete = xDelete;
    vfs.xAccess = xAccess;
    vfs.xFullPathname = xFullPathname;
    vfs.xDlOpen = xDlOpen;
    vfs.xDlError = xDlError;
    vfs.xDlSym = xDlSym;
    vfs.xDlClose = xDlClose;
    vfs.xRandomness = xRandomness;
    vfs.xSleep = xSleep;
    vfs.xCurrentTime = xCurrentTime;
    vfs.xGetLastError = xGetLastError;
    vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    if (sqlite3_vfs_register(&vfs, 1) != SQLITE_OK)
        return false;
    s.real = real;
    return true;
}

void startCounting()
{
    State &s = state();
    s.seen = 0;
    s.target = 0;
    s.failures = 0;
    s.trace.clear();
}

void arm(int n, Mode mode)
{
    startCounting();
    State &s = state();
    s.target = n;
    s.mode = mode;
}

void disarm()
{
    state().target = 0;
}

int count()
{
    return state().seen;
}

int failures()
{
    return state().failures;
}

QString describe(int n)
{
    const QStringList &trace = state().trace;
    return n >= 1 && n <= trace.size() ? trace.at(n - 1) : QString();
}

} // namespace FaultVfs
