// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/DisplayOptions.h"

#include <QString>

namespace Hamish {

// The interface language: which translations are installed and which way the layout runs.
class Language
{
public:
    // "ar" when the system locale is Arabic, otherwise "en".
    static QString system();
    // The language to use for a setting: "en", "ar", or empty for the system's.
    static QString resolve(const QString &setting);
    // Installs the application's and Qt's translations for `language` (replacing any installed before) and
    // mirrors the layout for right-to-left languages. Returns false if the translation could not be loaded.
    static bool install(const QString &language);
    // The digits the interface writes its numbers in follow the reader's digits setting: Western digits for
    // "Western", Arabic-Indic for "Arabic-Indic", and for "As written" the interface language's own (Arabic-
    // Indic in Arabic). The English interface always writes Western digits. Sets QLocale's default, which
    // every number shown goes through; returns true when that changed.
    static bool setDigits(DisplayOptions::Digits digits);
};

} // namespace Hamish
