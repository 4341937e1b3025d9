// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: opens a project and edits it forever, printing one line per committed edit, so a test
// can kill it with SIGKILL mid-stream and check that every acknowledged edit survived.
//   hamish_project_writer PROJECT ARTICLE_ID FIRST_NUMBER
// prints "add ID NUMBER" after adding an annotation whose note is "edit NUMBER", and
// "update ID NUMBER" after changing an earlier annotation's note to "updated NUMBER".
#include "core/storage/ProjectStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: hamish_project_writer PROJECT ARTICLE_ID FIRST_NUMBER\n");
        return 2;
    }
    auto opened = Hamish::ProjectStore::open(arguments[1]);
    if (!opened || (*opened)->isReadOnly()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened ? (*opened)->readOnlyReason() : opened.errorMessage()));
        return 1;
    }
    Hamish::ProjectStore &project = **opened;
    const qint64 articleId = arguments[2].toLongLong();
    const Hamish::Result<Hamish::Article> article = project.article(articleId);
    if (!article) {
        std::fprintf(stderr, "%s\n", qPrintable(article.errorMessage()));
        return 1;
    }
    const qsizetype length = article->text().size();
    qint64 previous = 0;
    for (qint64 number = arguments[3].toLongLong();; ++number) {
        Hamish::Annotation annotation;
        annotation.label = number % 2 ? u"PERSON"_s : u"LOCATION"_s;
        annotation.start = number % (length - 4);
        annotation.end = annotation.start + 1 + number % 3;
        annotation.note = u"edit "_s + QString::number(number);
        annotation.origin = u"user"_s;
        const Hamish::Result<qint64> id = project.addAnnotation(articleId, annotation);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.errorMessage()));
            return 1;
        }
        annotation.id = *id;
        std::printf("add %lld %lld\n", annotation.id, number);
        std::fflush(stdout);
        if (number % 4 == 0 && previous != 0) {
            Hamish::Annotation earlier = annotation;
            earlier.id = previous;
            earlier.note = u"updated "_s + QString::number(number);
            if (!project.updateAnnotation(earlier))
                return 1;
            std::printf("update %lld %lld\n", previous, number);
            std::fflush(stdout);
        }
        previous = annotation.id;
    }
}
