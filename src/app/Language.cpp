// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {
QTranslator *g_appTranslator = nullptr;
QTranslator *g_qtTranslator = nullptr;
bool g_arabic = false;
DisplayOptions::Digits g_digits = DisplayOptions::Digits::AsWritten;

// Egyptian Arabic writes Arabic-Indic digits; the Emirates' Arabic has the same month names with Western
// digits (1,234.5).
QLocale interfaceLocale()
{
    if (!g_arabic)
        return QLocale(QLocale::English);
    return g_digits == DisplayOptions::Digits::Western ? QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates)
                                                       : QLocale(QLocale::Arabic, QLocale::Egypt);
}

void removeTranslator(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}
} // namespace

QString Language::system()
{
    return QLocale::system().language() == QLocale::Arabic ? u"ar"_s : u"en"_s;
}

QString Language::resolve(const QString &setting)
{
    return setting == u"ar" || setting == u"en" ? setting : system();
}

bool Language::install(const QString &language)
{
    removeTranslator(g_appTranslator);
    removeTranslator(g_qtTranslator);
    const bool arabic = language == u"ar";
    g_arabic = arabic;
    QLocale::setDefault(interfaceLocale());
    QGuiApplication::setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    // English needs a translation too: only for its plural forms ("1 word", "2 words").
    g_appTranslator = new QTranslator;
    const bool loaded = g_appTranslator->load(arabic ? u":/i18n/hamish_ar.qm"_s : u":/i18n/hamish_en.qm"_s);
    if (loaded)
        QCoreApplication::installTranslator(g_appTranslator);
    if (!arabic)
        return loaded;
    // Qt's own strings (standard buttons, dock buttons, dialogs) come from qt6-translations-l10n, which
    // .ci/install-deps installs; without it those few strings stay English.
    g_qtTranslator = new QTranslator;
    if (g_qtTranslator->load(u"qtbase_ar"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qtTranslator);
    return loaded;
}

bool Language::setDigits(DisplayOptions::Digits digits)
{
    g_digits = digits;
    const QLocale locale = interfaceLocale();
    if (locale == QLocale())
        return false;
    QLocale::setDefault(locale);
    return true;
}

} // namespace Hamish
