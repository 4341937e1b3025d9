// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <sys/resource.h>

#include <csignal>

// While it lives, no file this process writes can grow past `bytes`: the kernel's RLIMIT_FSIZE with
// SIGXFSZ ignored, so write(2) writes what fits and then fails with EFBIG, as on a full disk. Every plain
// file write (QFile, QSaveFile and its final flush, std::fstream) meets the real error path; no library
// is wrapped or preloaded. Raising the limit back is allowed to any process, so it is restored after.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool active() const { return m_active; }

private:
    rlimit m_previous{};
    struct sigaction m_previousAction
    {};
    bool m_active = false;
};
