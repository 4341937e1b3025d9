// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestFiles.h"
#include "TypeText.h"
#include "app/ActionManager.h"
#include "app/AnnotationActions.h"
#include "app/AnnotationPanels.h"
#include "app/ArticleListModel.h"
#include "app/Dialogs.h"
#include "app/EntityPanel.h"
#include "app/LegendWidget.h"
#include "app/MainWindow.h"
#include "app/ReaderView.h"
#include "app/UserLearning.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/EntityModel.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTextLayout>
#include <QToolButton>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"وأعلنت الحكومة أن الوفد وصل لسورية أمس، فيما تدور اشتباكات بالرقة.\n\n"
                      u"قالت منظمة FAO إن 2500 طن من القمح وصلت."_s;

struct Fixture
{
    explicit Fixture(const QString &text = kText)
    {
        const QString path = TestFiles::writeText(dir, u"article.txt"_s, text);
        window.resize(1000, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QSignalSpy suggested(&window, &MainWindow::suggestionsReady);
        window.openFile(path);
        // The engine's suggestions arrive after the article; tests set their own annotations after that.
        REQUIRE((!suggested.isEmpty() || suggested.wait(20000)));
        document = window.currentDocument();
        REQUIRE(document);
        CHECK_FALSE(document->annotations().isEmpty()); // the engine found something (e.g. 2500)
        document->resetAnnotations({});
        reader = window.readerView();
        reader->setFocus();
    }

    // A suggestion at the `nth` (0-based) mention of `text`.
    Annotation suggestion(const QString &text, const QString &label, int nth = 0, double confidence = 1.0) const
    {
        Annotation a;
        a.start = -1;
        for (int i = 0; i <= nth; ++i)
            a.start = document->article().text().indexOf(text, a.start + 1);
        REQUIRE(a.start >= 0);
        a.confidence = confidence;
        a.end = a.start + text.size();
        a.label = label;
        a.origin = u"rules"_s;
        a.status = AnnotationStatus::Suggested;
        return a;
    }

    // Drags the mouse over the rectangles of a logical range, from its start to its end.
    void dragOver(qsizetype start, qsizetype end)
    {
        const QList<QRectF> first = reader->rectsForRange(start, start + 1);
        const QList<QRectF> last = reader->rectsForRange(end - 1, end);
        REQUIRE_FALSE(first.isEmpty());
        REQUIRE_FALSE(last.isEmpty());
        // Right-to-left text: a letter's start is its right edge.
        const QPoint from(int(first.first().right()) - 1, int(first.first().center().y()));
        const QPoint to(int(last.first().left()) + 1, int(last.first().center().y()));
        QTest::mousePress(reader->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(reader->viewport(), to);
        QTest::mouseRelease(reader->viewport(), Qt::LeftButton, {}, to);
    }

    QTemporaryDir dir;
    MainWindow window;
    AnnotationDocument *document = nullptr;
    ReaderView *reader = nullptr;
};

// Black text over a flat background colour B is (1 - a) * B, where a is the glyph's coverage of the pixel:
// same hue as B, only darker. So a pixel's ink coverage can be read back whether it lies on white paper or
// on a highlight of colour `fill`, and two renderings compared glyph for glyph.
QList<double> inkCoverage(const QImage &image, const QColor &fill)
{
    QList<double> coverage;
    coverage.reserve(qsizetype(image.width()) * image.height());
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const bool grey = std::abs(c.red() - c.green()) < 10 && std::abs(c.green() - c.blue()) < 10;
            const double a = grey ? 1.0 - c.value() / 255.0 : 1.0 - c.value() / double(fill.value());
            coverage.append(std::clamp(a, 0.0, 1.0));
        }
    }
    return coverage;
}

// The share of ink coverage that differs between two renderings (0: identical glyphs).
double inkDifference(const QImage &a, const QImage &b, const QColor &fill)
{
    REQUIRE(a.size() == b.size());
    const QList<double> ca = inkCoverage(a, fill);
    const QList<double> cb = inkCoverage(b, fill);
    double changed = 0, total = 0;
    for (qsizetype i = 0; i < ca.size(); ++i) {
        changed += std::abs(ca[i] - cb[i]);
        total += std::max(ca[i], cb[i]);
    }
    REQUIRE(total > 20);
    return changed / total;
}

