// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "core/text/SelectionSnapper.h"

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {
QString snapped(const QString &text, qsizetype start, qsizetype end)
{
    const auto [a, b] = SelectionSnapper::snap(text, start, end);
    return text.mid(a, b - a);
}
} // namespace

TEST_CASE("Rough selections snap to whole words", "[snap]")
{
    const QString text = u"اخترقت قوات سورية الديمقراطية سور المدينة."_s;
    const qsizetype quwwat = text.indexOf(u"قوات"_s);
    CHECK(snapped(text, quwwat + 1, quwwat + 3) == u"قوات");
    // From the middle of one word to the middle of another, with the final period left out.
    CHECK(snapped(text, quwwat + 2, text.indexOf(u"الديمقراطية"_s) + 3) == u"قوات سورية الديمقراطية");
    CHECK(snapped(text, text.indexOf(u"المدينة"_s) + 2, text.size()) == u"المدينة");
    CHECK(snapped(text, 6, 7).isEmpty()); // only a space
}

TEST_CASE("A selection that starts after a proclitic keeps the clitic out", "[snap]")
{
    const QString text = u"حدود لسورية مع تركيا داخل بالرقة وللمدينة"_s;
    const qsizetype li = text.indexOf(u"لسورية"_s);
    // Exactly after ل, or one letter into سورية: the place is سورية.
    CHECK(snapped(text, li + 1, li + 6) == u"سورية");
    CHECK(snapped(text, li + 2, li + 4) == u"سورية");
    // Starting on the ل itself takes the whole word.
    CHECK(snapped(text, li, li + 3) == u"لسورية");

    const qsizetype bi = text.indexOf(u"بالرقة"_s);
    CHECK(snapped(text, bi + 1, bi + 6) == u"الرقة");
    CHECK(snapped(text, bi + 3, bi + 5) == u"الرقة"); // the article belongs to the name
    const qsizetype wa = text.indexOf(u"وللمدينة"_s);
    CHECK(snapped(text, wa + 2, wa + 8) == u"للمدينة");
}

TEST_CASE("Clitic boundaries need a real remainder", "[snap]")
{
    CHECK(SelectionSnapper::cliticBoundaries(u"بالرقة") == QList<qsizetype>{1});
    CHECK(SelectionSnapper::cliticBoundaries(u"وبسورية") == QList<qsizetype>{1, 2});
    CHECK(SelectionSnapper::cliticBoundaries(u"للمدينة").isEmpty());
    CHECK(SelectionSnapper::cliticBoundaries(u"وتركيا") == QList<qsizetype>{1});
    CHECK(SelectionSnapper::cliticBoundaries(u"بل").isEmpty());
}
