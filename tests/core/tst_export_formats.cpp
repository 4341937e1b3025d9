// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "core/exchange/Exporter.h"

using namespace Hamish;
using namespace Qt::StringLiterals;

TEST_CASE("Each export format's file extension names the format back; folder formats have none", "[exchange]")
{
    for (const QString &format : Exporter::formats()) {
        INFO(format.toStdString());
        const std::unique_ptr<Exporter> exporter = Exporter::create(format);
        REQUIRE(exporter);
        const QString extension = Exporter::fileExtension(format);
        CHECK(extension.isEmpty() == exporter->writesFolder());
        if (!extension.isEmpty()) {
            CHECK(extension.startsWith(u'.'));
            CHECK(Exporter::formatOfFile(u"/tmp/export"_s + extension) == format);
            CHECK(Exporter::formatOfFile(u"EXPORT"_s + extension.toUpper()) == format);
        }
    }
    CHECK(Exporter::fileExtension(u"webanno"_s) == u".jsonld");
    // A longer extension is not mistaken for its prefix, and a bare name is a folder.
    CHECK(Exporter::formatOfFile(u"a.jsonl"_s) == u"jsonl");
    CHECK(Exporter::formatOfFile(u"a.jsonld"_s) == u"webanno");
    CHECK(Exporter::formatOfFile(u"brat-out"_s).isEmpty());
    CHECK(Exporter::formatOfFile(u"notes.txt"_s).isEmpty());
    CHECK(Exporter::fileExtension(u"xml"_s).isEmpty());
}