// The most common coloured (non-grey) pixel: the flat fill of a highlight.
QColor fillColour(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - c.blue()) >= 10)
                ++counts[c.rgb()];
        }
    }
    QRgb best = qRgb(255, 255, 255);
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return QColor(best);
}

QImage renderLayout(const QString &text, const QList<QTextLayout::FormatRange> &formats)
{
    QFont font(u"Amiri"_s);
    font.setPointSize(24);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    layout.setTextOption(option);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(400);
    layout.endLayout();
    QImage image(420, int(line.height()) + 10, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    layout.draw(&painter, QPointF(10, 5));
    return image;
}

} // namespace

TEST_CASE("Highlighting a name inside a word never changes the shapes of its letters", "[annotating]")
{
    Fixture f;
    const QString word = u"لسورية"_s;
    const qsizetype at = kText.indexOf(word);
    const QList<QRectF> rects = f.reader->rectsForRange(at, at + word.size());
    REQUIRE(rects.size() == 1);
    const QRect area = rects.first().toAlignedRect().adjusted(-4, -4, 4, 4);

    const QImage plain = f.reader->viewport()->grab(area).toImage();
    Annotation place = f.suggestion(u"سورية"_s, u"LOCATION"_s);
    place.status = AnnotationStatus::Accepted;
    f.document->resetAnnotations({place});
    QCoreApplication::processEvents();
    const QImage highlighted = f.reader->viewport()->grab(area).toImage();
    const QColor fill = fillColour(highlighted);

    CHECK(highlighted != plain);                           // the highlight is visible...
    CHECK(fill.hue() == QColor(u"#56b4e9"_s).hue());       // ...in the label's colour...
    CHECK(inkDifference(highlighted, plain, fill) < 0.03); // ...and the glyphs are the same

    // The check can fail: a character format on the same letters (what QSyntaxHighlighter or
    // mergeCharFormat do) splits the shaping run and tears the lam from the word.
    QTextLayout::FormatRange range;
    range.start = 1;
    range.length = 5;
    range.format.setBackground(fill);
    const double broken = inkDifference(renderLayout(word, {range}), renderLayout(word, {}), fill);
    CHECK(broken > 0.15);
}

TEST_CASE("Select a range with the mouse, apply a label by shortcut, undo and redo", "[annotating]")
{
    Fixture f;
    const QString &text = f.document->article().text();
    const qsizetype syria = text.indexOf(u"سورية"_s);
    f.dragOver(syria, syria + 5);
    REQUIRE(f.reader->selectedText() == u"سورية"); // snapped after the clitic ل

    QTest::keyClick(f.reader, Qt::Key_2); // LOCATION
    REQUIRE(f.document->annotations().size() == 1);
    const Annotation added = f.document->annotations().first();
    CHECK(added.label == u"LOCATION");
    CHECK(added.start == syria);
    CHECK(added.end == syria + 5);
    CHECK(added.status == AnnotationStatus::Accepted);
    CHECK(added.origin == u"user");
    CHECK(f.reader->currentAnnotation() == added.id);

    QTest::keyClick(f.reader, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.document->annotations().isEmpty());
    ActionManager::action(u"edit.redo"_s)->trigger();
    REQUIRE(f.document->annotations().size() == 1);
    CHECK(f.document->annotations().first().start == syria);

    // Without snapping (Alt held), the selection is taken exactly.
    const qsizetype raqqa = text.indexOf(u"بالرقة"_s);
    f.reader->setSelection(raqqa, raqqa + 3);
    CHECK(f.window.annotationActions()->applyLabel(u"MISC"_s));
    CHECK(f.document->annotations().last().end - f.document->annotations().last().start == 3);
}

TEST_CASE("A mixed-direction annotation is highlighted in as many rectangles as the bidi layout needs", "[annotating]")
{
    Fixture f;
    const QString &text = f.document->article().text();
    const qsizetype from = text.indexOf(u"FAO"_s) + 1; // "AO إن"
    const qsizetype to = text.indexOf(u"إن"_s, from) + 2;
    Annotation a;
    a.start = from;
    a.end = to;
    a.label = u"MISC"_s;
    a.status = AnnotationStatus::Accepted;
    f.document->resetAnnotations({a});
    QCoreApplication::processEvents();
    const QList<QRectF> rects = f.reader->rectsForRange(from, to);
    REQUIRE(rects.size() == 2);
    // Both pieces are painted, and the "F" between them is not.
    const QImage image = f.reader->viewport()->grab().toImage();
    auto tinted = [&](const QRectF &r) {
        const QColor c = image.pixelColor(QPoint(int(r.center().x()), int(r.top()) + 4));
        return c != QColor(Qt::white) && c.saturation() > 20;
    };
    CHECK(tinted(rects[0]));
    CHECK(tinted(rects[1]));
    const QList<QRectF> f_rect = f.reader->rectsForRange(from - 1, from);
    REQUIRE(f_rect.size() == 1);
    CHECK_FALSE(tinted(f_rect.first()));
}

