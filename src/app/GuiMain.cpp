#include "GuiMain.h"

#include "MainWindow.h"

#include <QApplication>

namespace Hamish {

int runGui(const GuiOptions &options)
{
    MainWindow window;
    window.show();
    if (options.files.isEmpty())
        window.openSample();
    else
        window.openFiles(options.files);
    if (!options.screenshotPath.isEmpty())
        window.takeScreenshotWhenReady(options.screenshotPath);
    return QApplication::exec();
}

} // namespace Hamish
