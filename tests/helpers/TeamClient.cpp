// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: one annotator's window on a server project, without the window. Opens the project through
// Workspace as annotator "team" (every client shares the layer, so each sees the others' work), makes EDITS
// edits on article 1 through the document and its undo stack (half new annotations on words INDEX,
// INDEX + CLIENTS, ..., half notes on them), taking in others' changes as it goes; prints "edited", waits for
// a line on standard input, takes in what is still arriving until its document holds EXPECTED annotations
// (or 60 s pass), and prints its view: one line "ID START END NOTE" per annotation, then "end".
//   hamish_team_client URL INDEX CLIENTS EDITS EXPECTED
#include "core/model/AnnotationDocument.h"
#include "core/model/ChangeAnnotations.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QUndoStack>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;
using namespace Hamish;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 6)
        return fail(u"usage: hamish_team_client URL INDEX CLIENTS EDITS EXPECTED"_s);
    const int index = arguments[2].toInt();
    const int clients = arguments[3].toInt();
    const int edits = arguments[4].toInt();
    const qsizetype expected = arguments[5].toLongLong();
    Workspace workspace;
    if (const Result<void> opened = workspace.open(arguments[1]); !opened)
        return fail(opened.errorMessage());
    workspace.setAnnotator(u"team"_s);
    const Result<QList<AnnotationDocument *>> documents = workspace.loadDocuments();
    if (!documents || documents->isEmpty())
        return fail(documents ? u"no article"_s : documents.errorMessage());
    AnnotationDocument *document = documents->first();
    // The article is words of four letters and a space: word w is [5w, 5w + 4).
    for (int k = 0; k < edits / 2; ++k) {
        const qsizetype word = qsizetype(k) * clients + index;
        const Result<qint64> id = Annotating::labelSpan(*document, u"PERSON"_s, word * 5, word * 5 + 4);
        if (!id)
            return fail(id.errorMessage());
        document->undoStack()->push(
            ChangeAnnotations::setNote(document, *id, u"client %1 edit %2"_s.arg(index).arg(k)));
        if (workspace.pendingEdits() > 0)
            return fail(u"an edit was not committed: "_s + workspace.connectionError());
        if (k % 10 == 0)
            QCoreApplication::processEvents(); // others' changes arrive while this one works
    }
    std::printf("edited\n");
    std::fflush(stdout);
    std::string line;
    std::getline(std::cin, line);
    QElapsedTimer waited;
    waited.start();
    while (document->annotations().size() < expected && waited.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    QCoreApplication::processEvents(); // anything that came with the last
    for (const Annotation &annotation : document->annotations())
        std::printf("%lld %lld %lld %s\n", static_cast<long long>(annotation.id),
                    static_cast<long long>(annotation.start), static_cast<long long>(annotation.end),
                    annotation.note.toUtf8().constData());
    std::printf("end\n");
    qDeleteAll(*documents);
    return 0;
}