TEST_CASE("Suggestions are accepted and rejected from the keyboard, one or per label", "[annotating]")
{
    Fixture f;
    f.document->resetAnnotations({f.suggestion(u"الحكومة"_s, u"ORGANIZATION"_s),
                                  f.suggestion(u"سورية"_s, u"LOCATION"_s), f.suggestion(u"الرقة"_s, u"LOCATION"_s),
                                  f.suggestion(u"2500"_s, u"NUMBER"_s)});
    QCoreApplication::processEvents();
    QTest::keyClick(f.reader, Qt::Key_J); // first annotation
    REQUIRE(f.reader->currentAnnotation() == f.document->annotations().first().id);
    QTest::keyClick(f.reader, Qt::Key_A); // accept, move on
    CHECK(f.document->annotations()[0].status == AnnotationStatus::Accepted);
    CHECK(f.reader->currentAnnotation() == f.document->annotations()[1].id);
    QTest::keyClick(f.reader, Qt::Key_X); // reject سورية
    CHECK(f.document->annotations()[1].status == AnnotationStatus::Rejected);

    f.window.annotationActions()->setStatusForLabel(u"LOCATION"_s, AnnotationStatus::Accepted);
    CHECK(f.document->annotations()[1].status == AnnotationStatus::Rejected); // stays rejected
    CHECK(f.document->annotations()[2].status == AnnotationStatus::Accepted);
    CHECK(f.document->annotations()[3].status == AnnotationStatus::Suggested);
    f.document->undoStack()->undo();
    CHECK(f.document->annotations()[2].status == AnnotationStatus::Suggested);
}

TEST_CASE("Clicking an annotation picks it; its label, note and boundaries change undoably", "[annotating]")
{
    Fixture f;
    f.document->resetAnnotations({f.suggestion(u"لسورية"_s, u"PERSON"_s)});
    QCoreApplication::processEvents();
    const Annotation &a = f.document->annotations().first();
    const QList<QRectF> rects = f.reader->rectsForRange(a.start + 2, a.start + 3);
    REQUIRE_FALSE(rects.isEmpty());
    QTest::mouseClick(f.reader->viewport(), Qt::LeftButton, {}, rects.first().center().toPoint());
    REQUIRE(f.reader->currentAnnotation() == a.id);

    QTest::keyClick(f.reader, Qt::Key_2); // relabel as LOCATION
    CHECK(f.document->annotations().first().label == u"LOCATION");

    // Keyboard: the start one letter later drops the clitic.
    QTest::keyClick(f.reader, Qt::Key_BracketRight, Qt::ControlModifier);
    CHECK(f.document->textOf(f.document->annotations().first()) == u"سورية");

    // The note editor names the mention and is typed into like any text field.
    QString noteLabel;
    Dialogs::setNextDialogAnswer([&](QDialog *dialog) {
        noteLabel = dialog->findChild<QLabel *>(u"noteLabel"_s)->text();
        auto *edit = dialog->findChild<QTextEdit *>(u"noteTextEdit"_s);
        TestInput::typeText(edit, u"الدولة"_s);
        dialog->accept();
    });
    QTest::keyClick(f.reader, Qt::Key_N);
    CHECK(noteLabel == u"Note on “\u2068سورية\u2069”:"); // the mention isolated from the sentence
    CHECK(f.document->annotations().first().note == u"الدولة");

    // Opened again, it shows the note; cancelled, it changes nothing.
    QString shown;
    Dialogs::setNextDialogAnswer([&](QDialog *dialog) {
        auto *edit = dialog->findChild<QTextEdit *>(u"noteTextEdit"_s);
        shown = edit->toPlainText();
        edit->setPlainText(u"غير محفوظ"_s);
        dialog->reject();
    });
    QTest::keyClick(f.reader, Qt::Key_N);
    CHECK(shown == u"الدولة");
    CHECK(f.document->annotations().first().note == u"الدولة");

    f.document->undoStack()->undo();
    f.document->undoStack()->undo();
    CHECK(f.document->textOf(f.document->annotations().first()) == u"لسورية");
    CHECK(f.document->annotations().first().note.isEmpty());

    QTest::keyClick(f.reader, Qt::Key_Delete);
    CHECK(f.document->annotations().isEmpty());
    f.document->undoStack()->undo();
    CHECK(f.document->annotations().size() == 1);
}

