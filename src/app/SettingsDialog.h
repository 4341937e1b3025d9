// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/DisplayOptions.h"
#include "app/Theme.h"

#include <QDialog>

#include <memory>

namespace Hamish {

namespace Ui {
class SettingsDialog;
}

// The preferences: reading font, spacing, theme, highlight opacity, diacritics, digits and interface language.
// Changes show at once; OK keeps and saves them, Cancel puts back what was there before. Layout: ui/SettingsDialog.ui.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    DisplayOptions displayOptions() const;
    Theme::Id theme() const;
    QString language() const; // "en", "ar" or empty for the system's

    void accept() override;
    void reject() override;

signals:
    // Emitted on every change, so the reader can show the result at once.
    void settingsChanged(const Hamish::DisplayOptions &options, Hamish::Theme::Id theme);

private:
    void load(const DisplayOptions &options, Theme::Id theme, const QString &language);
    void emitChanged();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QString m_fontFamily;
    DisplayOptions m_initialOptions;
    Theme::Id m_initialTheme = Theme::Id::Light;
    bool m_loading = false;
};

} // namespace Hamish
