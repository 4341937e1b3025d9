// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"
#include "../TestExtractor.h"

#include "core/extraction/Extractor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Hamish;
using namespace Qt::StringLiterals;

// Numbers, dates and times as Arabic news writes them (issue 18): one row per phrase with its expected
// value, so that a failing phrase names itself.

namespace {

const Extractor &extractor()
{
    return TestExtractor::shared();
}

QString json(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

// Every annotation of the text, for the failure message.
QString found(const QString &text)
{
    QStringList all;
    for (const Annotation &annotation : extractor().extract(text))
        all << annotation.label + u" «"_s + text.mid(annotation.start, annotation.length()) + u"» "_s
                   + json(annotation.value);
    return all.join(u"; "_s);
}

// The annotation with this label covering exactly `surface`, or a default one (empty label).
Annotation spanOf(const QString &text, const QString &label, const QString &surface)
{
    const qsizetype at = text.indexOf(surface);
    for (const Annotation &annotation : extractor().extract(text)) {
        if (annotation.label == label && annotation.start == at && annotation.end == at + surface.size())
            return annotation;
    }
    return {};
}

struct NumberRow
{
    const char16_t *text;
    const char16_t *surface;
    double value;
};

struct ValueRow
{
    const char16_t *label;
    const char16_t *text;
    const char16_t *surface;
    const char16_t *value; // compact JSON, keys in Qt's (sorted) order
};

struct AbsentRow
{
    const char16_t *label;
    const char16_t *text;
    const char16_t *surface;
};

} // namespace

TEST_CASE("Numbers: minus signs and words, fractions, and the separators of Arabic news", "[extraction][numbers]")
{
    const NumberRow row = GENERATE(values<NumberRow>({
        {u"انخفضت الحرارة إلى سالب خمسة ليلا", u"سالب خمسة", -5},
        {u"سجل المؤشر ناقص 3 نقاط", u"ناقص 3", -3},
        {u"بلغت الحرارة −5 فجرا", u"−5", -5},
        {u"تراجع المؤشر إلى -2.5 نقطة", u"-2.5", -2.5},
        {u"أنفق خمسة أثمان ميزانيته", u"خمسة أثمان", 0.625},
        {u"اكتمل ثلاثة أرباع العمل", u"ثلاثة أرباع", 0.75},
        {u"يعيش ثلث السكان في المدن", u"ثلث", 1.0 / 3},
        {u"احتمال واحد على مائة فقط", u"واحد على مائة", 0.01},
        {u"أي نحو عُشر خط الفقر المائي", u"عُشر", 0.1},
        {u"وصل عَشر سفن", u"عَشر", 10},
        {u"حصل على خُمس الأصوات", u"خُمس", 0.2},
        {u"نسبة 3 على 1000 من العينات", u"3 على 1000", 0.003},
        {u"بلغ النمو ١٢٫٥ نقطة", u"١٢٫٥", 12.5},
        {u"بلغ عدد الناخبين ١٬٢٥٠٬٠٠٠ ناخب", u"١٬٢٥٠٬٠٠٠", 1250000},
        {u"ارتفع المؤشر 12,5 نقطة", u"12,5", 12.5},
        {u"يسكنها 1,5 مليون نسمة", u"1,5 مليون", 1.5e6},
        {u"ارتفع المؤشر 12،5 نقطة", u"12،5", 12.5},
        {u"وصل عدد الزوار 3.250.000 زائر", u"3.250.000", 3250000},
        {u"بلغت الميزانية 1.250.000,5 دينار", u"1.250.000,5", 1250000.5},
        {u"ارتفع 1.5 نقطة", u"1.5", 1.5},
        {u"بلغ 2,500,000 دولار", u"2,500,000", 2.5e6},
        // An Arabic comma followed by a blank separates two numbers.
        {u"أرقام 5، 6 و7", u"6", 6},
        // A score is not a fraction.
        {u"فاز الفريق 3 على 1", u"3", 3},
        // A weekday stays out of the way of a real number.
        {u"قتل اثنين يوم الاثنين", u"اثنين", 2},
    }));
    const QString text = QString::fromUtf16(row.text);
    const QString surface = QString::fromUtf16(row.surface);
    INFO(text.toStdString() + " => " + found(text).toStdString());
    const Annotation number = spanOf(text, u"NUMBER"_s, surface);
    REQUIRE(number.label == u"NUMBER");
    CHECK(number.value.toDouble() == Approx(row.value));
}

TEST_CASE("Dates, times and measures have values a reader can use", "[extraction][dates]")
{
    const ValueRow row = GENERATE(values<ValueRow>({
        {u"DATE", u"التقى الوزير أول من أمس نظيره", u"أول من أمس", uR"({"offsetDays":-2,"relative":true})"},
        {u"DATE", u"عاد أول أمس من السفر", u"أول أمس", uR"({"offsetDays":-2,"relative":true})"},
        {u"DATE", u"تزدحم الأسواق في شهر رمضان", u"شهر رمضان", uR"({"calendar":"islamic-civil","hijri":"--09"})"},
        {u"DATE", u"الرياض، 12 فبراير 2024. يبدأ شهر رمضان بعد أسابيع", u"شهر رمضان",
         uR"({"calendar":"islamic-civil","date":"2024-03","end":"2024-04-09","hijri":"1445-09","start":"2024-03-11","yearFrom":"article"})"},
        {u"DATE", u"صدر في 3 شوال 1444 هـ. وفي رمضان كان", u"رمضان",
         uR"({"calendar":"islamic-civil","date":"2023-03","end":"2023-04-21","hijri":"1444-09","start":"2023-03-23","yearFrom":"article"})"},
        {u"DATE", u"في رمضان 1445 هـ", u"رمضان 1445 هـ",
         uR"({"calendar":"islamic-civil","date":"2024-03","end":"2024-04-09","hijri":"1445-09","start":"2024-03-11"})"},
        {u"TIME", u"يفتح المعرض من الساعة الرابعة وحتى السابعة مساء يوميا", u"من الساعة الرابعة وحتى السابعة مساء",
         uR"({"from":"16:00","to":"19:00"})"},
        {u"TIME", u"الدوام من الساعة التاسعة صباحا إلى الساعة الثانية ظهرا",
         u"من الساعة التاسعة صباحا إلى الساعة الثانية ظهرا", uR"({"from":"09:00","to":"14:00"})"},
        {u"TIME", u"يبدأ الحظر الساعة الثامنة مساء", u"الساعة الثامنة مساء", uR"("20:00")"},
        {u"TIME", u"يصل الخميس الساعة الثامنة مساء", u"الخميس الساعة الثامنة مساء",
         uR"({"date":{"relative":true,"weekday":4},"time":"20:00"})"},
        {u"DATE", u"في الاثنين الأخير من شهر آذار 2014", u"الاثنين الأخير من شهر آذار 2014", uR"("2014-03-31")"},
        {u"DATE", u"جرت في ثالث ثلاثاء في أيلول 2014", u"ثالث ثلاثاء في أيلول 2014", uR"("2014-09-16")"},
        {u"DATE", u"في آخر اثنين من الشهر القادم", u"آخر اثنين من الشهر القادم",
         uR"({"month":{"offsetMonths":1,"relative":true},"nth":-1,"weekday":1})"},
        {u"DATE", u"حتى آخر يوم من شهر شباط 2024", u"آخر يوم من شهر شباط 2024", uR"("2024-02-29")"},
        {u"DATE", u"في الأسبوع الأول من شهر أكتوبر 2014", u"الأسبوع الأول من شهر أكتوبر 2014", uR"("2014-W41")"},
        {u"DATE", u"في منتصف آذار", u"منتصف آذار", uR"("--03-15")"},
        {u"DATE", u"في التاسع عشر من هذا الشهر", u"التاسع عشر من هذا الشهر",
         uR"({"day":19,"offsetMonths":0,"relative":true})"},
        {u"DATE", u"وصل قبل ثلاثة أيام", u"قبل ثلاثة أيام", uR"({"offsetDays":-3,"relative":true})"},
        {u"DATE", u"غادر منذ عامين", u"منذ عامين", uR"({"offsetYears":-2,"relative":true})"},
        {u"DATE", u"عقد اجتماعا ثلاثاء الأسبوع الماضي", u"ثلاثاء الأسبوع الماضي",
         uR"({"offsetWeeks":-1,"relative":true,"weekday":2})"},
        {u"QUANTITY", u"انخفضت الحرارة إلى سالب 3 درجات مئوية", u"سالب 3 درجات مئوية", uR"({"amount":-3,"unit":"°C"})"},
        {u"QUANTITY", u"سجلت 2 تحت الصفر", u"2 تحت الصفر", uR"({"amount":-2,"unit":"°"})"},
        {u"PERCENT", u"ارتفع التضخم 12،5 في المئة", u"12،5 في المئة", uR"(12.5)"},
        // A unit alone after a word of duration is one of it, و or ف before that word too.
        {u"QUANTITY", u"وبعد ساعة وصل الوفد", u"ساعة", uR"({"amount":1,"unit":"h"})"},
        // "A moment" alone, as a duration: one second, as Duckling counts it.
        {u"QUANTITY", u"قال إنه سيعود بعد لحظة", u"لحظة", uR"({"amount":1,"unit":"s"})"},
        {u"QUANTITY", u"توقف الحديث لمدة لحظة", u"لحظة", uR"({"amount":1,"unit":"s"})"},
    }));
    const QString text = QString::fromUtf16(row.text);
    const QString label = QString::fromUtf16(row.label);
    INFO(text.toStdString() + " => " + found(text).toStdString());
    const Annotation annotation = spanOf(text, label, QString::fromUtf16(row.surface));
    REQUIRE(annotation.label == label);
    CHECK(json(annotation.value) == QString::fromUtf16(row.value));
}

TEST_CASE("What only looks like a number is none", "[extraction][numbers]")
{
    const AbsentRow row = GENERATE(values<AbsentRow>({
        {u"NUMBER", u"أعلنت الحكومة الاثنين خطة جديدة", u"الاثنين"},
        {u"NUMBER", u"قال الوزير يوم الأحد إن", u"الأحد"},
        {u"NUMBER", u"أكد الخميس أن الحوار مستمر", u"الخميس"},
        {u"NUMBER", u"اجتمع السبت مع الوفد", u"السبت"},
        {u"ORDINAL", u"التقى الوزير أول من أمس نظيره", u"أول"},
        {u"NUMBER", u"التقى الوزير أول من أمس نظيره", u"أول"},
        {u"NUMBER", u"التفاصيل على https://example.com/news/2024/05/12/story-7781.html اليوم",
         u"https://example.com/news/2024/05/12/story-7781.html"},
        {u"DATE", u"التفاصيل على https://example.com/news/2024/05/12/story-7781.html اليوم",
         u"https://example.com/news/2024/05/12/story-7781.html"},
        {u"NUMBER", u"للتواصل: ahmad.ali1990@mail.example.org فقط", u"ahmad.ali1990@mail.example.org"},
        {u"NUMBER", u"زوروا www.site2030.sa للمزيد", u"www.site2030.sa"},
        {u"NUMBER", u"أطلقت الشركة سيارة EV1 الكهربائية", u"EV1"},
        {u"NUMBER", u"اشترت طائرات F-16 الأمريكية", u"F-16"},
        {u"NUMBER", u"اشترت طائرات إف-16 الأمريكية", u"إف-16"},
        {u"NUMBER", u"شرح الخطة من الألف إلى الياء", u"الألف"},
        // A moment that is a point in time, not a length of it.
        {u"QUANTITY", u"وصف الاتفاق بأنه لحظة تاريخية", u"لحظة"},
        {u"QUANTITY", u"وفي لحظة تاريخية وقع الاتفاق", u"لحظة"},
        {u"QUANTITY", u"قال في هذه اللحظة إن", u"اللحظة"},
        // نص is a text in news, "half" only in speech before a unit (نص ساعة, checked with the measures).
        {u"NUMBER", u"ونشر النص الكامل للاتفاق", u"النص"},
        {u"NUMBER", u"وجاء في نص الاتفاق أن الهدنة تبدأ", u"نص"},
        {u"NUMBER", u"وقرأ المتحدث نص البيان", u"نص"},
    }));
    const QString text = QString::fromUtf16(row.text);
    const QString surface = QString::fromUtf16(row.surface);
    const qsizetype at = text.indexOf(surface);
    REQUIRE(at >= 0);
    INFO(text.toStdString() + " => " + found(text).toStdString());
    for (const Annotation &annotation : extractor().extract(text))
        CHECK_FALSE((annotation.label == QString::fromUtf16(row.label) && annotation.start < at + surface.size()
                     && annotation.end > at));
}

namespace {

// The shapes resources/schema/hamish-export.schema.json gives rule values ($defs/ruleValue).
bool matchesPattern(const QJsonValue &value, const QString &pattern)
{
    return value.isString() && QRegularExpression(pattern).match(value.toString()).hasMatch();
}

bool hasOnly(const QJsonObject &object, const QStringList &keys)
{
    for (const QString &key : object.keys()) {
        if (!keys.contains(key))
            return false;
    }
    return true;
}

bool isIsoDate(const QJsonValue &value)
{
    static const QString pattern = uR"(^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?|\d{4}-W\d{2})$)"_s;
    return matchesPattern(value, pattern) && !value.toString().startsWith(u"0000"_s);
}

bool isRelative(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return object.value(u"relative"_s) == true
           && hasOnly(object, {u"relative"_s, u"offsetDays"_s, u"offsetWeeks"_s, u"offsetMonths"_s, u"offsetYears"_s,
                               u"weekday"_s, u"month"_s, u"day"_s});
}

bool isDateValue(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.contains(u"nth"_s))
        return hasOnly(object, {u"weekday"_s, u"nth"_s, u"month"_s})
               && (isIsoDate(object.value(u"month"_s)) || isRelative(object.value(u"month"_s)));
    if (object.contains(u"calendar"_s))
        return object.value(u"calendar"_s) == u"islamic-civil"_s
               && matchesPattern(object.value(u"hijri"_s), uR"(^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$)"_s)
               && !object.value(u"hijri"_s).toString().startsWith(u"0000"_s)
               && hasOnly(object, {u"calendar"_s, u"hijri"_s, u"date"_s, u"start"_s, u"end"_s, u"yearFrom"_s});
    return isIsoDate(value) || isRelative(value);
}

bool isClock(const QJsonValue &value)
{
    return matchesPattern(value, uR"(^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$)"_s);
}

bool hasRuleShape(const Annotation &annotation)
{
    const QJsonValue &value = annotation.value;
    const QJsonObject object = value.toObject();
    if (annotation.label == u"NUMBER" || annotation.label == u"ORDINAL" || annotation.label == u"PERCENT")
        return value.isDouble();
    if (annotation.label == u"MONEY")
        return object.value(u"amount"_s).isDouble() && matchesPattern(object.value(u"currency"_s), u"^[A-Z]{3}$"_s);
    if (annotation.label == u"QUANTITY")
        return object.value(u"amount"_s).isDouble() && !object.value(u"unit"_s).toString().isEmpty();
    if (annotation.label == u"DATE")
        return isDateValue(value);
    if (annotation.label == u"TIME") {
        if (object.contains(u"from"_s))
            return hasOnly(object, {u"from"_s, u"to"_s}) && isClock(object.value(u"from"_s))
                   && isClock(object.value(u"to"_s));
        if (object.contains(u"now"_s))
            return hasOnly(object, {u"relative"_s, u"now"_s});
        if (value.isObject())
            return hasOnly(object, {u"time"_s, u"date"_s, u"zone"_s}) && isClock(object.value(u"time"_s))
                   && (!object.contains(u"date"_s) || isDateValue(object.value(u"date"_s)));
        return isClock(value);
    }
    return true; // names carry no value of the rules
}

} // namespace