TEST_CASE("A tooltip shows label, value, origin, confidence and note, and a date in both calendars", "[annotating]")
{
    Fixture f;
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Annotation date = f.suggestion(u"أمس"_s, u"DATE"_s);
    date.value = u"2024-03-11"_s;
    date.confidence = 0.75;
    date.note = u"تاريخ المقال"_s;
    Annotation amount = f.suggestion(u"2500"_s, u"NUMBER"_s);
    amount.value = 2500;
    f.document->resetAnnotations({date, amount});

    const QString tip = f.reader->toolTipAt(date.start + 1);
    CHECK(tip.contains(u"11 March 2024 · ≈ 1 Ramadan 1445 AH"_s));
    CHECK(tip.contains(u"rules"_s));
    CHECK(tip.contains(u"confidence 75%"_s));
    CHECK(tip.contains(u"تاريخ المقال"_s));
    CHECK(tip.contains(u"suggested"_s));
    CHECK(f.reader->toolTipAt(amount.start).contains(u"Value: 2,500"_s));
    CHECK(f.reader->toolTipAt(amount.start - 2).isEmpty());
    QLocale::setDefault(previous);
}

TEST_CASE("What the user labels in one article is suggested in the other open articles", "[annotating]")
{
    Fixture f;
    // A second article where the engine reads the same group differently.
    const QString otherPath =
        TestFiles::writeText(f.dir, u"other.txt"_s, u"وأكد الوفد أن الرئيس استقبل الوفد في القصر، ثم غادر."_s);
    QSignalSpy suggested(&f.window, &MainWindow::suggestionsReady);
    f.window.openFile(otherPath);
    REQUIRE(suggested.wait(20000));
    AnnotationDocument *other = f.window.currentDocument();
    REQUIRE(other != f.document);
    Annotation guess;
    guess.start = other->article().text().indexOf(u"الوفد");
    guess.end = guess.start + 5;
    guess.label = u"PERSON"_s;
    guess.origin = u"model:ner"_s;
    guess.status = AnnotationStatus::Suggested;
    other->resetAnnotations({guess});

    // Back in the first article, the user labels «الوفد» an organisation with its shortcut.
    f.window.setCurrentRow(0);
    REQUIRE(f.window.currentDocument() == f.document);
    const qsizetype start = kText.indexOf(u"الوفد");
    f.reader->setSelection(start, start + 5);
    QSignalSpy spread(f.window.userLearning(), &UserLearning::spreadFinished);
    QTest::keyClick(f.reader, Qt::Key_3);
    REQUIRE(f.document->annotations().size() == 1);
    // Learnt once the user pauses; both mentions in the other article, the engine's guess gone.
    REQUIRE(spread.wait(10000));
    QStringList now;
    for (const Annotation &annotation : other->annotations())
        now += annotation.label + u':' + other->textOf(annotation) + u':' + annotation.origin;
    CHECK(now == QStringList{u"ORGANIZATION:الوفد:lexicon"_s, u"ORGANIZATION:الوفد:lexicon"_s});
    CHECK(spread.first().first().toInt() == 2);
    // Nothing new learnt: a suggestion the user deleted is not brought back by the next pause.
    REQUIRE(other->removeAnnotation(other->annotations().first().id));
    f.window.userLearning()->spread();
    REQUIRE(spread.size() == 2);
    CHECK(spread.last().first().toInt() == 0);
    CHECK(other->annotations().size() == 1);
    // Not an undo step of either article: undo takes back the user's label only.
    CHECK_FALSE(other->undoStack()->canUndo());
}

