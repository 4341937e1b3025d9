// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer's start-up for the targets that need nothing but a QCoreApplication (codecs, ICU data).
#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}
