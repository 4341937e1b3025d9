// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AnnotationActions.h"

#include "app/ActionManager.h"
#include "app/Dialogs.h"
#include "app/InterfaceText.h"
#include "app/NoteDialog.h"
#include "app/ReaderView.h"
#include "app/Settings.h"
#include "core/base/Bidi.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/ChangeAnnotations.h"
#include "core/model/RemoveAnnotations.h"
#include "core/workspace/Annotating.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QTextBoundaryFinder>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(colour));
    painter.setPen(QColor(colour).darker(140));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace

AnnotationActions::AnnotationActions(ReaderView *reader, QWidget *window)
    : QObject(window)
    , m_reader(reader)
    , m_window(window)
{
    m_labelToolBar = new QToolBar(tr("Labels"), window);
    m_labelToolBar->setObjectName(u"labelsToolBar"_s);
    m_labelToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    addAction(u"annotation.delete"_s, tr("&Delete Annotation"), QKeySequence::Delete, [this] { deleteCurrent(); });
    addAction(u"annotation.accept"_s, tr("&Accept"), QKeySequence(Qt::Key_A),
              [this] { setCurrentStatus(AnnotationStatus::Accepted); });
    addAction(u"annotation.reject"_s, tr("&Reject"), QKeySequence(Qt::Key_X),
              [this] { setCurrentStatus(AnnotationStatus::Rejected); });
    addAction(u"annotation.rejectAllMentions"_s, tr("Reject All &Mentions of This Text"),
              QKeySequence(Qt::SHIFT | Qt::Key_X), [this] { rejectAllMentions(); });
    addAction(u"annotation.note"_s, tr("Edit &Note…"), QKeySequence(Qt::Key_N), [this] { editNote(); });
    addAction(u"annotation.next"_s, tr("Ne&xt Annotation"), QKeySequence(Qt::Key_J), [this] { stepAnnotation(1); });
    addAction(u"annotation.previous"_s, tr("Pre&vious Annotation"), QKeySequence(Qt::Key_K),
              [this] { stepAnnotation(-1); });
    addAction(u"annotation.startEarlier"_s, tr("Move Start Earlier"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft),
              [this] { moveBoundary(true, -1); });
    addAction(u"annotation.startLater"_s, tr("Move Start Later"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight),
              [this] { moveBoundary(true, 1); });
    addAction(u"annotation.endEarlier"_s, tr("Move End Earlier"), QKeySequence(Qt::ALT | Qt::Key_BracketLeft),
              [this] { moveBoundary(false, -1); });
    addAction(u"annotation.endLater"_s, tr("Move End Later"), QKeySequence(Qt::ALT | Qt::Key_BracketRight),
              [this] { moveBoundary(false, 1); });

    m_leastCertainFirst = addAction(u"annotation.leastCertainFirst"_s, tr("Review &Least Certain First"), {},
                                    [this] { setLeastCertainFirst(m_leastCertainFirst->isChecked()); });
    m_leastCertainFirst->setCheckable(true);
    m_leastCertainFirst->setChecked(Settings::instance().reviewLeastCertainFirst());
    m_leastCertainFirst->setToolTip(
        tr("Next and Previous Annotation (J, K) visit the suggestions the engine is least sure of first"));

    m_acceptAllMenu = new QMenu(tr("Accept All &Suggestions of Label"), window);
    m_acceptAllMenu->setObjectName(u"acceptAllMenu"_s);
    m_rejectAllMenu = new QMenu(tr("Re&ject All Suggestions of Label"), window);
    m_rejectAllMenu->setObjectName(u"rejectAllMenu"_s);

    connect(reader, &ReaderView::contextMenuRequested, this, &AnnotationActions::showContextMenu);
    connect(reader, &ReaderView::selectionChanged, this, &AnnotationActions::updateEnabled);
    connect(reader, &ReaderView::currentAnnotationChanged, this, &AnnotationActions::updateEnabled);
    connect(reader, &ReaderView::boundaryDragged, this, &AnnotationActions::setSpan);
    rebuildLabelActions();
    updateEnabled();
}

QAction *AnnotationActions::addAction(const QString &id, const QString &text, const QKeySequence &shortcut,
                                      std::function<void()> slot)
{
    QAction *action = ActionManager::createAction(id, text, {shortcut}, m_window);
    // Single keys act in the reader only, never while typing in a text field.
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, std::move(slot));
    return action;
}

AnnotationDocument *AnnotationActions::document() const
{
    return m_document;
}