TEST_CASE("Closing the window with an annotation picked never reaches into a half-destroyed document", "[annotating]")
{
    QTemporaryDir dir;
    const QString path = TestFiles::writeText(dir, u"article.txt"_s, kText);
    auto *window = new MainWindow;
    window->show();
    QSignalSpy suggested(window, &MainWindow::suggestionsReady);
    window->openFile(path);
    REQUIRE(suggested.wait(20000));
    AnnotationDocument *document = window->currentDocument();
    REQUIRE_FALSE(document->annotations().isEmpty());
    window->readerView()->setCurrentAnnotation(document->annotations().first().id);

    // As the window goes, its documents go before the reader: the reader lets go of the picked annotation,
    // and the actions, told of it, must already see no document (they used to read the dying one: a crash
    // on quit).
    bool closing = false;
    QList<bool> actionsSawDocument;
    AnnotationActions *actions = window->annotationActions();
    const auto record = [&] {
        if (closing)
            actionsSawDocument.append(actions->document() != nullptr);
    };
    QObject::connect(window->readerView(), &ReaderView::currentAnnotationChanged, record);
    QObject::connect(window->readerView(), &ReaderView::selectionChanged, record);
    closing = true;
    delete window;
    CHECK_FALSE(actionsSawDocument.isEmpty());
    CHECK_FALSE(actionsSawDocument.contains(true));
}

TEST_CASE("The article list shows annotation counts", "[annotating]")
{
    Fixture f;
    f.document->resetAnnotations({f.suggestion(u"سورية"_s, u"LOCATION"_s), f.suggestion(u"الرقة"_s, u"LOCATION"_s)});
    const QModelIndex index = f.window.articleModel()->index(f.window.currentRow());
    CHECK(index.data(ArticleListModel::AnnotationCountRole).toInt() == 2);
    CHECK(index.data(Qt::DisplayRole).toString().contains(u"(2)"_s));
}

TEST_CASE("Hiding diacritics and changing digits are display-only: offsets stay those of the original text",
          "[annotating]")
{
    Fixture f;
    const QString vocalised = u"قال مُحَمَّد إنّ ٢٥ شخصاً وصلوا."_s;
    Article article(vocalised, {{BlockRole::Paragraph, 0, vocalised.size()}});
    AnnotationDocument document(std::make_shared<const Article>(article));
    ReaderView &view = *f.reader;
    view.setDocument(&document);
    const qsizetype name = vocalised.indexOf(u"مُحَمَّد"_s);
    const qsizetype nameEnd = name + QStringView(u"مُحَمَّد").size();

    auto selectName = [&] {
        const QList<QRectF> first = view.rectsForRange(name, name + 1);
        const QList<QRectF> last = view.rectsForRange(nameEnd - 1, nameEnd);
        REQUIRE_FALSE(first.isEmpty());
        REQUIRE_FALSE(last.isEmpty());
        const QPoint from(int(first.first().right()) - 1, int(first.first().center().y()));
        const QPoint to(int(last.first().left()) + 1, int(last.first().center().y()));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view.viewport(), to);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        return std::pair{view.selectionStart(), view.selectionEnd()};
    };

    const auto shown = selectName();
    CHECK(shown == std::pair{name, nameEnd});

    DisplayOptions options;
    options.hideDiacritics = true;
    options.digits = DisplayOptions::Digits::Western;
    view.setDisplayOptions(options);
    CHECK(view.displayText(0, vocalised.size()).size() == vocalised.size());
    CHECK_FALSE(view.displayText(0, vocalised.size()).contains(QChar(0x064F))); // no damma drawn
    CHECK(view.displayText(0, vocalised.size()).contains(u"25"_s));
    view.setSelection(0, 0);
    const auto hidden = selectName();
    CHECK(hidden == shown);
    f.window.annotationActions()->setDocument(&document);
    REQUIRE(f.window.annotationActions()->applyLabel(u"PERSON"_s));
    CHECK(document.annotations().first().start == name);
    CHECK(document.annotations().first().end == nameEnd);
    CHECK(document.textOf(document.annotations().first()) == u"مُحَمَّد");
    f.window.annotationActions()->setDocument(f.document);
    view.setDisplayOptions({});
}

