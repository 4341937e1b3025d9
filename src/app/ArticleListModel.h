// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>

#include <memory>

namespace Hamish {

class AnnotationDocument;
class Article;

// The documents open in the window (an article with its annotations each), shown in the list the user
// switches between. Owns the documents.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { SourcePathRole = Qt::UserRole + 1, EncodingRole, AnnotationCountRole, TitleRole, StatusRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // Every row shown again (the interface's digits changed).
    void refresh();
    // Adds a document, or replaces the one from the same source; takes ownership; returns its row.
    int addOrReplace(AnnotationDocument *document);
    // Adds a document at the end, whatever its source (a project's articles); takes ownership.
    int append(AnnotationDocument *document);
    void remove(int row);
    int rowForSource(const QString &sourcePath) const;
    AnnotationDocument *document(int row) const;
    std::shared_ptr<const Article> article(int row) const;
    QList<AnnotationDocument *> documents() const { return m_documents; }
    // What a team's project says of an article beside its title: who it is assigned to, ✓ for done
    // ("salma ✓, omar"); empty for none.
    void setStatus(const AnnotationDocument *document, const QString &status);
    // A row's text: the title, its annotation count (when any) and its status (when any).
    static QString entryText(const QString &title, qsizetype count, const QString &status);

private:
    void watch(AnnotationDocument *document);

    QList<AnnotationDocument *> m_documents;
    QHash<const AnnotationDocument *, QString> m_statuses;
};

} // namespace Hamish
