// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ExportOptions.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Hamish {

namespace Ui {
class ExportDialog;
}

// File > Export: the format, which annotations (accepted only, with suggestions, or all), the current article
// or all of them, and where to write (a file, or a folder for brat). Remembers the choices in Settings when
// accepted. The caller runs the export with format(), options() and path(). Layout: ui/ExportDialog.ui.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `currentArticleId` is the project's id for the article being read (0 for none: only "all articles" is
    // offered); `directory` is where the file chooser starts when no export was made before.
    ExportDialog(qint64 currentArticleId, const QString &currentArticleTitle, const QString &directory,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

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

    // `path` with the extension `format`'s files take instead of another format's.
    static QString withExtension(const QString &path, const QString &format);

    void accept() override;

private:
    void formatChanged();
    void updateButtons();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    qint64 m_currentArticleId = 0;
    QString m_directory;
    QString m_replaceConfirmed; // a path the user already agreed to replace
    QString m_folderConfirmed;  // a folder with files the user agreed to export into
    QPushButton *m_exportButton = nullptr;
};

} // namespace Hamish