TEST_CASE("Label all mentions labels every clitic-aware occurrence as one undoable step", "[annotating]")
{
    Fixture f;
    // kText mentions سورية once as لسورية; a second article mentions it twice more.
    Annotation place = f.suggestion(u"سورية"_s, u"LOCATION"_s);
    place.status = AnnotationStatus::Accepted;
    f.document->resetAnnotations({place});
    f.reader->setCurrentAnnotation(f.document->annotations().first().id);

    const QString other = u"وصل الوفد إلى سورية، ثم غادر وسورية تستعد للمؤتمر."_s;
    auto *second = new AnnotationDocument(
        std::make_shared<const Article>(Article(other, {{BlockRole::Paragraph, 0, other.size()}})));
    f.window.articleModel()->addOrReplace(second); // takes ownership

    CHECK(f.window.annotationPanels()->labelAllMentions(false) == 0); // already labelled here
    CHECK(f.window.annotationPanels()->labelAllMentions(true) == 2);  // both in the other article
    REQUIRE(second->annotations().size() == 2);
    CHECK(second->textOf(second->annotations()[0]) == u"سورية");
    CHECK(second->textOf(second->annotations()[1]) == u"سورية"); // و left out
    CHECK(second->annotations()[1].label == u"LOCATION");
    second->undoStack()->undo();
    CHECK(second->annotations().isEmpty());
}

namespace {

const QString kRepeated = u"قال ولد إن الوفد زار دمشق، ثم عاد ولد إلى دمشق.\n\nولد هنا، وفي دمشق أمطار."_s;

AnnotationStatus statusOf(const AnnotationDocument *document, qint64 id)
{
    return document->annotation(id)->status;
}

} // namespace

TEST_CASE("Rejecting a name offers to reject its other mentions; Shift+X rejects them all, one undo step each",
          "[annotating]")
{
    Fixture f(kRepeated);
    f.document->resetAnnotations({f.suggestion(u"ولد"_s, u"PERSON"_s, 0), f.suggestion(u"دمشق"_s, u"LOCATION"_s, 0),
                                  f.suggestion(u"ولد"_s, u"PERSON"_s, 1), f.suggestion(u"دمشق"_s, u"LOCATION"_s, 1),
                                  f.suggestion(u"ولد"_s, u"PERSON"_s, 2), f.suggestion(u"دمشق"_s, u"LOCATION"_s, 2)});
    QCoreApplication::processEvents();
    QList<qint64> ids;
    for (const Annotation &a : f.document->annotations())
        ids.append(a.id); // in text order: ولد دمشق ولد دمشق ولد دمشق
    QToolButton *offer = f.window.annotationPanels()->rejectOffer();
    REQUIRE(offer);
    CHECK(offer->isHidden());

    QTest::keyClick(f.reader, Qt::Key_J);
    REQUIRE(f.reader->currentAnnotation() == ids[0]);
    QTest::keyClick(f.reader, Qt::Key_X); // «ولد» ("was born") is no person
    CHECK(statusOf(f.document, ids[0]) == AnnotationStatus::Rejected);
    REQUIRE(offer->isVisible());
    CHECK(offer->text().contains(u"2"_s));
    CHECK(offer->text().contains(u"ولد"_s));
    QTest::mouseClick(offer, Qt::LeftButton);
    CHECK(offer->isHidden());
    for (const qsizetype i : {2, 4})
        CHECK(statusOf(f.document, ids[i]) == AnnotationStatus::Rejected);
    for (const qsizetype i : {1, 3, 5})
        CHECK(statusOf(f.document, ids[i]) == AnnotationStatus::Suggested); // other names untouched
    f.document->undoStack()->undo();                                        // the offer taken up is one step
    CHECK(statusOf(f.document, ids[0]) == AnnotationStatus::Rejected);
    CHECK(statusOf(f.document, ids[2]) == AnnotationStatus::Suggested);
    CHECK(statusOf(f.document, ids[4]) == AnnotationStatus::Suggested);

    // Shift+X on a suggestion rejects it with every other mention of its text and label.
    f.reader->setCurrentAnnotation(ids[3]);
    QTest::keyClick(f.reader, Qt::Key_X, Qt::ShiftModifier);
    for (const qsizetype i : {1, 3, 5})
        CHECK(statusOf(f.document, ids[i]) == AnnotationStatus::Rejected);
    CHECK(statusOf(f.document, ids[2]) == AnnotationStatus::Suggested);
    f.document->undoStack()->undo();
    for (const qsizetype i : {1, 3, 5})
        CHECK(statusOf(f.document, ids[i]) == AnnotationStatus::Suggested);

    // A name with no other mention makes no offer.
    f.document->resetAnnotations({f.suggestion(u"الوفد"_s, u"ORGANIZATION"_s)});
    QCoreApplication::processEvents();
    QTest::keyClick(f.reader, Qt::Key_J);
    QTest::keyClick(f.reader, Qt::Key_X);
    CHECK(f.document->annotations().first().status == AnnotationStatus::Rejected);
    CHECK(offer->isHidden());
}

