// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ExportDialog.h"

#include "app/Dialogs.h"
#include "app/Settings.h"
#include "core/exchange/Exporter.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hamish {

ExportDialog::ExportDialog(qint64 currentArticleId, const QString &currentArticleTitle, const QString &directory,
                           QWidget *parent)
    : QDialog(parent)
    , m_currentArticleId(currentArticleId)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Annotations"));
    const Settings::ExportChoices choices = Settings::instance().exportChoices();
    m_directory = choices.directory.isEmpty() ? directory : choices.directory;

    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormatComboBox"_s);
    m_format->addItem(tr("Hamish JSON"), u"json"_s);
    m_format->addItem(tr("doccano JSON Lines"), u"jsonl"_s);
    m_format->addItem(tr("CoNLL BIO"), u"conll"_s);
    m_format->addItem(tr("brat standoff folder"), u"brat"_s);
    m_format->addItem(tr("W3C Web Annotation JSON-LD"), u"webanno"_s);
    m_format->setAccessibleName(tr("Export format"));
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);

    auto *annotations = new QGroupBox(tr("Annotations"), this);
    annotations->setObjectName(u"exportAnnotationsGroup"_s);
    m_acceptedOnly = new QRadioButton(tr("&Accepted only"), annotations);
    m_acceptedOnly->setObjectName(u"acceptedOnlyRadioButton"_s);
    m_acceptedAndSuggested = new QRadioButton(tr("Accepted and &suggested"), annotations);
    m_acceptedAndSuggested->setObjectName(u"acceptedAndSuggestedRadioButton"_s);
    m_all = new QRadioButton(tr("All, &rejected included"), annotations);
    m_all->setObjectName(u"allStatusesRadioButton"_s);
    auto *statusLayout = new QVBoxLayout(annotations);
    for (QRadioButton *button : {m_acceptedOnly, m_acceptedAndSuggested, m_all})
        statusLayout->addWidget(button);
    auto *statusGroup = new QButtonGroup(this);
    statusGroup->addButton(m_acceptedOnly);
    statusGroup->addButton(m_acceptedAndSuggested);
    statusGroup->addButton(m_all);

    auto *articles = new QGroupBox(tr("Articles"), this);
    articles->setObjectName(u"exportArticlesGroup"_s);
    m_currentArticle = new QRadioButton(
        currentArticleTitle.isEmpty() ? tr("&Current article") : tr("&Current article: “%1”").arg(currentArticleTitle),
        articles);
    m_currentArticle->setObjectName(u"currentArticleRadioButton"_s);
    m_currentArticle->setEnabled(currentArticleId != 0);
    m_allArticles = new QRadioButton(tr("All articles in the &project"), articles);
    m_allArticles->setObjectName(u"allArticlesRadioButton"_s);
    auto *articleLayout = new QVBoxLayout(articles);
    articleLayout->addWidget(m_currentArticle);
    articleLayout->addWidget(m_allArticles);
    auto *articleGroup = new QButtonGroup(this);
    articleGroup->addButton(m_currentArticle);
    articleGroup->addButton(m_allArticles);

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"exportPathLineEdit"_s);
    m_path->setAccessibleName(tr("Destination"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"exportBrowseButton"_s);
    m_browse->setAccessibleName(tr("Choose the destination"));
    m_browse->setAutoDefault(false);
    auto *destinationLabel = new QLabel(tr("&Destination:"), this);
    destinationLabel->setBuddy(m_path);
    auto *destination = new QHBoxLayout;
    destination->addWidget(m_path, 1);
    destination->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(formatLabel, m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(annotations);
    layout->addWidget(articles);
    auto *destinationForm = new QFormLayout;
    destinationForm->addRow(destinationLabel, destination);
    layout->addLayout(destinationForm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->button(QDialogButtonBox::Ok);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setText(tr("&Export"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setFormat(choices.format);
    setStatuses(choices.statuses);
    setCurrentArticleOnly(choices.currentArticleOnly);
    formatChanged();
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    m_format->setFocus();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormat(const QString &format)
{
    const int index = m_format->findData(format);
    m_format->setCurrentIndex(index >= 0 ? index : 0);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.statuses = m_acceptedOnly->isChecked() ? ExportOptions::Statuses::AcceptedOnly
                       : m_all->isChecked()        ? ExportOptions::Statuses::All
                                                   : ExportOptions::Statuses::AcceptedAndSuggested;
    options.articleId = m_currentArticle->isEnabled() && m_currentArticle->isChecked() ? m_currentArticleId : 0;
    return options;
}

void ExportDialog::setStatuses(ExportOptions::Statuses statuses)
{
    switch (statuses) {
    case ExportOptions::Statuses::AcceptedOnly:
        m_acceptedOnly->setChecked(true);
        break;
    case ExportOptions::Statuses::AcceptedAndSuggested:
        m_acceptedAndSuggested->setChecked(true);
        break;
    case ExportOptions::Statuses::All:
        m_all->setChecked(true);
        break;
    }
}

void ExportDialog::setCurrentArticleOnly(bool currentOnly)
{
    (currentOnly && m_currentArticle->isEnabled() ? m_currentArticle : m_allArticles)->setChecked(true);
}

QString ExportDialog::path() const
{
    const QString text = QDir::fromNativeSeparators(m_path->text().trimmed());
    // A bare name goes where the file chooser would start.
    return text.isEmpty() || QDir::isAbsolutePath(text) || m_directory.isEmpty()
               ? text
               : QDir(m_directory).absoluteFilePath(text);
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
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
        const QString filter = u"%1 (*%2)"_s.arg(m_format->currentText(), extension(format()));
        chosen = Dialogs::saveFileName(this, tr("Export Annotations"), start, filter);
        if (!chosen.isEmpty() && QFileInfo(chosen).suffix().isEmpty())
            chosen += extension(format());
    }
    if (!chosen.isEmpty()) {
        setPath(chosen);
        m_replaceConfirmed = path(); // the file chooser has asked before choosing an existing file
    }
}

QString ExportDialog::extension(const QString &format)
{
    static const QHash<QString, QString> extensions = {
        {u"json"_s, u".json"_s}, {u"jsonl"_s, u".jsonl"_s}, {u"conll"_s, u".conll"_s}, {u"webanno"_s, u".jsonld"_s}};
    return extensions.value(format);
}

QString ExportDialog::withExtension(const QString &path, const QString &format)
{
    QString base = path;
    while (base.size() > 1 && (base.endsWith(u'/') || base.endsWith(u'\\')))
        base.chop(1);
    if (base.isEmpty())
        return path;
    const QString suffix = QFileInfo(base).suffix().toLower();
    for (const QString &other : Exporter::formats()) {
        if (!suffix.isEmpty() && extension(other) == u'.' + suffix) {
            base.chop(suffix.size() + 1);
            break;
        }
    }
    return base + extension(format);
}

void ExportDialog::formatChanged()
{
    m_path->setPlaceholderText(writesFolder() ? tr("A folder to write the files into") : tr("A file to write"));
    if (!m_path->text().trimmed().isEmpty())
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
    Settings::ExportChoices choices;
    choices.format = format();
    choices.statuses = options().statuses;
    choices.currentArticleOnly = m_currentArticle->isEnabled() && m_currentArticle->isChecked();
    choices.directory = QFileInfo(path()).absolutePath();
    Settings::instance().setExportChoices(choices);
    QDialog::accept();
}

} // namespace Hamish
