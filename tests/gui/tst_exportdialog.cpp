// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "../TestFiles.h"
#include "../TestText.h"
#include "app/ActionManager.h"
#include "app/ArticleListModel.h"
#include "app/Dialogs.h"
#include "app/ExportDialog.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "core/model/AnnotationDocument.h"
#include "core/storage/ProjectStore.h"
#include "core/workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// A project of two articles: the emoji news (3 accepted, 2 suggested, 1 rejected annotation) and a line
// whose three names are suggestions.
struct TwoArticles
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"two.hamish"_s);
    qint64 first = 0;
    qint64 second = 0;

    TwoArticles()
    {
        const auto created = ProjectFixtures::createProject(path);
        first = ProjectFixtures::must(
            created->addArticle(ProjectFixtures::emojiArticle(), ProjectFixtures::emojiAnnotations()));
        const QString text = TestText::mixedLine();
        Article article(text, {{BlockRole::Paragraph, 0, text.size()}});
        article.setTitle(u"ميناء اللاذقية"_s);
        using ProjectFixtures::span;
        second = ProjectFixtures::must(
            created->addArticle(article, {span(text, u"FAO"_s, u"ORGANIZATION"_s, AnnotationStatus::Suggested),
                                          span(text, u"2500"_s, u"NUMBER"_s, AnnotationStatus::Suggested),
                                          span(text, u"اللاذقية"_s, u"LOCATION"_s, AnnotationStatus::Suggested)}));
        REQUIRE(first != 0);
        REQUIRE(second != 0);
    }
};

// Gives the annotation of `document` on `needle` a new status, as accepting or rejecting it in the window does.
void setStatus(AnnotationDocument *document, const QString &needle, AnnotationStatus status)
{
    const qsizetype start = document->article().text().indexOf(needle);
    for (Annotation annotation : document->annotations()) {
        if (annotation.start == start && annotation.end == start + needle.size()) {
            annotation.status = status;
            REQUIRE(document->replaceAnnotation(annotation));
            return;
        }
    }
    FAIL("no annotation on " << needle.toStdString());
}

QByteArray readAll(const QString &path)
{
    return ProjectFixtures::fileBytes(path);
}

// "label:text" for each annotation of a Hamish JSON document.
QStringList jsonAnnotations(const QJsonObject &document)
{
    QStringList list;
    for (const QJsonValue &value : document.value(u"annotations"_s).toArray()) {
        const QJsonObject annotation = value.toObject();
        list.append(annotation.value(u"label"_s).toString() + u':' + annotation.value(u"text"_s).toString());
    }
    list.sort();
    return list;
}

} // namespace