TEST_CASE("The confidence slider hides doubtful suggestions and J/K can visit the least certain first", "[annotating]")
{
    Fixture f(kRepeated);
    Annotation accepted = f.suggestion(u"دمشق"_s, u"LOCATION"_s, 1, 0.1);
    accepted.status = AnnotationStatus::Accepted;
    f.document->resetAnnotations(
        {f.suggestion(u"ولد"_s, u"PERSON"_s, 0, 0.9), f.suggestion(u"دمشق"_s, u"LOCATION"_s, 0, 0.2),
         f.suggestion(u"ولد"_s, u"PERSON"_s, 1, 0.5), accepted, f.suggestion(u"دمشق"_s, u"LOCATION"_s, 2, 0.7)});
    QCoreApplication::processEvents();
    const QList<Annotation> all = f.document->annotations();
    const auto idAt = [&](const QString &text, int nth) {
        const Annotation wanted = f.suggestion(text, u"PERSON"_s, nth);
        for (const Annotation &a : all) {
            if (a.start == wanted.start)
                return a.id;
        }
        return qint64(0);
    };

    // Least certain first: the suggestions from 0.2 up; the accepted name is not visited.
    AnnotationActions *actions = f.window.annotationActions();
    const bool before = actions->leastCertainFirst();
    actions->setLeastCertainFirst(true);
    QList<qint64> visited;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(f.reader, Qt::Key_J);
        visited.append(f.reader->currentAnnotation());
    }
    CHECK(visited == QList<qint64>{idAt(u"دمشق"_s, 0), idAt(u"ولد"_s, 1), idAt(u"دمشق"_s, 2), idAt(u"ولد"_s, 0)});
    // Deciding one goes on to the next least certain.
    f.reader->setCurrentAnnotation(idAt(u"دمشق"_s, 0));
    QTest::keyClick(f.reader, Qt::Key_A);
    CHECK(f.reader->currentAnnotation() == idAt(u"ولد"_s, 1));
    f.document->undoStack()->undo();
    actions->setLeastCertainFirst(false);
    QTest::keyClick(f.reader, Qt::Key_J); // text order again
    CHECK(f.reader->currentAnnotation() != idAt(u"دمشق"_s, 2));
    actions->setLeastCertainFirst(before);

    // The slider in the legend: suggestions under 60 % are not drawn or picked; accepted names always are.
    QSlider *slider = f.window.annotationPanels()->legend()->confidenceSlider();
    REQUIRE(slider);
    slider->setValue(12);
    CHECK(f.reader->confidenceThreshold() == Approx(0.6));
    const auto shownAt = [&](const QString &text, int nth) {
        return !f.reader->annotationsAt(f.suggestion(text, u"PERSON"_s, nth).start + 1).isEmpty();
    };
    CHECK(shownAt(u"ولد"_s, 0));        // 0.9
    CHECK_FALSE(shownAt(u"دمشق"_s, 0)); // 0.2
    CHECK_FALSE(shownAt(u"ولد"_s, 1));  // 0.5
    CHECK(shownAt(u"دمشق"_s, 1));       // accepted, 0.1
    CHECK(shownAt(u"دمشق"_s, 2));       // 0.7
    // What is hidden is not counted in the legend nor listed in the entity panel.
    LegendWidget *legend = f.window.annotationPanels()->legend();
    EntityModel *entities = f.window.annotationPanels()->entityPanel()->model();
    entities->refresh();
    CHECK(legend->findChild<QLabel *>(u"confidenceThresholdLabel"_s)->text().contains(u"60"_s));
    CHECK(legend->count(u"PERSON"_s) == 1);
    CHECK(legend->count(u"LOCATION"_s) == 2);
    REQUIRE(entities->index().group(u"LOCATION"_s));
    CHECK(entities->index().group(u"LOCATION"_s)->mentionCount == 2);
    CHECK(entities->index().group(u"PERSON"_s)->mentionCount == 1);
    slider->setValue(0);
    CHECK(shownAt(u"دمشق"_s, 0));
    entities->refresh();
    CHECK(legend->count(u"PERSON"_s) == 2);
    CHECK(legend->count(u"LOCATION"_s) == 3);
    CHECK(entities->index().group(u"LOCATION"_s)->mentionCount == 3);
}
