// SPDX-License-Identifier: GPL-3.0-or-later
// Text copied from a browser or a document becomes an article through the same importers as a file.
#include "../CatchQt.h"

#include "../TestText.h"

#include "core/text/ClipboardImporter.h"

#include <QMimeData>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QUrl>

using namespace Hamish;
using TestText::blockTexts;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kWhen(QDate(2026, 12, 3), QTime(10, 4, 5, 123), Qt::UTC);

} // namespace

TEST_CASE("A browser's selection comes in as HTML: headings and paragraphs kept, scripts dropped", "[clipboard]")
{
    // What Chromium puts on the clipboard for a selection: a fragment, no <html> or <body>.
    QMimeData data;
    data.setData(u"text/html"_s, uR"(<meta charset='utf-8'><h2 style="color:red">أزمة المياه</h2>
<p dir="rtl">قال الوزير إن السدود <b>امتلأت</b> هذا العام.</p><script>track()</script>
<p>وأضاف أن 2500 طن من القمح وصلت.</p>)"_s.toUtf8());
    data.setText(u"أزمة المياه\nقال الوزير إن السدود امتلأت هذا العام.\nوأضاف أن 2500 طن من القمح وصلت."_s);
    REQUIRE(ClipboardImporter::canImport(data));
    const ImportResult result = ClipboardImporter::importMimeData(data, ClipboardImporter::Origin::Clipboard, kWhen);
    INFO(result.errorMessage.toStdString());
    REQUIRE(result.ok());
    const Article &article = *result.article;
    CHECK(blockTexts(article)
          == QStringList{u"أزمة المياه"_s, u"قال الوزير إن السدود امتلأت هذا العام."_s,
                         u"وأضاف أن 2500 طن من القمح وصلت."_s});
    CHECK(article.blocks().first().role == BlockRole::Heading);
    CHECK_FALSE(article.text().contains(u"track"_s));
    // The source is the clipboard and the time the text came in.
    CHECK(article.sourcePath() == u"clipboard:2026-12-03T10:04:05.123Z");
    CHECK(ClipboardImporter::isClipboardSource(article.sourcePath()));
    CHECK_FALSE(ClipboardImporter::isClipboardSource(u"/home/me/clipboard.txt"_s));
    CHECK(article.encoding() == u"UTF-8");
    CHECK(article.title() == u"أزمة المياه");
}

TEST_CASE("Copied HTML in UTF-16 or a declared legacy charset is decoded like a page", "[clipboard]")
{
    const QString html = u"<meta charset=\"windows-1256\"><p>وصل الوفد إلى دمشق صباح اليوم.</p>"_s;
    QMimeData legacy;
    legacy.setData(u"text/html"_s, QStringEncoder("windows-1256").encode(html));
    const ImportResult fromLegacy = ClipboardImporter::importMimeData(legacy, ClipboardImporter::Origin::Drop, kWhen);
    REQUIRE(fromLegacy.ok());
    CHECK(fromLegacy.article->text() == u"وصل الوفد إلى دمشق صباح اليوم."_s);

    // Some browsers hand HTML over as UTF-16, with a byte order mark or without one.
    QMimeData bare;
    bare.setData(u"text/html"_s, QStringEncoder(QStringConverter::Utf16LE).encode(u"<p>وصل الوفد إلى دمشق.</p>"_s));
    const ImportResult fromBare = ClipboardImporter::importMimeData(bare, ClipboardImporter::Origin::Drop, kWhen);
    REQUIRE(fromBare.ok());
    CHECK(fromBare.article->text() == u"وصل الوفد إلى دمشق."_s);

    QMimeData wide;
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    wide.setData(u"text/html"_s, utf16.encode(u"<p>وصل الوفد إلى دمشق صباح اليوم.</p>"_s));
    const ImportResult fromWide = ClipboardImporter::importMimeData(wide, ClipboardImporter::Origin::Drop, kWhen);
    REQUIRE(fromWide.ok());
    CHECK(fromWide.article->text() == u"وصل الوفد إلى دمشق صباح اليوم."_s);
}

TEST_CASE("Without HTML, or with HTML holding no text, the plain text is read", "[clipboard]")
{
    QMimeData text;
    text.setText(u"عنوان الخبر\r\n\r\nالفقرة الأولى من الخبر."_s);
    const ImportResult plain = ClipboardImporter::importMimeData(text, ClipboardImporter::Origin::Clipboard, kWhen);
    REQUIRE(plain.ok());
    CHECK(blockTexts(*plain.article) == QStringList{u"عنوان الخبر"_s, u"الفقرة الأولى من الخبر."_s});
    CHECK(plain.article->sourcePath() == u"clipboard:2026-12-03T10:04:05.123Z");
    CHECK(plain.article->title() == u"عنوان الخبر");

    // An image copied from a page: its HTML has no text, its text flavour has the caption.
    QMimeData image;
    image.setData(u"text/html"_s, "<img src=\"x.png\" alt=\"\">");
    image.setText(u"صورة من المؤتمر"_s);
    const ImportResult caption = ClipboardImporter::importMimeData(image, ClipboardImporter::Origin::Drop, kWhen);
    REQUIRE(caption.ok());
    CHECK(caption.article->text() == u"صورة من المؤتمر"_s);
}

TEST_CASE("An empty clipboard says so and imports nothing", "[clipboard]")
{
    QMimeData empty;
    CHECK_FALSE(ClipboardImporter::canImport(empty));
    const ImportResult nothing = ClipboardImporter::importMimeData(empty, ClipboardImporter::Origin::Clipboard, kWhen);
    CHECK_FALSE(nothing.ok());
    CHECK(nothing.error == ImportErrorKind::NoText);
    CHECK(nothing.errorMessage.startsWith(u"The clipboard holds no text"_s));

    QMimeData blank;
    blank.setText(u"  \n\t "_s);
    CHECK_FALSE(ClipboardImporter::canImport(blank));
    const ImportResult dropped = ClipboardImporter::importMimeData(blank, ClipboardImporter::Origin::Drop, kWhen);
    CHECK(dropped.error == ImportErrorKind::NoText);
    CHECK(dropped.errorMessage.startsWith(u"What was dropped holds no text"_s));

    // A link dragged from a browser's address bar: nothing is fetched, and the message says why.
    QMimeData link;
    link.setUrls({QUrl(u"https://example.org/news/1"_s)});
    link.setText(u"https://example.org/news/1"_s);
    CHECK_FALSE(ClipboardImporter::canImport(link));
    const ImportResult linked = ClipboardImporter::importMimeData(link, ClipboardImporter::Origin::Drop, kWhen);
    CHECK(linked.error == ImportErrorKind::NoText);
    CHECK(linked.errorMessage.contains(u"never fetches"_s));

    ArticleImporter::Options small;
    small.maxBytes = 64;
    QMimeData large;
    large.setText(QString(100, u'ن'));
    const ImportResult tooLarge =
        ClipboardImporter::importMimeData(large, ClipboardImporter::Origin::Clipboard, kWhen, small);
    CHECK(tooLarge.error == ImportErrorKind::TooLarge);
}
