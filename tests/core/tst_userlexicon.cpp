// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "core/tagger/UserLexicon.h"

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

Annotation span(QStringView text, QStringView mention, const QString &label, AnnotationStatus status,
                const QString &origin = u"model:ner"_s)
{
    Annotation annotation;
    annotation.start = text.indexOf(mention);
    REQUIRE(annotation.start >= 0);
    annotation.end = annotation.start + mention.size();
    annotation.label = label;
    annotation.status = status;
    annotation.origin = origin;
    return annotation;
}

QStringList suggested(QStringView text, const QList<Annotation> &annotations)
{
    QStringList found;
    for (const Annotation &annotation : annotations) {
        CHECK(annotation.origin == u"lexicon"_s);
        CHECK(annotation.status == AnnotationStatus::Suggested);
        found += annotation.label + u':' + text.sliced(annotation.start, annotation.length());
    }
    return found;
}

} // namespace

TEST_CASE("a mention the user accepted is suggested elsewhere, with or without clitics", "[lexicon]")
{
    const QString first = u"قال مسعود بارزاني إن أربيل آمنة."_s;
    UserLexicon lexicon;
    lexicon.learn(first, {span(first, u"مسعود بارزاني", u"PERSON"_s, AnnotationStatus::Accepted),
                          span(first, u"أربيل", u"LOCATION"_s, AnnotationStatus::Accepted, u"user"_s)});
    CHECK(lexicon.size() == 2);

    // Other spelling of the hamza, a proclitic glued on, and a bare suggestion that was never reviewed.
    const QString second = u"وصل وفد إلى اربيل ثم التقى بمسعود بارزاني وقال لأربيل."_s;
    CHECK(suggested(second, lexicon.suggest(second))
          == QStringList{u"LOCATION:اربيل"_s, u"PERSON:مسعود بارزاني"_s, u"LOCATION:أربيل"_s});
    CHECK(lexicon.labelFor(u"مسعود بارزاني"_s) == u"PERSON"_s);
}

TEST_CASE("a final alef maqsura keeps a name apart from the word it would fold into", "[lexicon]")
{
    // Folded to ي, «على» (on) would be «علي» (Ali) and «مني» (from me) «منى» (Mona).
    const QString first = u"قال علي إن منى ستعود."_s;
    UserLexicon lexicon;
    lexicon.learn(first, {span(first, u"علي", u"PERSON"_s, AnnotationStatus::Accepted),
                          span(first, u"منى", u"PERSON"_s, AnnotationStatus::Accepted)});
    const QString second = u"وأكد على ضرورة الحوار وطلب مني الانتظار، ثم قال علي ومنى إنهما موافقان."_s;
    CHECK(suggested(second, lexicon.suggest(second)) == QStringList{u"PERSON:علي"_s, u"PERSON:منى"_s});
    // Marks after the final letter do not hide it.
    CHECK(lexicon.labelFor(u"عَلَى"_s).isEmpty());
    CHECK(lexicon.labelFor(u"عَلِيّ"_s) == u"PERSON"_s);
}

TEST_CASE("an article mention matches behind the elided-alef proclitic", "[lexicon]")
{
    const QString first = u"زار الوفد الموصل."_s;
    UserLexicon lexicon;
    lexicon.learn(first, {span(first, u"الموصل", u"LOCATION"_s, AnnotationStatus::Accepted)});
    const QString second = u"عاد للموصل ثم غادر والموصل هادئة."_s;
    CHECK(suggested(second, lexicon.suggest(second)) == QStringList{u"LOCATION:لموصل"_s, u"LOCATION:الموصل"_s});
}

TEST_CASE("rejections and unreviewed suggestions are not taken as the user's word", "[lexicon]")
{
    const QString text = u"قال الأمين العام إن الأمل باق."_s;
    UserLexicon lexicon;
    lexicon.learn(text, {span(text, u"الأمل", u"PERSON"_s, AnnotationStatus::Suggested),
                         span(text, u"الأمين العام", u"PERSON"_s, AnnotationStatus::Rejected)});
    CHECK(lexicon.suggest(text).isEmpty());

    // The user relabels: one acceptance as ORGANIZATION outweighs the rejected PERSON.
    lexicon.learn(text, {span(text, u"الأمين العام", u"ORGANIZATION"_s, AnnotationStatus::Accepted)});
    CHECK(suggested(text, lexicon.suggest(text)) == QStringList{u"ORGANIZATION:الأمين العام"_s});
}