void AnnotationActions::setDocument(AnnotationDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &AnnotationDocument::labelsChanged, this, &AnnotationActions::rebuildLabelActions);
        connect(document, &AnnotationDocument::annotationsChanged, this, &AnnotationActions::updateEnabled);
        connect(document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    rebuildLabelActions();
    updateEnabled();
}

void AnnotationActions::rebuildLabelActions()
{
    for (QAction *action : std::as_const(m_labelActions)) {
        ActionManager::unregisterAction(action->objectName());
        delete action;
    }
    m_labelActions.clear();
    m_acceptAllMenu->clear();
    m_rejectAllMenu->clear();
    const QList<Label> labels = m_document ? m_document->labels() : defaultLabels();
    for (const Label &label : labels) {
        auto *action = new QAction(swatch(label.colour), labelDisplayName(label.name), m_window);
        action->setShortcut(QKeySequence::fromString(label.shortcut, QKeySequence::PortableText));
        action->setToolTip(
            tr("Label the selection as %1 (%2)")
                .arg(Bidi::isolate(labelDisplayName(label.name)), InterfaceText::keySequence(action->shortcut())));
        const QString name = label.name;
        connect(action, &QAction::triggered, this, [this, name] { applyLabel(name); });
        m_window->addAction(action);
        ActionManager::registerAction(u"label.apply."_s + name, action);
        m_labelActions.append(action);
        m_acceptAllMenu->addAction(swatch(label.colour), labelDisplayName(name),
                                   [this, name] { setStatusForLabel(name, AnnotationStatus::Accepted); });
        m_rejectAllMenu->addAction(swatch(label.colour), labelDisplayName(name),
                                   [this, name] { setStatusForLabel(name, AnnotationStatus::Rejected); });
    }
    m_labelToolBar->clear();
    m_labelToolBar->addActions(m_labelActions);
    updateEnabled();
}

void AnnotationActions::populateMenu(QMenu *menu)
{
    QMenu *apply = menu->addMenu(tr("Apply &Label"));
    apply->addActions(m_labelActions);
    connect(this, &QObject::destroyed, apply, [apply] { apply->clear(); });
    menu->addSeparator();
    for (const char *id : {"annotation.accept", "annotation.reject", "annotation.rejectAllMentions",
                           "annotation.delete", "annotation.note"})
        menu->addAction(ActionManager::action(QString::fromLatin1(id)));
    menu->addSeparator();
    menu->addMenu(m_acceptAllMenu);
    menu->addMenu(m_rejectAllMenu);
    menu->addSeparator();
    for (const char *id :
         {"annotation.next", "annotation.previous", "annotation.leastCertainFirst", "annotation.startEarlier",
          "annotation.startLater", "annotation.endEarlier", "annotation.endLater"})
        menu->addAction(ActionManager::action(QString::fromLatin1(id)));
}

void AnnotationActions::showContextMenu(const QPoint &globalPos, qsizetype offset)
{
    if (!m_document)
        return;
    QMenu menu(m_window);
    menu.setObjectName(u"readerContextMenu"_s);
    if (m_reader->selectionEnd() > m_reader->selectionStart() || current()) {
        QMenu *apply =
            menu.addMenu(current() && m_reader->selectionEnd() == m_reader->selectionStart() ? tr("Change &Label")
                                                                                             : tr("Apply &Label"));
        apply->addActions(m_labelActions);
    }
    if (current()) {
        menu.addAction(ActionManager::action(u"annotation.accept"_s));
        menu.addAction(ActionManager::action(u"annotation.reject"_s));
        if (current()->status == AnnotationStatus::Suggested
            && !Annotating::suggestedMentions(*m_document, m_document->textOf(*current()), current()->label,
                                              current()->id)
                    .isEmpty())
            menu.addAction(ActionManager::action(u"annotation.rejectAllMentions"_s));
        menu.addAction(ActionManager::action(u"annotation.note"_s));
        menu.addAction(ActionManager::action(u"annotation.delete"_s));
    }
    menu.addSeparator();
    menu.addAction(ActionManager::action(u"edit.copy"_s));
    // The page the clicked text was read from, for a PDF or a scan.
    QAction *sourcePage = ActionManager::action(u"view.sourcePage"_s);
    if (sourcePage && sourcePage->isEnabled()) {
        const Article &article = m_document->article();
        const qsizetype block = article.blockAt(std::max<qsizetype>(offset, 0));
        const int page = block >= 0 ? article.blocks().at(block).page : 0;
        sourcePage->setData(page);
        menu.addAction(sourcePage);
    }
    menu.exec(globalPos);
    // Unless it was triggered (which clears it), the page must not stay for the menu bar's use.
    if (sourcePage)
        sourcePage->setData(QVariant());
}

