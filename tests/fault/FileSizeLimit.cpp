// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSizeLimit.h"

FileSizeLimit::FileSizeLimit(qint64 bytes)
{
    struct sigaction ignore
    {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    if (sigaction(SIGXFSZ, &ignore, &m_previousAction) != 0 || getrlimit(RLIMIT_FSIZE, &m_previous) != 0)
        return;
    rlimit limit = m_previous;
    limit.rlim_cur = rlim_t(bytes);
    if (m_previous.rlim_max != RLIM_INFINITY && limit.rlim_cur > m_previous.rlim_max)
        limit.rlim_cur = m_previous.rlim_max;
    m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

FileSizeLimit::~FileSizeLimit()
{
    if (m_active)
        setrlimit(RLIMIT_FSIZE, &m_previous);
    sigaction(SIGXFSZ, &m_previousAction, nullptr);
}