TEST_CASE("numeric labels stay with the rules and bad offsets are ignored", "[lexicon]")
{
    const QString text = u"دفع ثلاثة آلاف دينار."_s;
    UserLexicon lexicon;
    Annotation outside;
    outside.start = 5;
    outside.end = 500;
    outside.label = u"PERSON"_s;
    outside.status = AnnotationStatus::Accepted;
    lexicon.learn(text, {span(text, u"ثلاثة آلاف دينار", u"MONEY"_s, AnnotationStatus::Accepted), outside});
    CHECK(lexicon.size() == 0);
    CHECK(lexicon.suggest(text).isEmpty());
}

TEST_CASE("the user's word beats the engine's overlapping name guesses, not its numbers", "[lexicon]")
{
    const QString text = u"قالت قسد إن 300 مقاتل من قوات قسد وصلوا."_s;
    const QList<Annotation> engine = {
        span(text, u"قالت قسد", u"PERSON"_s, AnnotationStatus::Suggested), // the mention is part of it: kept
        span(text, u"300", u"NUMBER"_s, AnnotationStatus::Suggested, u"rules:number"_s),
        span(text, u"قسد وصلوا", u"MISC"_s, AnnotationStatus::Suggested), // cuts through a mention
    };
    UserLexicon lexicon;
    const QString labelled = u"سيطرت قوات قسد على المدينة."_s;
    lexicon.learn(labelled, {span(labelled, u"قوات قسد", u"ORGANIZATION"_s, AnnotationStatus::Accepted)});
    const QString alone = u"قالت قسد ذلك."_s;
    lexicon.learn(alone, {span(alone, u"قسد", u"ORGANIZATION"_s, AnnotationStatus::Accepted)});
    const QList<Annotation> combined = UserLexicon::preferUser(engine, lexicon.suggest(text));
    QStringList found;
    for (const Annotation &annotation : combined)
        found += annotation.label + u':' + text.sliced(annotation.start, annotation.length());
    CHECK(found == QStringList{u"PERSON:قالت قسد"_s, u"NUMBER:300"_s, u"ORGANIZATION:قوات قسد"_s});
    // Nothing learnt: the engine's suggestions as they were.
    CHECK(UserLexicon::preferUser(engine, {}).size() == 3);
}

TEST_CASE("a learnt mention inside a longer name the engine found is part of that name", "[lexicon]")
{
    // The user marked مدريد a place and عبدالله a person; elsewhere the engine found the club ريال مدريد and the
    // full name عبدالله صالح: both stay, and the parts are not suggested there. Alone, the parts are.
    UserLexicon lexicon;
    const QString labelled = u"وصل عبدالله إلى مدريد أمس."_s;
    lexicon.learn(labelled, {span(labelled, u"عبدالله", u"PERSON"_s, AnnotationStatus::Accepted),
                             span(labelled, u"مدريد", u"LOCATION"_s, AnnotationStatus::Accepted)});
    const QString text = u"فاز ريال مدريد وقال عبدالله صالح إن عبدالله سيبقى في مدريد."_s;
    const QList<Annotation> engine = {
        span(text, u"ريال مدريد", u"ORGANIZATION"_s, AnnotationStatus::Suggested),
        span(text, u"عبدالله صالح", u"PERSON"_s, AnnotationStatus::Suggested),
    };
    QStringList found;
    for (const Annotation &annotation : UserLexicon::preferUser(engine, lexicon.suggest(text)))
        found +=
            annotation.label + u':' + text.sliced(annotation.start, annotation.length()) + u':' + annotation.origin;
    CHECK(found
          == QStringList{u"ORGANIZATION:ريال مدريد:model:ner"_s, u"PERSON:عبدالله صالح:model:ner"_s,
                         u"PERSON:عبدالله:lexicon"_s, u"LOCATION:مدريد:lexicon"_s});
    const Annotation part = span(text, u"مدريد", u"LOCATION"_s, AnnotationStatus::Suggested, u"lexicon"_s);
    CHECK(isPartOfLongerName(part, engine.at(0)));
    CHECK_FALSE(overrulesGuess(part, engine.at(0)));
    CHECK_FALSE(isPartOfLongerName(part, part)); // the same extent is not a longer name
    CHECK(overrulesGuess(part, span(text, u"مدريد", u"PERSON"_s, AnnotationStatus::Suggested)));
}
