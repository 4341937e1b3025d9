// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// Everything the fault scenarios do to a project, each operation as a user starts it (open, do, close),
// through today's storage and exchange API. It is the only file of the fault tests that names those
// classes: when storage moves behind another interface, this adapter changes and the scenarios do not.
namespace ProjectAdapter {

struct Outcome
{
    bool ok = false;
    QString message;       // the error the user would see, or a notice
    bool readOnly = false; // open(): the project opened read-only (e.g. a lock was left behind)
};

// An annotation span to store with an article.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString label;
    bool accepted = false;
    QString annotator; // whose layer (empty: the engine's suggestion, or the one user's)
};

Outcome create(const QString &path);
// Opens and closes: a project of an older version is upgraded on the way.
Outcome open(const QString &path);
Outcome addArticle(const QString &path, const QString &text, const QList<Span> &spans);
// Imports a Hamish JSON export (one transaction for the whole file).
Outcome importJson(const QString &path, const QByteArray &json, bool createLabels);
// The window's path: the first article's document, "Accept All Suggestions of Label" pushed on its undo stack.
Outcome acceptAllSuggestions(const QString &path, const QString &label);
// Accepts the first suggestion of the first article, the way the command line and the store write one edit.
Outcome acceptFirstSuggestion(const QString &path);
// Makes `labels` the label set (names not kept or renamed are removed with their annotations).
Outcome replaceLabels(const QString &path, const QStringList &labels, const QHash<QString, QString> &renames);
Outcome setSetting(const QString &path, const QString &key, const QString &value);
Outcome removeFirstArticle(const QString &path);
// Exports every article (accepted and suggested) in `format` to `out` (a file, or a folder for brat).
Outcome exportTo(const QString &path, const QString &format, const QString &out);
Outcome saveCopy(const QString &path, const QString &copyPath);
// The curation panel's path: in the first article's curated layer, takes `annotator`'s side on the first row
// where the annotators differ (the curated spans there are replaced by theirs, as one undo step).
Outcome takeCurationSide(const QString &path, const QString &annotator);

} // namespace ProjectAdapter
