// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestAnnotations.h"

#include "TypeText.h"
#include "app/Dialogs.h"
#include "app/LabelsDialog.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/EditLabels.h"

#include <QApplication>
#include <QKeySequenceEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"قال أحمد إن دمشق وحلب مدينتان."_s;

struct Fixture
{
    Fixture()
        : document(TestAnnotations::article(kText))
    {
        document.resetAnnotations(
            {at(u"أحمد"_s, u"PERSON"_s), at(u"دمشق"_s, u"LOCATION"_s), at(u"حلب"_s, u"LOCATION"_s)});
        dialog = std::make_unique<LabelsDialog>(document);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        table = dialog->findChild<QTableWidget *>(u"labelsTableWidget"_s);
        REQUIRE(table);
    }
    static Annotation at(const QString &written, const QString &label)
    {
        return TestAnnotations::at(kText, written, label, AnnotationStatus::Suggested);
    }
    int row(const QString &name) const
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == name)
                return r;
        }
        return -1;
    }
    void select(const QString &name)
    {
        const int r = row(name);
        REQUIRE(r >= 0);
        table->setFocus();
        table->setCurrentCell(r, 0);
    }
    // Renames the selected label in place, from the keyboard: F2, the new name, Enter.
    void typeName(const QString &name)
    {
        QLineEdit *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(editor);
        editor->selectAll();
        TestInput::typeText(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits the edit from the event loop.
        QCoreApplication::processEvents();
    }
    void click(const QString &button) { QTest::mouseClick(dialog->findChild<QPushButton *>(button), Qt::LeftButton); }
    QStringList annotationLabels() const { return TestAnnotations::labelsOf(document); }

    AnnotationDocument document;
    std::unique_ptr<LabelsDialog> dialog;
    QTableWidget *table = nullptr;
};

} // namespace

TEST_CASE("Renaming a label in the dialog renames its annotations, as one undoable step", "[labelsdialog]")
{
    Fixture f;
    f.select(u"LOCATION"_s);
    QTest::keyClick(f.table, Qt::Key_F2);
    f.typeName(u"مكان"_s);
    CHECK(f.row(u"مكان"_s) == 1);
    CHECK(f.dialog->renames() == QHash<QString, QString>{{u"LOCATION"_s, u"مكان"_s}});

    EditLabels *command = f.dialog->createCommand(&f.document);
    REQUIRE(command);
    f.document.undoStack()->push(command);
    CHECK(f.annotationLabels() == QStringList{u"PERSON"_s, u"مكان"_s, u"مكان"_s});
    CHECK(f.document.labels().at(1).name == u"مكان");
    CHECK(f.document.annotations().at(1).status == AnnotationStatus::Suggested);
    f.document.undoStack()->undo();
    CHECK(f.annotationLabels() == QStringList{u"PERSON"_s, u"LOCATION"_s, u"LOCATION"_s});
}

TEST_CASE("The labels dialog refuses an empty or duplicate name", "[labelsdialog]")
{
    Fixture f;
    f.select(u"PERSON"_s);
    QTest::mouseClick(f.dialog->findChild<QPushButton *>(u"renameLabelPushButton"_s), Qt::LeftButton);
    f.typeName(u"location"_s);
    CHECK(Dialogs::lastMessage().contains(u"already"_s));
    CHECK(f.row(u"PERSON"_s) == 0);
    CHECK(f.dialog->renames().isEmpty());
    CHECK(f.dialog->createCommand(&f.document) == nullptr); // nothing changed
}

TEST_CASE("Adding, recolouring and giving a shortcut to a label", "[labelsdialog]")
{
    Fixture f;
    f.click(u"addLabelPushButton"_s);
    f.typeName(u"EVENT"_s);
    const int row = f.row(u"EVENT"_s);
    REQUIRE(row == f.table->rowCount() - 1);
    const QList<Label> added = f.dialog->labels();
    CHECK(added.last().name == u"EVENT");
    CHECK(QColor(added.last().colour).isValid());
    // A new label gets a colour no other label has.
    for (qsizetype i = 0; i + 1 < added.size(); ++i)
        CHECK(added.at(i).colour != added.last().colour);

    Dialogs::setNextColour(QColor(u"#123456"_s));
    f.click(u"colourLabelPushButton"_s);
    CHECK(f.dialog->labels().last().colour == u"#123456");

    // "1" belongs to PERSON: refusing the move keeps it there, accepting moves it.
    auto *edit = f.dialog->findChild<QKeySequenceEdit *>(u"labelShortcutKeySequenceEdit"_s);
    edit->setFocus();
    Dialogs::setNextAnswer(QMessageBox::No);
    QSignalSpy finished(edit, &QKeySequenceEdit::editingFinished);
    QTest::keyClick(edit, Qt::Key_1);
    REQUIRE(finished.wait(5000));
    CHECK(f.dialog->labels().last().shortcut.isEmpty());
    CHECK(f.dialog->labels().first().shortcut == u"1");
    CHECK(f.dialog->setCurrentShortcut(QKeySequence(u"0"_s)));
    CHECK(f.dialog->labels().last().shortcut == u"0");

    f.document.undoStack()->push(f.dialog->createCommand(&f.document));
    REQUIRE(f.document.label(u"EVENT"_s));
    CHECK(f.document.label(u"EVENT"_s)->colour == u"#123456");
    CHECK(f.document.label(u"EVENT"_s)->shortcut == u"0");
}

TEST_CASE("Deleting a label in use asks first; the annotations go with it until undone", "[labelsdialog]")
{
    Fixture f;
    f.select(u"LOCATION"_s);
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    f.click(u"deleteLabelPushButton"_s);
    CHECK(Dialogs::lastMessage().contains(u"2 annotation"_s));
    CHECK(f.row(u"LOCATION"_s) >= 0);

    Dialogs::setNextAnswer(QMessageBox::Yes);
    f.click(u"deleteLabelPushButton"_s);
    CHECK(f.row(u"LOCATION"_s) < 0);
    // An unused label goes without a question.
    const QString lastQuestion = Dialogs::lastMessage();
    f.select(u"TIME"_s);
    f.click(u"deleteLabelPushButton"_s);
    CHECK(f.row(u"TIME"_s) < 0);
    CHECK(Dialogs::lastMessage() == lastQuestion);

    f.document.undoStack()->push(f.dialog->createCommand(&f.document));
    CHECK(f.annotationLabels() == QStringList{u"PERSON"_s});
    CHECK(!f.document.label(u"LOCATION"_s));
    f.document.undoStack()->undo();
    CHECK(f.annotationLabels() == QStringList{u"PERSON"_s, u"LOCATION"_s, u"LOCATION"_s});
}
