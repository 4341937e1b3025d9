// SPDX-License-Identifier: GPL-3.0-or-later
// A real full disk, not a simulated one: a 1 MiB tmpfs mounted for the test, filled by editing a project
// on it until the kernel says ENOSPC. Needs the right to mount (root, or CAP_SYS_ADMIN); elsewhere the test
// reports itself skipped with the reason.
#include "../CatchQt.h"

#include "core/model/AddAnnotations.h"
#include "core/model/AnnotationDocument.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// Mounts a small tmpfs on a folder for as long as it lives.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &folder)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=1m") == 0)
            m_mounted = true;
        else
            m_error = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }

private:
    QString m_folder;
    bool m_mounted = false;
    QString m_error;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    REQUIRE(file.flush());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("A full disk refuses the edit and the export that do not fit, says so, and loses nothing",
          "[fault][diskfull]")
{
    QTemporaryDir root;
    const QString folder = root.filePath(u"disk"_s);
    const SmallDisk disk(folder);
    if (!disk.mounted())
        HAMISH_SKIP("cannot mount a 1 MiB tmpfs here (" << disk.error().toStdString()
                                                        << "): mounting needs root or CAP_SYS_ADMIN");
    const QString path = folder + u"/p.hamish"_s;
    const QString ballast = folder + u"/ballast"_s; // freed at the end, as a user frees space
    const QString earlier = folder + u"/earlier.json"_s;
    writeFile(ballast, QByteArray(300 * 1024, 'x'));
    writeFile(earlier, "an earlier export\n");

    QString text;
    for (int i = 0; i < 40; ++i)
        text += u"التقى محمد العلي في دمشق وفد منظمة الصحة العالمية. "_s;
    QHash<qint64, QString> acknowledged; // annotation id -> note
    QString failure;
    {
        Workspace workspace;
        REQUIRE(workspace.create(path));
        REQUIRE(workspace.addArticle(Article(text, {{BlockRole::Paragraph, 0, text.size()}})));
        QList<AnnotationDocument *> documents = workspace.loadDocuments().valueOr({});
        REQUIRE(documents.size() == 1);
        AnnotationDocument &document = *documents.first();
        QObject::connect(&document, &AnnotationDocument::storeFailed,
                         [&](const QString &message) { failure = message; });
        // Edit until the disk is full: every edit is one commit, the log grows by a page or more each time.
        for (int n = 0; n < 5000 && failure.isEmpty(); ++n) {
            Annotation note;
            note.label = u"PERSON"_s;
            note.start = (n * 7) % (text.size() - 20);
            note.end = note.start + 10;
            note.note = u"edit "_s + QString::number(n) + u' ' + QString(200, u'ن');
            note.status = AnnotationStatus::Accepted;
            auto *add = new AddAnnotations(&document, {note}, u"Add"_s);
            document.undoStack()->push(add);
            if (failure.isEmpty())
                acknowledged.insert(add->ids().first(), note.note);
        }
        INFO(acknowledged.size() << " edits before the disk was full");
        REQUIRE_FALSE(failure.isEmpty());
        // What happened and what to do, not the driver's words ("database or disk is full Unable to ...").
        CHECK(failure.contains(u"the disk is full"_s));
        CHECK(failure.contains(u"Free some space"_s));
        CHECK_FALSE(failure.contains(u"Unable to"_s));

        // An export that does not fit fails loudly and leaves the earlier file as it was.
        const Result<int> exported = workspace.exportTo(earlier, u"json"_s);
        REQUIRE_FALSE(exported);
        CHECK_FALSE(exported.errorMessage().contains(u"Unknown error"_s));
        CHECK(exported.errorMessage().contains(u"Nothing was replaced"_s));
        CHECK(readFile(earlier) == "an earlier export\n");
        qDeleteAll(documents);
    }

    // With space again, every acknowledged edit is there, in a project that passes its checks.
    REQUIRE(QFile::remove(ballast));
    Workspace reopened;
    REQUIRE(reopened.open(path));
    CHECK_FALSE(reopened.isReadOnly());
    CHECK(reopened.checkIntegrity());
    const qint64 id = reopened.articles().valueOr({}).value(0).id;
    QHash<qint64, QString> stored;
    for (const Annotation &annotation : reopened.annotations(id).valueOr({})) {
        if (annotation.note.startsWith(u"edit "_s)) // not the engine's suggestions the article came with
            stored.insert(annotation.id, annotation.note);
    }
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        INFO("annotation " << it.key());
        CHECK(stored.value(it.key()) == it.value());
    }
    CHECK(stored.size() == acknowledged.size()); // the refused edit is not there
}
