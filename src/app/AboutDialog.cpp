// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AboutDialog.h"

#include "app/Dialogs.h"
#include "core/tagger/DataCredits.h"
#include "ui_AboutDialog.h"

#include <QPushButton>

#include <unicode/uversion.h>

namespace Hamish {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->nameLabel->setText(m_ui->nameLabel->text().arg(QStringLiteral(HAMISH_VERSION)));
    // The libraries as loaded at run time, which may be newer than those Hamish was built with.
    UVersionInfo icu;
    u_getVersion(icu);
    char icuVersion[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(icu, icuVersion);
    m_ui->libraryVersionsLabel->setText(
        m_ui->libraryVersionsLabel->text().arg(QString::fromLatin1(qVersion()), QString::fromLatin1(icuVersion)));
    // What the entity model is made from, credited from the one list the core keeps beside the model.
    m_ui->dataCreditsLabel->setText(DataCredits::text());
    Dialogs::nameButtons(m_ui->buttonBox);
}

AboutDialog::~AboutDialog() = default;

} // namespace Hamish
