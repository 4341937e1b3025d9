// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop launcher (packaging/hamish.desktop) against what Hamish opens.
#include "../CatchQt.h"

#include "core/formats/DocumentImporter.h"

#include <QFile>
#include <QMimeDatabase>
#include <QRegularExpression>

using namespace Hamish;
using namespace Qt::StringLiterals;

TEST_CASE("The launcher offers Hamish for every document type it imports", "[packaging]")
{
    QFile desktop(QStringLiteral(HAMISH_PACKAGING_DIR) + u"/hamish.desktop"_s);
    REQUIRE(desktop.open(QIODevice::ReadOnly));
    const QRegularExpressionMatch line = QRegularExpression(u"^MimeType=(.*)$"_s, QRegularExpression::MultilineOption)
                                             .match(QString::fromUtf8(desktop.readAll()));
    REQUIRE(line.hasMatch());
    const QStringList offered = line.captured(1).split(u';', Qt::SkipEmptyParts);
    CHECK(offered.contains(u"application/x-hamish-project"_s));
    // A file manager offers Hamish for a file when its type (as shared-mime-info names it from the file's
    // extension) is listed: each pattern the importers accept must be. An extension the system has no
    // type for (.text) cannot be listed.
    const QMimeDatabase database;
    int types = 0;
    for (const QString &pattern : DocumentImporter::filePatterns().split(u' ', Qt::SkipEmptyParts)) {
        const QMimeType type = database.mimeTypeForFile(u"article"_s + pattern.mid(1), QMimeDatabase::MatchExtension);
        if (type.isDefault())
            continue;
        ++types;
        INFO(pattern.toStdString() << " is " << type.name().toStdString());
        CHECK(offered.contains(type.name()));
    }
    CHECK(types >= 10); // txt, html, xhtml, pdf, png, jpeg, tiff, docx, odt, epub
}
