// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ExportDialog.h"

#include "app/Dialogs.h"
#include "app/Settings.h"
#include "core/exchange/Exporter.h"
#include "ui_ExportDialog.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Hamish {

ExportDialog::ExportDialog(qint64 currentArticleId, const QString &currentArticleTitle, const QString &directory,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_currentArticleId(currentArticleId)
{
    m_ui->setupUi(this);
    const Settings::ExportChoices choices = Settings::instance().exportChoices();
    m_directory = choices.directory.isEmpty() ? directory : choices.directory;

    // The formats carry their Exporter ids, so they are filled here rather than in the form.
    m_ui->exportFormatComboBox->addItem(tr("Hamish JSON"), u"json"_s);
    m_ui->exportFormatComboBox->addItem(tr("doccano JSON Lines"), u"jsonl"_s);
    m_ui->exportFormatComboBox->addItem(tr("CoNLL BIO"), u"conll"_s);
    m_ui->exportFormatComboBox->addItem(tr("brat standoff folder"), u"brat"_s);
    m_ui->exportFormatComboBox->addItem(tr("W3C Web Annotation JSON-LD"), u"webanno"_s);
    if (!currentArticleTitle.isEmpty())
        m_ui->currentArticleRadioButton->setText(tr("&Current article: “%1”").arg(currentArticleTitle));
    m_ui->currentArticleRadioButton->setEnabled(currentArticleId != 0);

    m_exportButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setText(tr("&Export"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    setFormat(choices.format);
    setStatuses(choices.statuses);
    setCurrentArticleOnly(choices.currentArticleOnly);
    formatChanged();
    connect(m_ui->exportFormatComboBox, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_ui->exportPathLineEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_ui->exportBrowseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    m_ui->exportFormatComboBox->setFocus();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::format() const
{
    return m_ui->exportFormatComboBox->currentData().toString();
}

void ExportDialog::setFormat(const QString &format)
{
    const int index = m_ui->exportFormatComboBox->findData(format);
    m_ui->exportFormatComboBox->setCurrentIndex(index >= 0 ? index : 0);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.statuses = m_ui->acceptedOnlyRadioButton->isChecked()  ? ExportOptions::Statuses::AcceptedOnly
                       : m_ui->allStatusesRadioButton->isChecked() ? ExportOptions::Statuses::All
                                                                   : ExportOptions::Statuses::AcceptedAndSuggested;
    options.articleId = m_ui->currentArticleRadioButton->isEnabled() && m_ui->currentArticleRadioButton->isChecked()
                            ? m_currentArticleId
                            : 0;
    options.intoFolderWithFiles = writesFolder() && path() == m_folderConfirmed;
    return options;
}

void ExportDialog::setStatuses(ExportOptions::Statuses statuses)
{
    switch (statuses) {
    case ExportOptions::Statuses::AcceptedOnly:
        m_ui->acceptedOnlyRadioButton->setChecked(true);
        break;
    case ExportOptions::Statuses::AcceptedAndSuggested:
        m_ui->acceptedAndSuggestedRadioButton->setChecked(true);
        break;
    case ExportOptions::Statuses::All:
        m_ui->allStatusesRadioButton->setChecked(true);
        break;
    }
}

void ExportDialog::setCurrentArticleOnly(bool currentOnly)
{
    (currentOnly && m_ui->currentArticleRadioButton->isEnabled() ? m_ui->currentArticleRadioButton
                                                                 : m_ui->allArticlesRadioButton)
        ->setChecked(true);
}

QString ExportDialog::path() const
{
    const QString text = QDir::fromNativeSeparators(m_ui->exportPathLineEdit->text().trimmed());
    // A bare name goes where the file chooser would start.
    return text.isEmpty() || QDir::isAbsolutePath(text) || m_directory.isEmpty()
               ? text
               : QDir(m_directory).absoluteFilePath(text);
}

void ExportDialog::setPath(const QString &path)
{
    m_ui->exportPathLineEdit->setText(QDir::toNativeSeparators(path));
}

bool ExportDialog::writesFolder() const
{
    const std::unique_ptr<Exporter> exporter = Exporter::create(format());
    return exporter && exporter->writesFolder();
}

void ExportDialog::browse()
{
    const QString start = path().isEmpty() ? m_directory : path();
    QString chosen;
    if (writesFolder()) {
        chosen = Dialogs::existingDirectory(this, tr("Export to a Folder"), start);
    } else {
        const QString filter =
            u"%1 (*%2)"_s.arg(m_ui->exportFormatComboBox->currentText(), Exporter::fileExtension(format()));
        chosen = Dialogs::saveFileName(this, tr("Export Annotations"), start, filter);
        if (!chosen.isEmpty() && QFileInfo(chosen).suffix().isEmpty())
            chosen += Exporter::fileExtension(format());
    }
    if (!chosen.isEmpty()) {
        setPath(chosen);
        m_replaceConfirmed = path(); // the file chooser has asked before choosing an existing file
    }
}

QString ExportDialog::withExtension(const QString &path, const QString &format)
{
    QString base = path;
    while (base.size() > 1 && (base.endsWith(u'/') || base.endsWith(u'\\')))
        base.chop(1);
    if (base.isEmpty())
        return path;
    // Another format's extension gives way to this one's.
    if (!Exporter::formatOfFile(base).isEmpty())
        base.chop(QFileInfo(base).suffix().size() + 1);
    return base + Exporter::fileExtension(format);
}

void ExportDialog::formatChanged()
{
    m_ui->exportPathLineEdit->setPlaceholderText(writesFolder() ? tr("A folder to write the files into")
                                                                : tr("A file to write"));
    if (!m_ui->exportPathLineEdit->text().trimmed().isEmpty())
        setPath(withExtension(path(), format()));
    updateButtons();
}

void ExportDialog::updateButtons()
{
    m_exportButton->setEnabled(!path().isEmpty());
}

void ExportDialog::accept()
{
    if (path().isEmpty())
        return;
    // A typed name of an existing file: ask, as the file chooser would have (a brat folder is written into).
    if (!writesFolder() && QFileInfo(path()).isFile() && path() != m_replaceConfirmed
        && !Dialogs::confirm(this, tr("Replace File"),
                             tr("%1 already exists. Replace it?").arg(QFileInfo(path()).fileName())))
        return;
    // A folder that already holds files: its files of the same names are replaced, the others stay.
    if (writesFolder() && QFileInfo(path()).isDir()
        && !QDir(path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (!Dialogs::confirm(this, tr("Export into a Folder with Files"),
                              tr("%1 already holds files. Export into it, replacing the files of the same names "
                                 "(annotation.conf, article-N.txt, article-N.ann) and keeping the others?")
                                  .arg(QDir::toNativeSeparators(path()))))
            return;
        m_folderConfirmed = path();
    }
    Settings::ExportChoices choices;
    choices.format = format();
    choices.statuses = options().statuses;
    choices.currentArticleOnly =
        m_ui->currentArticleRadioButton->isEnabled() && m_ui->currentArticleRadioButton->isChecked();
    choices.directory = QFileInfo(path()).absolutePath();
    Settings::instance().setExportChoices(choices);
    QDialog::accept();
}

} // namespace Hamish
