// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestFiles.h"
#include "../TestText.h"
#include "core/text/ArticleImporter.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

QString articleText()
{
    return TestText::headline() + u"\n\n"_s + TestText::arabicParagraph() + u"\n\n"_s + TestText::arabicParagraph();
}

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

TEST_CASE("The same article in every supported encoding imports to the same blocks", "[import]")
{
    QTemporaryDir dir;
    const QString text = articleText();
    QString crlf = text;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    const QList<QPair<QString, QByteArray>> files = {
        {u"utf8.txt"_s, text.toUtf8()},
        {u"utf8-bom-crlf.txt"_s, "\xEF\xBB\xBF" + crlf.toUtf8()},
        {u"utf16le.txt"_s, "\xFF\xFE" + encode(crlf, "UTF-16LE")},
        {u"utf16be.txt"_s, "\xFE\xFF" + encode(text, "UTF-16BE")},
        {u"cp1256.txt"_s, encode(crlf, "windows-1256")},
        {u"iso.txt"_s, encode(text, "ISO-8859-6")},
    };
    const QStringList expectedEncodings = {u"UTF-8"_s,    u"UTF-8"_s,        u"UTF-16LE"_s,
                                           u"UTF-16BE"_s, u"windows-1256"_s, u"ISO-8859-6"_s};
    for (qsizetype i = 0; i < files.size(); ++i) {
        INFO(files[i].first.toStdString());
        const ImportResult result = ArticleImporter::importFile(TestFiles::write(dir, files[i].first, files[i].second));
        REQUIRE(result.ok());
        CHECK(result.warnings.isEmpty());
        CHECK(result.article->encoding() == expectedEncodings[i]);
        CHECK(result.article->text() == text);
        REQUIRE(result.article->blocks().size() == 3);
        CHECK(result.article->blockText(1) == TestText::arabicParagraph());
        CHECK(result.article->title() == TestText::headline());
        CHECK(result.article->sourcePath() == QFileInfo(dir.filePath(files[i].first)).absoluteFilePath());
        CHECK(result.article->sha256().size() == 64);
    }
}

TEST_CASE("A forced encoding overrides detection", "[import]")
{
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir, u"a.txt"_s, encode(articleText(), "windows-1256"));
    ArticleImporter::Options options;
    options.encoding = u"ISO-8859-6"_s;
    const ImportResult forced = ArticleImporter::importFile(path, options);
    REQUIRE(forced.ok());
    CHECK(forced.article->encoding() == u"ISO-8859-6");
    CHECK(forced.article->text() != articleText());
}

TEST_CASE("Bad files give a message naming the file and what is wrong", "[import]")
{
    QTemporaryDir dir;

    SECTION("empty")
    {
        const QString path = TestFiles::write(dir, u"empty.txt"_s, QByteArray());
        const ImportResult result = ArticleImporter::importFile(path);
        CHECK(result.error == ImportErrorKind::Empty);
        CHECK(result.errorMessage.contains(path));
        CHECK(result.errorMessage.contains(u"empty"_s));
    }
    SECTION("only white space")
    {
        const ImportResult result = ArticleImporter::importFile(TestFiles::write(dir, u"blank.txt"_s, " \n\r\n\t "));
        CHECK(result.error == ImportErrorKind::Empty);
    }
    SECTION("binary")
    {
        const QString path =
            TestFiles::write(dir, u"photo.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20));
        const ImportResult result = ArticleImporter::importFile(path);
        CHECK(result.error == ImportErrorKind::Binary);
        CHECK(result.errorMessage.contains(u"binary"_s));
    }
    SECTION("over the size limit")
    {
        const QString path = TestFiles::write(dir, u"big.txt"_s, articleText().toUtf8());
        ArticleImporter::Options options;
        options.maxBytes = 100;
        const ImportResult result = ArticleImporter::importFile(path, options);
        CHECK(result.error == ImportErrorKind::TooLarge);
        CHECK(result.errorMessage.contains(u"100 bytes"_s));
    }
    SECTION("vanished")
    {
        const QString path = dir.filePath(u"gone.txt"_s);
        const ImportResult result = ArticleImporter::importFile(path);
        CHECK(result.error == ImportErrorKind::NotFound);
        CHECK(result.errorMessage.contains(path));
        CHECK(result.errorMessage.contains(u"does not exist"_s));
    }
    SECTION("a folder")
    {
        const ImportResult result = ArticleImporter::importFile(dir.path());
        CHECK(result.error == ImportErrorKind::Unreadable);
    }
    SECTION("an unknown forced encoding")
    {
        ArticleImporter::Options options;
        options.encoding = u"klingon-8"_s;
        const ImportResult result =
            ArticleImporter::importFile(TestFiles::write(dir, u"a.txt"_s, articleText().toUtf8()), options);
        CHECK(result.error == ImportErrorKind::UnknownEncoding);
        CHECK(result.errorMessage.contains(u"klingon-8"_s));
    }
}

TEST_CASE("Undecodable bytes are replaced and counted in a warning", "[import]")
{
    QTemporaryDir dir;
    QByteArray bytes = articleText().toUtf8();
    bytes.insert(bytes.indexOf('\n') + 1, "\xFF\xFE\xFD");
    const ImportResult result = ArticleImporter::importFile(TestFiles::write(dir, u"broken.txt"_s, bytes));
    REQUIRE(result.ok());
    CHECK(result.article->encoding() == u"UTF-8");
    CHECK(result.replacedCharacters == 3);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings.first().contains(u"3 byte sequence"_s));
    CHECK(result.warnings.first().contains(u"Reopen with Encoding"_s));
}

TEST_CASE("Standard input bytes import without a file", "[import]")
{
    const ImportResult result = ArticleImporter::importBytes(articleText().toUtf8(), {}, {});
    REQUIRE(result.ok());
    CHECK(result.article->text() == articleText());
}

TEST_CASE("A UTF-16 file with a lone surrogate imports with U+FFFD in its place and a warning", "[import]")
{
    QTemporaryDir dir;
    QByteArray bytes = "\xFF\xFE" + encode(articleText(), "UTF-16LE");
    bytes.insert(2 + 2 * 5, QByteArray("\x3D\xD8", 2)); // half an emoji after the fifth letter
    const ImportResult result = ArticleImporter::importFile(TestFiles::write(dir, u"broken16.txt"_s, bytes));
    REQUIRE(result.ok());
    CHECK(result.article->text() == articleText().left(5) + QChar::ReplacementCharacter + articleText().mid(5));
    CHECK(result.replacedCharacters == 1);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings.first().contains(u"1 byte sequence"_s));
}
