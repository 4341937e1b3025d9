// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandInput.h"

#include <QFile>

namespace Hamish::Cli {

bool readInput(const QString &command, const QString &path, Io &io, QByteArray *bytes)
{
    if (path == u"-") {
        if (!io.in) {
            io.err << command << ": standard input is not available\n";
            return false;
        }
        *bytes = io.in->readAll();
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << command << ": cannot open " << path << ": " << file.errorString() << '\n';
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace Hamish::Cli
