// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Curation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Hamish {

class AnnotationDocument;

// The curation view of one article (View › Curate This Article): a row for every group of overlapping spans
// (Curation::align), with what each annotator marked there side by side in their label's colour and what
// the curated layer holds, agreed rows and differing ones told apart. The curator takes an annotator's side
// for the current row (Alt+1, Alt+2, … in the annotators' column order), merges every agreed row at once, or
// steps from one difference to the next (F8, Shift+F8); the reader beside it shows the curated layer, edited
// as any annotation. The panel only shows and asks: TeamPanels does the edits.
class CurationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CurationPanel(QWidget *parent = nullptr);

    // Shows `rows` of the article `curated` shows (its text and labels name and colour the spans), keeping
    // the current row where it was in the text. Null clears the panel.
    void setRows(const QList<Curation::Row> &rows, const QStringList &annotators, const AnnotationDocument *curated);
    const QList<Curation::Row> &rows() const { return m_rows; }
    QStringList annotators() const { return m_annotators; }
    // The current row, or -1.
    int currentRow() const;
    void setCurrentRow(int row);
    // Makes the next (or previous) row where the annotators differ and the curated layer holds nothing yet
    // current; false when there is none.
    bool goToDifference(bool forward);

signals:
    // A row became current: the reader shows its text.
    void rowActivated(qsizetype start, qsizetype end);
    void takeSideRequested(int row, const QString &annotator);
    void mergeAgreedRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    // Whether `row` still asks for the curator: the annotators differ and nothing is curated there yet.
    bool isOpen(const Curation::Row &row) const;

    QLabel *m_summary;
    QTreeWidget *m_tree;
    QWidget *m_sideButtons;
    QPushButton *m_merge;
    QList<Curation::Row> m_rows;
    QStringList m_annotators;
    const AnnotationDocument *m_document = nullptr;
};

} // namespace Hamish