TEST_CASE("File > Export writes the annotations and articles chosen in the export dialog", "[export][gui]")
{
    Settings::instance().setExportChoices({});
    TwoArticles fixture;
    MainWindow window;
    window.show();
    const bool opened = window.openProject(fixture.path);
    INFO(Dialogs::lastMessage().toStdString());
    REQUIRE(opened);
    REQUIRE(window.articleModel()->rowCount() == 2);
    AnnotationDocument *second = window.workspace()->document(fixture.second);
    REQUIRE(second);
    // In the window: accept FAO, reject 2500; Latakia stays a suggestion.
    setStatus(second, u"FAO"_s, AnnotationStatus::Accepted);
    setStatus(second, u"2500"_s, AnnotationStatus::Rejected);
    window.setCurrentRow(int(window.articleModel()->documents().indexOf(second)));
    REQUIRE(window.currentDocument() == second);

    SECTION("Accepted only, the current article, Hamish JSON, through the dialog")
    {
        const QString out = fixture.dir.filePath(u"current.json"_s);
        bool answered = false;
        Dialogs::setNextDialogAnswer([&](QDialog *dialog) {
            auto *exportDialog = qobject_cast<ExportDialog *>(dialog);
            if (!exportDialog)
                return;
            answered = true;
            // The current article is offered by its title.
            auto *current = exportDialog->findChild<QRadioButton *>(u"currentArticleRadioButton"_s);
            CHECK(current->isEnabled());
            CHECK(current->text().contains(u"ميناء اللاذقية"_s));
            exportDialog->setFormat(u"json"_s);
            exportDialog->findChild<QRadioButton *>(u"acceptedOnlyRadioButton"_s)->setChecked(true);
            current->setChecked(true);
            exportDialog->setPath(out);
            exportDialog->accept();
        });
        ActionManager::action(u"project.export"_s)->trigger();
        CHECK(answered);
        const QJsonDocument json = QJsonDocument::fromJson(readAll(out));
        REQUIRE(json.isObject());
        const QJsonArray documents = json.object().value(u"documents"_s).toArray();
        REQUIRE(documents.size() == 1);
        CHECK(documents[0].toObject().value(u"id"_s).toInteger() == fixture.second);
        CHECK(jsonAnnotations(documents[0].toObject()) == QStringList{u"ORGANIZATION:FAO"_s});
        CHECK(window.statusBar()->currentMessage().contains(u"Exported 1 article"_s));
        // The choices are remembered for the next export.
        const Settings::ExportChoices choices = Settings::instance().exportChoices();
        CHECK(choices.format == u"json");
        CHECK(choices.statuses == ExportOptions::Statuses::AcceptedOnly);
        CHECK(choices.currentArticleOnly);
        CHECK(choices.directory == fixture.dir.path());
        ExportDialog again(fixture.second, u"ميناء اللاذقية"_s, QString());
        CHECK(again.options().statuses == ExportOptions::Statuses::AcceptedOnly);
        CHECK(again.options().articleId == fixture.second);
    }

    SECTION("Accepted and suggested, all articles, doccano JSON Lines")
    {
        ExportDialog dialog(fixture.second, second->article().title(), fixture.dir.path());
        dialog.setFormat(u"jsonl"_s);
        dialog.setStatuses(ExportOptions::Statuses::AcceptedAndSuggested);
        dialog.setCurrentArticleOnly(false);
        dialog.setPath(fixture.dir.filePath(u"all"_s));
        CHECK(dialog.path() == fixture.dir.filePath(u"all"_s)); // no extension is added to a typed name
        dialog.setFormat(u"conll"_s);
        dialog.setFormat(u"jsonl"_s);
        const QString out = fixture.dir.filePath(u"all.jsonl"_s);
        CHECK(dialog.path() == out);
        CHECK(dialog.options().articleId == 0);
        REQUIRE(window.exportProject(dialog.path(), dialog.format(), dialog.options()));
        CHECK(window.statusBar()->currentMessage().contains(u"Exported 2 article"_s));

        const QList<QByteArray> lines = readAll(out).trimmed().split('\n');
        REQUIRE(lines.size() == 2);
        QHash<qint64, QStringList> labels;
        for (const QByteArray &line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            const QString text = object.value(u"text"_s).toString();
            const QList<uint> codePoints = text.toUcs4();
            QStringList spans;
            for (const QJsonValue &value : object.value(u"label"_s).toArray()) {
                const QJsonArray span = value.toArray();
                const QList<uint> piece = codePoints.mid(span[0].toInt(), span[1].toInt() - span[0].toInt());
                spans.append(span[2].toString() + u':'
                             + QString::fromUcs4(reinterpret_cast<const char32_t *>(piece.data()), piece.size()));
            }
            spans.sort();
            labels.insert(object.value(u"id"_s).toInteger(), spans);
        }
        // The rejected Latakia of the first article and the rejected 2500 of the second are left out.
        CHECK(labels.value(fixture.first)
              == QStringList{u"LOCATION:دمشق"_s, u"NUMBER:2500"_s, u"ORGANIZATION:منظمة الصحة العالمية"_s,
                             u"PERSON:محمد العلي"_s, u"QUANTITY:2500 طن"_s});
        CHECK(labels.value(fixture.second) == QStringList{u"LOCATION:اللاذقية"_s, u"ORGANIZATION:FAO"_s});
    }

    SECTION("All, rejected included, in a brat folder chosen with the folder chooser")
    {
        const QString folder = fixture.dir.filePath(u"brat"_s);
        REQUIRE(QDir().mkpath(folder));
        Dialogs::setNextDialogAnswer([&](QDialog *dialog) {
            auto *exportDialog = qobject_cast<ExportDialog *>(dialog);
            if (!exportDialog)
                return;
            exportDialog->setFormat(u"brat"_s);
            exportDialog->setStatuses(ExportOptions::Statuses::All);
            exportDialog->setCurrentArticleOnly(true);
            Dialogs::setNextFileNames({folder});
            exportDialog->browse();
            CHECK(exportDialog->path() == folder);
            exportDialog->accept();
        });
        ActionManager::action(u"project.export"_s)->trigger();
        const QString ann = QString::fromUtf8(readAll(QDir(folder).filePath(u"article-%1.ann"_s.arg(fixture.second))));
        INFO(QDir(folder).entryList().join(u' ').toStdString());
        CHECK(ann.contains(u"ORGANIZATION"_s));
        CHECK(ann.contains(u"NUMBER"_s)); // rejected, and included
        CHECK(ann.contains(u"LOCATION"_s));
        CHECK_FALSE(QFile::exists(QDir(folder).filePath(u"article-%1.ann"_s.arg(fixture.first))));
    }

    SECTION("Cancelling the dialog exports nothing; a failed export says why")
    {
        Dialogs::setNextDialogAnswer([](QDialog *dialog) { dialog->reject(); });
        ActionManager::action(u"project.export"_s)->trigger();
        CHECK(QDir(fixture.dir.path()).entryList(QDir::Files).filter(u"json"_s).isEmpty());

        const QString blocked = fixture.dir.filePath(u"no/such/folder/out.json"_s);
        CHECK_FALSE(window.exportProject(blocked, u"json"_s, ExportOptions()));
        CHECK(Dialogs::lastMessage().contains(u"Cannot write"_s));
    }
}