TEST_CASE("Every value has a shape the export schema describes", "[extraction][dates]")
{
    const QString text =
        GENERATE(u"من الساعة الرابعة وحتى السابعة مساء، في شهر رمضان، سالب خمسة، خمسة أثمان."_s,
                 u"آخر اثنين من الشهر القادم، الخميس الساعة 8 بتوقيت غرينتش، أول من أمس، قبل ثلاثة أيام."_s,
                 u"الأسبوع الأول من شهر أكتوبر 2014، التاسع عشر من هذا الشهر، ثلاثاء الأسبوع الماضي، الآن."_s,
                 u"الساعة 10:30:15، شهر مارس السنة القادمة، 1 رمضان 1435 هـ، عام 2014، 7/10/2023، 12 فبراير 2024."_s,
                 u"بلغ 2.5 مليار دولار و3 أطنان و15% و١٢٫٥ و1.250.000 في ذي الحجة."_s);
    const QList<Annotation> annotations = extractor().extract(text);
    CHECK(annotations.size() >= 5);
    for (const Annotation &annotation : annotations) {
        INFO(annotation.label.toStdString() + " «" + text.mid(annotation.start, annotation.length()).toStdString()
             + "» " + json(annotation.value).toStdString());
        CHECK(hasRuleShape(annotation));
    }
}
