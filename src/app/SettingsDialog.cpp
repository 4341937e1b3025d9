// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SettingsDialog.h"

#include "app/Dialogs.h"
#include "app/Settings.h"
#include "core/workspace/Annotating.h"

#include "ui_SettingsDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Hamish {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // The choices carry the values they stand for, so they are filled here rather than in the form.
    m_ui->themeComboBox->addItem(tr("Light"), int(Theme::Id::Light));
    m_ui->themeComboBox->addItem(tr("Dark"), int(Theme::Id::Dark));
    m_ui->themeComboBox->addItem(tr("Sepia"), int(Theme::Id::Sepia));
    m_ui->digitsComboBox->addItem(tr("As written"), int(DisplayOptions::Digits::AsWritten));
    m_ui->digitsComboBox->addItem(tr("Arabic-Indic (٠١٢٣)"), int(DisplayOptions::Digits::ArabicIndic));
    m_ui->digitsComboBox->addItem(tr("Western (0123)"), int(DisplayOptions::Digits::Western));
    m_ui->languageComboBox->addItem(tr("System language"), QString());
    // Each language is named in itself, so that a reader can find theirs whatever the current one is.
    m_ui->languageComboBox->addItem(u"English"_s, u"en"_s);
    m_ui->languageComboBox->addItem(u"العربية"_s, u"ar"_s);
    Dialogs::nameButtons(m_ui->buttonBox);

    const Settings &settings = Settings::instance();
    m_initialOptions = settings.displayOptions();
    m_initialTheme = settings.theme();
    load(m_initialOptions, m_initialTheme, settings.language());
    m_ui->annotatorLineEdit->setText(settings.annotator());
    m_ui->annotatorLineEdit->setPlaceholderText(Annotating::annotatorDisplayName(Annotating::userName()));

    connect(m_ui->fontComboBox, &QFontComboBox::currentFontChanged, this, [this](const QFont &font) {
        if (m_loading)
            return;
        m_fontFamily = font.family();
        emitChanged();
    });
    connect(m_ui->fontSizeSpinBox, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::emitChanged);
    connect(m_ui->lineSpacingSpinBox, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::emitChanged);
    connect(m_ui->themeComboBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::emitChanged);
    connect(m_ui->highlightOpacitySlider, &QSlider::valueChanged, this, &SettingsDialog::emitChanged);
    connect(m_ui->hideDiacriticsCheckBox, &QCheckBox::toggled, this, &SettingsDialog::emitChanged);
    connect(m_ui->digitsComboBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::emitChanged);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load(const DisplayOptions &options, Theme::Id theme, const QString &language)
{
    m_loading = true;
    // An empty family lets the reader pick the best Arabic face installed; it stays empty until the user
    // chooses a font.
    m_fontFamily = options.fontFamily;
    if (!options.fontFamily.isEmpty())
        m_ui->fontComboBox->setCurrentFont(QFont(options.fontFamily));
    m_ui->fontSizeSpinBox->setValue(options.fontPointSize);
    m_ui->lineSpacingSpinBox->setValue(options.lineSpacing);
    m_ui->themeComboBox->setCurrentIndex(m_ui->themeComboBox->findData(int(theme)));
    m_ui->highlightOpacitySlider->setValue(int(options.highlightOpacity * 100 + 0.5));
    m_ui->hideDiacriticsCheckBox->setChecked(options.hideDiacritics);
    m_ui->digitsComboBox->setCurrentIndex(m_ui->digitsComboBox->findData(int(options.digits)));
    m_ui->languageComboBox->setCurrentIndex(std::max(0, m_ui->languageComboBox->findData(language)));
    m_loading = false;
}

DisplayOptions SettingsDialog::displayOptions() const
{
    DisplayOptions options;
    options.fontFamily = m_fontFamily;
    options.fontPointSize = m_ui->fontSizeSpinBox->value();
    options.lineSpacing = m_ui->lineSpacingSpinBox->value();
    options.highlightOpacity = m_ui->highlightOpacitySlider->value() / 100.0;
    options.hideDiacritics = m_ui->hideDiacriticsCheckBox->isChecked();
    options.digits = DisplayOptions::Digits(m_ui->digitsComboBox->currentData().toInt());
    return options;
}

Theme::Id SettingsDialog::theme() const
{
    return Theme::Id(m_ui->themeComboBox->currentData().toInt());
}

QString SettingsDialog::language() const
{
    return m_ui->languageComboBox->currentData().toString();
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
    settings.setAnnotator(m_ui->annotatorLineEdit->text());
    QDialog::accept();
}

void SettingsDialog::reject()
{
    if (displayOptions() != m_initialOptions || theme() != m_initialTheme)
        emit settingsChanged(m_initialOptions, m_initialTheme);
    QDialog::reject();
}

} // namespace Hamish