const Annotation *AnnotationActions::current() const
{
    return m_document ? m_document->annotation(m_reader->currentAnnotation()) : nullptr;
}

bool AnnotationActions::applyLabel(const QString &label)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    const qsizetype start = m_reader->selectionStart();
    const qsizetype end = m_reader->selectionEnd();
    if (end > start) {
        const Result<qint64> id = Annotating::labelSpan(*m_document, label, start, end);
        if (!id)
            return false;
        m_reader->setSelection(end, end);
        m_reader->setCurrentAnnotation(*id);
        return true;
    }
    if (const Annotation *annotation = current()) {
        m_document->undoStack()->push(ChangeAnnotations::changeLabel(m_document, {annotation->id}, label));
        return true;
    }
    return false;
}

void AnnotationActions::deleteCurrent()
{
    if (m_document && m_document->isReadOnly())
        return;
    if (const Annotation *annotation = current()) {
        const qint64 id = annotation->id;
        m_document->undoStack()->push(new RemoveAnnotations(m_document, {id}, tr("Delete Annotation")));
        m_reader->setCurrentAnnotation(0);
    }
}

void AnnotationActions::setCurrentStatus(AnnotationStatus status)
{
    if (const Annotation *annotation = current()) {
        const qint64 id = annotation->id;
        const bool wasSuggested = annotation->status == AnnotationStatus::Suggested;
        const QString phrase = m_document->textOf(*annotation);
        const QString label = annotation->label;
        m_document->undoStack()->push(ChangeAnnotations::setStatus(m_document, {id}, status));
        // Reviewing flows: after a decision, go on to the next suggestion; a refused one stays picked.
        const Annotation *decided = m_document ? m_document->annotation(id) : nullptr;
        if (!decided || decided->status != status)
            return;
        stepAnnotation(1);
        // A name rejected once is usually wrong everywhere in the article: offer the rest at once.
        if (status == AnnotationStatus::Rejected && wasSuggested) {
            const qsizetype others = Annotating::suggestedMentions(*m_document, phrase, label).size();
            if (others > 0)
                emit rejectAllMentionsOffered(phrase, label, int(others));
        }
    }
}

int AnnotationActions::rejectAllMentions()
{
    const Annotation *annotation = current();
    if (!annotation)
        return 0;
    const QString phrase = m_document->textOf(*annotation);
    const QString label = annotation->label;
    const bool stillCurrent = annotation->status == AnnotationStatus::Suggested;
    const int rejected = rejectAllMentionsOf(phrase, label);
    if (stillCurrent && rejected > 0)
        stepAnnotation(1);
    return rejected;
}

int AnnotationActions::rejectAllMentionsOf(const QString &phrase, const QString &label)
{
    return m_document ? Annotating::rejectAllMentions({m_document.data()}, phrase, label) : 0;
}

void AnnotationActions::setLeastCertainFirst(bool on)
{
    m_leastCertainFirst->setChecked(on);
    Settings::instance().setReviewLeastCertainFirst(on);
}

bool AnnotationActions::leastCertainFirst() const
{
    return m_leastCertainFirst->isChecked();
}

void AnnotationActions::setStatusForLabel(const QString &label, AnnotationStatus status)
{
    if (m_document && !m_document->isReadOnly())
        Annotating::reviewAll(*m_document, label, status);
}

void AnnotationActions::editNote()
{
    const Annotation *annotation = current();
    if (!annotation)
        return;
    const qint64 id = annotation->id;
    NoteDialog dialog(m_document->textOf(*annotation), annotation->note, m_window);
    if (Dialogs::exec(&dialog) != QDialog::Accepted || !m_document->annotation(id))
        return;
    const QString note = dialog.note();
    if (note != m_document->annotation(id)->note)
        m_document->undoStack()->push(ChangeAnnotations::setNote(m_document, id, note));
}

void AnnotationActions::setSpan(qint64 id, qsizetype start, qsizetype end)
{
    if (!m_document || !m_document->annotation(id) || end <= start || start < 0
        || end > m_document->article().text().size())
        return;
    m_document->undoStack()->push(ChangeAnnotations::setSpan(m_document, id, start, end));
}

