// SPDX-License-Identifier: GPL-3.0-or-later
// ctest's postgres fixture: `start STATEFILE` starts one throw-away server for the whole test run and
// describes it in STATEFILE (the tests find it through HAMISH_TEST_POSTGRES); `stop STATEFILE` stops it and
// removes its folder. One start-up (a few seconds) instead of one per test process.
#include "PostgresServer.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3 || (arguments[1] != u"start" && arguments[1] != u"stop")) {
        std::fprintf(stderr, "usage: hamish_test_postgres start|stop STATEFILE\n");
        return 2;
    }
    PostgresServer server;
    if (arguments[1] == u"start") {
        // A server left by an interrupted run goes first.
        if (QFile::exists(arguments[2]) && server.attach(arguments[2]))
            server.stopAttached();
        if (!server.start() || !server.detach(arguments[2])) {
            std::fprintf(stderr, "%s\n", qPrintable(server.error()));
            return 1;
        }
        return 0;
    }
    if (!server.attach(arguments[2])) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return 0; // nothing to stop
    }
    const bool stopped = server.stopAttached();
    QFile::remove(arguments[2]);
    return stopped ? 0 : 1;
}
