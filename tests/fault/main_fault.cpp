// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "FaultVfs.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Before any connection is opened: every project this process touches goes through the fault layer.
    if (!FaultVfs::install()) {
        std::fprintf(stderr, "The fault-injecting SQLite VFS could not be installed.\n");
        return 1;
    }
    return Catch::Session().run(argc, argv);
}
