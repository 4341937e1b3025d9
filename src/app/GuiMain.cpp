#include "GuiMain.h"

#include "Language.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Theme.h"

#include <QApplication>

namespace Hamish {

int runGui(const GuiOptions &options)
{
    Settings &settings = Settings::instance();
    Language::install(Language::resolve(options.language.isEmpty() ? settings.language() : options.language));
    if (!options.theme.isEmpty())
        settings.setTheme(Theme::fromKey(options.theme));
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
