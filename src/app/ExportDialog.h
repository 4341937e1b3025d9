// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ExportOptions.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Hamish {

// File > Export: the format, which annotations (accepted only, with suggestions, or all), the current article
// or all of them, and where to write (a file, or a folder for brat). Remembers the choices in Settings when
// accepted. The caller runs the export with format(), options() and path().
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `currentArticleId` is the project's id for the article being read (0 for none: only "all articles" is
    // offered); `directory` is where the file chooser starts when no export was made before.
    ExportDialog(qint64 currentArticleId, const QString &currentArticleTitle, const QString &directory,
                 QWidget *parent = nullptr);

    // An Exporter id: "json", "jsonl", "conll", "brat" or "webanno".
    QString format() const;
    void setFormat(const QString &format);
    ExportOptions options() const;
    void setStatuses(ExportOptions::Statuses statuses);
    // Only the current article (when there is one), or all of them.
    void setCurrentArticleOnly(bool currentOnly);
    // The file (or, for brat, the folder) to write, a relative name taken in the starting directory; empty
    // until the user gives one.
    QString path() const;
    void setPath(const QString &path);
    // Whether the format writes a folder rather than a file.
    bool writesFolder() const;
    // Asks for the destination with a file (or folder) chooser.
    void browse();

    // The extension a format's files take ("" for brat's folder), and `path` with it instead of another
    // format's.
    static QString extension(const QString &format);
    static QString withExtension(const QString &path, const QString &format);

    void accept() override;

private:
    void formatChanged();
    void updateButtons();

    qint64 m_currentArticleId = 0;
    QString m_directory;
    QString m_replaceConfirmed; // a path the user already agreed to replace
    QComboBox *m_format = nullptr;
    QRadioButton *m_acceptedOnly = nullptr;
    QRadioButton *m_acceptedAndSuggested = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_currentArticle = nullptr;
    QRadioButton *m_allArticles = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace Hamish
