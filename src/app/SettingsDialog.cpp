// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SettingsDialog.h"

#include "app/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hamish {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_font = new QFontComboBox(this);
    m_font->setObjectName(u"fontComboBox"_s);
    m_font->setWritingSystem(QFontDatabase::Arabic);
    m_font->setAccessibleName(tr("Reading font"));
    m_fontSize = new QDoubleSpinBox(this);
    m_fontSize->setObjectName(u"fontSizeSpinBox"_s);
    m_fontSize->setRange(8, 48);
    m_fontSize->setDecimals(1);
    m_fontSize->setSingleStep(0.5);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setAccessibleName(tr("Font size"));
    m_lineSpacing = new QDoubleSpinBox(this);
    m_lineSpacing->setObjectName(u"lineSpacingSpinBox"_s);
    m_lineSpacing->setRange(1.0, 3.0);
    m_lineSpacing->setDecimals(2);
    m_lineSpacing->setSingleStep(0.1);
    m_lineSpacing->setAccessibleName(tr("Line spacing"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"themeComboBox"_s);
    m_theme->addItem(tr("Light"), int(Theme::Id::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Id::Dark));
    m_theme->addItem(tr("Sepia"), int(Theme::Id::Sepia));
    m_theme->setAccessibleName(tr("Theme"));
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setObjectName(u"highlightOpacitySlider"_s);
    m_opacity->setRange(10, 100);
    m_opacity->setSingleStep(5);
    m_opacity->setPageStep(10);
    m_opacity->setAccessibleName(tr("Highlight opacity"));
    m_hideDiacritics = new QCheckBox(tr("&Hide diacritics (tashkeel) while reading"), this);
    m_hideDiacritics->setObjectName(u"hideDiacriticsCheckBox"_s);
    m_hideDiacritics->setToolTip(tr("Only the display changes: selections, annotations and exports keep the "
                                    "original text."));
    m_digits = new QComboBox(this);
    m_digits->setObjectName(u"digitsComboBox"_s);
    m_digits->addItem(tr("As written"), int(DisplayOptions::Digits::AsWritten));
    m_digits->addItem(tr("Arabic-Indic (٠١٢٣)"), int(DisplayOptions::Digits::ArabicIndic));
    m_digits->addItem(tr("Western (0123)"), int(DisplayOptions::Digits::Western));
    m_digits->setAccessibleName(tr("Digits"));
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so that a reader can find theirs whatever the current one is.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"العربية"_s, u"ar"_s);
    m_language->setAccessibleName(tr("Interface language"));

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Reading &font:"), m_font);
    addRow(tr("Font &size:"), m_fontSize);
    addRow(tr("&Line spacing:"), m_lineSpacing);
    addRow(tr("&Theme:"), m_theme);
    addRow(tr("Highlight &opacity:"), m_opacity);
    form->addRow(QString(), m_hideDiacritics);
    addRow(tr("&Digits:"), m_digits);
    addRow(tr("Interface &language:"), m_language);
    auto *restartNote = new QLabel(tr("A new interface language takes effect when Hamish is started again."), this);
    restartNote->setObjectName(u"languageRestartNote"_s);
    restartNote->setWordWrap(true);
    form->addRow(QString(), restartNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const Settings &settings = Settings::instance();
    m_initialOptions = settings.displayOptions();
    m_initialTheme = settings.theme();
    load(m_initialOptions, m_initialTheme, settings.language());

    connect(m_font, &QFontComboBox::currentFontChanged, this, [this](const QFont &font) {
        if (m_loading)
            return;
        m_fontFamily = font.family();
        emitChanged();
    });
    connect(m_fontSize, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::emitChanged);
    connect(m_lineSpacing, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::emitChanged);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsDialog::emitChanged);
    connect(m_opacity, &QSlider::valueChanged, this, &SettingsDialog::emitChanged);
    connect(m_hideDiacritics, &QCheckBox::toggled, this, &SettingsDialog::emitChanged);
    connect(m_digits, &QComboBox::currentIndexChanged, this, &SettingsDialog::emitChanged);
}

void SettingsDialog::load(const DisplayOptions &options, Theme::Id theme, const QString &language)
{
    m_loading = true;
    // An empty family lets the reader pick the best Arabic face installed; it stays empty until the user
    // chooses a font.
    m_fontFamily = options.fontFamily;
    if (!options.fontFamily.isEmpty())
        m_font->setCurrentFont(QFont(options.fontFamily));
    m_fontSize->setValue(options.fontPointSize);
    m_lineSpacing->setValue(options.lineSpacing);
    m_theme->setCurrentIndex(m_theme->findData(int(theme)));
    m_opacity->setValue(int(options.highlightOpacity * 100 + 0.5));
    m_hideDiacritics->setChecked(options.hideDiacritics);
    m_digits->setCurrentIndex(m_digits->findData(int(options.digits)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_loading = false;
}

DisplayOptions SettingsDialog::displayOptions() const
{
    DisplayOptions options;
    options.fontFamily = m_fontFamily;
    options.fontPointSize = m_fontSize->value();
    options.lineSpacing = m_lineSpacing->value();
    options.highlightOpacity = m_opacity->value() / 100.0;
    options.hideDiacritics = m_hideDiacritics->isChecked();
    options.digits = DisplayOptions::Digits(m_digits->currentData().toInt());
    return options;
}

Theme::Id SettingsDialog::theme() const
{
    return Theme::Id(m_theme->currentData().toInt());
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::emitChanged()
{
    if (!m_loading)
        emit settingsChanged(displayOptions(), theme());
}

void SettingsDialog::accept()
{
    Settings &settings = Settings::instance();
    settings.setDisplayOptions(displayOptions());
    settings.setTheme(theme());
    settings.setLanguage(language());
    QDialog::accept();
}

void SettingsDialog::reject()
{
    if (displayOptions() != m_initialOptions || theme() != m_initialTheme)
        emit settingsChanged(m_initialOptions, m_initialTheme);
    QDialog::reject();
}

} // namespace Hamish