TEST_CASE("The export dialog: formats, extensions, options and the destination", "[export][gui]")
{
    Settings::instance().setExportChoices({}); // forget earlier exports in this process
    QTemporaryDir dir;
    ExportDialog dialog(42, u"وفد في دمشق"_s, dir.path());
    auto *exportButton = dialog.findChild<QPushButton *>(u"exportButton"_s);
    auto *path = dialog.findChild<QLineEdit *>(u"exportPathLineEdit"_s);
    REQUIRE(exportButton);
    REQUIRE(path);

    // Defaults: Hamish JSON, accepted and suggested annotations, every article, no destination yet.
    CHECK(dialog.format() == u"json");
    CHECK(dialog.options().statuses == ExportOptions::Statuses::AcceptedAndSuggested);
    CHECK(dialog.options().articleId == 0);
    CHECK(dialog.path().isEmpty());
    CHECK_FALSE(exportButton->isEnabled());
    dialog.accept(); // Enter without a destination does nothing
    CHECK(dialog.result() == QDialog::Rejected);

    // The formats are the exporters'.
    auto *formats = dialog.findChild<QComboBox *>(u"exportFormatComboBox"_s);
    REQUIRE(formats);
    QStringList ids;
    for (int i = 0; i < formats->count(); ++i)
        ids.append(formats->itemData(i).toString());
    CHECK(ids == QStringList{u"json"_s, u"jsonl"_s, u"conll"_s, u"brat"_s, u"webanno"_s});

    // A destination enables Export; clearing it disables it again.
    path->setText(dir.filePath(u"out.json"_s));
    CHECK(exportButton->isEnabled());
    path->clear();
    CHECK_FALSE(exportButton->isEnabled());
    path->setText(u"   "_s);
    CHECK_FALSE(exportButton->isEnabled());

    // A typed name of an existing file asks before replacing it.
    const QString existing = TestFiles::write(dir, u"existing.json"_s, QByteArray("{}"));
    path->setText(existing);
    Dialogs::setNextAnswer(QMessageBox::No);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(Dialogs::lastMessage().contains(u"existing.json already exists"_s));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    dialog.setResult(QDialog::Rejected);

    // A bare name is put in the starting directory.
    path->setText(u"bare.json"_s);
    CHECK(dialog.path() == QDir(dir.path()).absoluteFilePath(u"bare.json"_s));

    // Changing the format changes the extension (none for brat's folder).
    dialog.setPath(dir.filePath(u"news.json"_s));
    formats->setCurrentIndex(formats->findData(u"conll"_s));
    CHECK(dialog.path() == dir.filePath(u"news.conll"_s));
    dialog.setFormat(u"webanno"_s);
    CHECK(dialog.path() == dir.filePath(u"news.jsonld"_s));
    dialog.setFormat(u"brat"_s);
    CHECK(dialog.writesFolder());
    CHECK(dialog.path() == dir.filePath(u"news"_s));
    dialog.setFormat(u"jsonl"_s);
    CHECK(dialog.path() == dir.filePath(u"news.jsonl"_s));
    CHECK_FALSE(dialog.writesFolder());
    // An extension of no export format is kept.
    CHECK(ExportDialog::withExtension(u"/tmp/a.b"_s, u"json"_s) == u"/tmp/a.b.json");
    CHECK(ExportDialog::withExtension(u"/tmp/folder/"_s, u"conll"_s) == u"/tmp/folder.conll");

    // options() follows the radio buttons.
    dialog.findChild<QRadioButton *>(u"acceptedOnlyRadioButton"_s)->click();
    CHECK(dialog.options().statuses == ExportOptions::Statuses::AcceptedOnly);
    dialog.findChild<QRadioButton *>(u"allStatusesRadioButton"_s)->click();
    CHECK(dialog.options().statuses == ExportOptions::Statuses::All);
    dialog.findChild<QRadioButton *>(u"acceptedAndSuggestedRadioButton"_s)->click();
    CHECK(dialog.options().statuses == ExportOptions::Statuses::AcceptedAndSuggested);
    dialog.findChild<QRadioButton *>(u"currentArticleRadioButton"_s)->click();
    CHECK(dialog.options().articleId == 42);
    dialog.findChild<QRadioButton *>(u"allArticlesRadioButton"_s)->click();
    CHECK(dialog.options().articleId == 0);

    // Browse asks for a file and gives it the format's extension.
    Dialogs::setNextFileNames({dir.filePath(u"chosen"_s)});
    dialog.browse();
    CHECK(dialog.path() == dir.filePath(u"chosen.jsonl"_s));
    // Cancelling the chooser keeps the destination.
    dialog.browse();
    CHECK(dialog.path() == dir.filePath(u"chosen.jsonl"_s));

    // Without a current article only "all articles" can be chosen.
    ExportDialog noArticle(0, QString(), dir.path());
    auto *current = noArticle.findChild<QRadioButton *>(u"currentArticleRadioButton"_s);
    CHECK_FALSE(current->isEnabled());
    noArticle.setCurrentArticleOnly(true);
    CHECK(noArticle.options().articleId == 0);

    // The fields are announced: labels are buddies of the fields they name, the rest have names.
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            CHECK(label->buddy() != nullptr);
    }
    CHECK_FALSE(formats->accessibleName().isEmpty());
    CHECK_FALSE(path->accessibleName().isEmpty());
}
