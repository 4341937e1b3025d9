#include "../CatchQt.h"

#include "../TestText.h"
#include "CommandLine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

struct Output
{
    int status = 0;
    QString out;
    QString err;
};

Output runCli(const QStringList &arguments)
{
    Output output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    Cli::Io io{out, err, nullptr};
    output.status = Cli::run(arguments, io);
    return output;
}

} // namespace

TEST_CASE("hamish text prints the article's plain text", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.txt"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write((TestText::headline() + u"\r\n\r\n"_s + TestText::arabicParagraph()).toUtf8());
    file.close();

    const Output plain = runCli({u"text"_s, path});
    CHECK(plain.status == 0);
    CHECK(plain.out == TestText::headline() + u"\n\n"_s + TestText::arabicParagraph() + u"\n"_s);

    const Output json = runCli({u"text"_s, u"--json"_s, path});
    REQUIRE(json.status == 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object.value(u"title"_s).toString() == TestText::headline());
    CHECK(object.value(u"encoding"_s).toString() == u"UTF-8");
    CHECK(object.value(u"sha256"_s).toString().size() == 64);
    const QJsonArray blocks = object.value(u"blocks"_s).toArray();
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].toObject().value(u"role"_s).toString() == u"title");
    CHECK(blocks[1].toObject().value(u"text"_s).toString() == TestText::arabicParagraph());
    CHECK(object.value(u"text"_s).toString() == TestText::headline() + u"\n\n"_s + TestText::arabicParagraph());
}

TEST_CASE("hamish text reports bad input on stderr with a non-zero status", "[cli]")
{
    const Output missing = runCli({u"text"_s, u"/nonexistent/article.txt"_s});
    CHECK(missing.status != 0);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains(u"does not exist"_s));

    const Output usage = runCli({u"text"_s});
    CHECK(usage.status == 2);
    CHECK(usage.err.contains(u"Usage"_s));
}