void AnnotationActions::moveBoundary(bool startEdge, int step)
{
    const Annotation *annotation = current();
    if (!annotation)
        return;
    // Move by one grapheme (a letter with its marks), never into the middle of one.
    const QString &text = m_document->article().text();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype position = startEdge ? annotation->start : annotation->end;
    finder.setPosition(position);
    position = step < 0 ? finder.toPreviousBoundary() : finder.toNextBoundary();
    if (position < 0)
        return;
    setSpan(annotation->id, startEdge ? position : annotation->start, startEdge ? annotation->end : position);
}

void AnnotationActions::stepAnnotation(int direction)
{
    if (!m_document || m_document->annotations().isEmpty())
        return;
    const QList<Annotation> &all = m_document->annotations();
    const Annotation *annotation = current();
    const qsizetype from = annotation ? annotation->start : m_reader->selectionStart();
    const qint64 currentId = annotation ? annotation->id : 0;
    // Visit shown annotations in document order, suggestions and accepted alike; or only the suggestions, the
    // least certain first (those are the ones that most need a human).
    const bool byConfidence = leastCertainFirst();
    QList<const Annotation *> shown;
    for (const Annotation &a : all) {
        if (m_reader->isShown(a) && (!byConfidence || a.status == AnnotationStatus::Suggested || a.id == currentId))
            shown.append(&a);
    }
    if (shown.isEmpty())
        return;
    const auto before = [](const Annotation *a, const Annotation *b) {
        return a->confidence != b->confidence ? a->confidence < b->confidence : a->start < b->start;
    };
    if (byConfidence)
        std::stable_sort(shown.begin(), shown.end(), before);
    qsizetype index = -1;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown[i]->id == currentId) {
            index = i;
            break;
        }
    }
    if (index >= 0 && byConfidence && annotation->status != AnnotationStatus::Suggested) {
        // The current one was just decided: it leaves the round, and the step goes on from its place.
        shown.removeAt(index);
        if (shown.isEmpty())
            return;
        index = direction > 0 ? index % shown.size() : (index - 1 + shown.size()) % shown.size();
    } else if (index < 0) {
        index = direction > 0 ? 0 : shown.size() - 1;
        for (qsizetype i = 0; !byConfidence && i < shown.size(); ++i) {
            if (direction > 0 && shown[i]->start >= from) {
                index = i;
                break;
            }
            if (direction < 0 && shown[i]->start < from)
                index = i;
        }
    } else {
        index = (index + direction + shown.size()) % shown.size();
    }
    const Annotation *target = shown[index];
    m_reader->setCurrentAnnotation(target->id);
    m_reader->scrollToOffset(target->start);
}

void AnnotationActions::updateEnabled()
{
    // A project open read-only (in another Hamish) cannot take edits: the gestures are off, and say why.
    const QString readOnly = m_document ? m_document->readOnlyReason() : QString();
    const bool editable = m_document && readOnly.isEmpty();
    const bool hasCurrent = current() != nullptr;
    const bool hasSelection = m_reader->selectionEnd() > m_reader->selectionStart();
    const auto explain = [&](QAction *action) {
        if (!action->property("hamishTip").isValid())
            action->setProperty("hamishTip", action->toolTip());
        const QString tip = readOnly.isEmpty() ? action->property("hamishTip").toString() : readOnly;
        action->setToolTip(tip);
        action->setStatusTip(readOnly);
    };
    for (QAction *action : std::as_const(m_labelActions)) {
        action->setEnabled(editable && (hasSelection || hasCurrent));
        explain(action);
    }
    for (const char *id : {"annotation.delete", "annotation.accept", "annotation.reject",
                           "annotation.rejectAllMentions", "annotation.note", "annotation.startEarlier",
                           "annotation.startLater", "annotation.endEarlier", "annotation.endLater"}) {
        if (QAction *action = ActionManager::findAction(QString::fromLatin1(id))) {
            action->setEnabled(editable && hasCurrent);
            explain(action);
        }
    }
    for (const char *id : {"annotation.next", "annotation.previous"}) {
        if (QAction *action = ActionManager::findAction(QString::fromLatin1(id)))
            action->setEnabled(m_document && !m_document->annotations().isEmpty());
    }
    for (QMenu *menu : {m_acceptAllMenu, m_rejectAllMenu}) {
        menu->setEnabled(editable);
        menu->setToolTip(readOnly);
        menu->menuAction()->setStatusTip(readOnly);
    }
}

} // namespace Hamish
