// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/ArabicWords.h"

#include "core/text/ArabicNormalizer.h"

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QString norm(QStringView word)
{
    return ArabicNormalizer::normalizeWord(word);
}

template<typename T>
void put(WordTable<T> &table, std::initializer_list<const char16_t *> words, const T &value)
{
    for (const char16_t *word : words)
        table.insert(norm(QStringView(word)), value);
}

} // namespace

const ArabicWords &ArabicWords::instance()
{
    static const ArabicWords words; // thread-safe lazy construction
    return words;
}

ArabicWords::ArabicWords()
{
    using K = NumberWordKind;
    auto number = [this](std::initializer_list<const char16_t *> words, double value, K kind) {
        put(m_numbers, words, NumberWord{value, kind});
    };
    number({u"صفر"}, 0, K::Unit);
    number({u"واحد", u"واحدة", u"واحدا"}, 1, K::Unit);
    number({u"اثنان", u"اثنين", u"اثنتان", u"اثنتين", u"إثنان", u"إثنين"}, 2, K::Unit);
    number({u"أحد", u"إحدى", u"احدى"}, 1, K::TeenUnit);
    number({u"اثنا", u"اثني", u"اثنى", u"اثنتا", u"اثنتي", u"اثنتى", u"إثنا", u"إثني", u"إثنى", u"إثنتى", u"إثنتي"}, 2,
           K::TeenUnit);
    number({u"ثلاث", u"ثلاثة"}, 3, K::Unit);
    number({u"أربع", u"أربعة"}, 4, K::Unit);
    number({u"خمس", u"خمسة"}, 5, K::Unit);
    number({u"ست", u"ستة"}, 6, K::Unit);
    number({u"سبع", u"سبعة"}, 7, K::Unit);
    number({u"ثمان", u"ثماني", u"ثمانية", u"ثمانى"}, 8, K::Unit);
    number({u"تسع", u"تسعة"}, 9, K::Unit);
    number({u"عشر", u"عشرة"}, 10, K::Ten);
    number({u"عشرون", u"عشرين"}, 20, K::Tens);
    number({u"ثلاثون", u"ثلاثين"}, 30, K::Tens);
    number({u"أربعون", u"أربعين"}, 40, K::Tens);
    number({u"خمسون", u"خمسين"}, 50, K::Tens);
    number({u"ستون", u"ستين"}, 60, K::Tens);
    number({u"سبعون", u"سبعين"}, 70, K::Tens);
    number({u"ثمانون", u"ثمانين"}, 80, K::Tens);
    number({u"تسعون", u"تسعين"}, 90, K::Tens);
    number({u"مئة", u"مائة", u"مئه", u"مائه"}, 100, K::Hundred);
    number({u"مئتان", u"مئتين", u"مائتان", u"مائتين", u"مئتا", u"مائتا", u"مئتي", u"مائتي"}, 200, K::Hundred);
    const std::initializer_list<std::pair<const char16_t *, int>> hundredStems = {
        {u"ثلاث", 3}, {u"أربع", 4}, {u"خمس", 5}, {u"ست", 6}, {u"سبع", 7}, {u"ثمان", 8}, {u"ثماني", 8}, {u"تسع", 9}};
    for (const auto &[stem, value] : hundredStems) {
        for (QStringView hundred : {u"مئة", u"مائة"})
            m_numbers.insert(QString(norm(QStringView(stem)) + norm(hundred)), NumberWord{value * 100.0, K::Hundred});
    }
    number({u"ألف", u"ألفا"}, 1e3, K::Scale);
    number({u"مليون", u"مليونا"}, 1e6, K::Scale);
    number({u"مليار", u"مليارا", u"بليون", u"بليونا"}, 1e9, K::Scale);
    number({u"تريليون", u"ترليون"}, 1e12, K::Scale);
    number({u"ألفان", u"ألفين"}, 1e3, K::ScaleDual);
    number({u"مليونان", u"مليونين"}, 1e6, K::ScaleDual);
    number({u"ملياران", u"مليارين", u"بليونين"}, 1e9, K::ScaleDual);
    number({u"آلاف", u"ألوف"}, 1e3, K::ScalePlural);
    number({u"ملايين"}, 1e6, K::ScalePlural);
    number({u"مليارات", u"بلايين"}, 1e9, K::ScalePlural);
    number({u"تريليونات"}, 1e12, K::ScalePlural);
    number({u"نصف", u"نص"}, 0.5, K::Fraction);
    number({u"ربع", u"ربعا"}, 0.25, K::Fraction);
    number({u"ثلث"}, 1.0 / 3, K::Fraction);
    number({u"ثلثا", u"ثلثي"}, 2.0 / 3, K::Fraction);
    number({u"أثلاث"}, 1.0 / 3, K::FractionPlural);
    number({u"أرباع"}, 1.0 / 4, K::FractionPlural);
    number({u"أخماس"}, 1.0 / 5, K::FractionPlural);
    number({u"أسداس"}, 1.0 / 6, K::FractionPlural);
    number({u"أسباع"}, 1.0 / 7, K::FractionPlural);
    number({u"أثمان"}, 1.0 / 8, K::FractionPlural);
    number({u"أتساع"}, 1.0 / 9, K::FractionPlural);
    number({u"أعشار"}, 1.0 / 10, K::FractionPlural);

    auto ordinal = [this](std::initializer_list<const char16_t *> words, int value) {
        put(m_ordinals, words, value);
    };
    ordinal({u"أول", u"أولى"}, 1);
    ordinal({u"ثاني", u"ثان", u"ثانية"}, 2);
    ordinal({u"ثالث", u"ثالثة"}, 3);
    ordinal({u"رابع", u"رابعة"}, 4);
    ordinal({u"خامس", u"خامسة"}, 5);
    ordinal({u"سادس", u"سادسة"}, 6);
    ordinal({u"سابع", u"سابعة"}, 7);
    ordinal({u"ثامن", u"ثامنة"}, 8);
    ordinal({u"تاسع", u"تاسعة"}, 9);
    ordinal({u"عاشر", u"عاشرة"}, 10);
    // Only inside compounds (الحادي عشر): -1 marks "1, compound only".
    ordinal({u"حادي", u"حادية"}, -1);

    auto measure = [this](std::initializer_list<const char16_t *> words, const QString &label, const QString &unit,
                          double factor = 1, bool dual = false) {
        put(m_measures, words, MeasureWord{label, unit, factor, dual});
    };
    const QString quantity = u"QUANTITY"_s;
    const QString money = u"MONEY"_s;
    const QString percent = u"PERCENT"_s;
    measure({u"متر", u"مترا", u"أمتار"}, quantity, u"m"_s);
    measure({u"متران", u"مترين"}, quantity, u"m"_s, 2, true);
    measure({u"كيلومتر", u"كيلومترا", u"كيلومترات", u"كلم", u"كم"}, quantity, u"km"_s);
    measure({u"كيلومتران", u"كيلومترين"}, quantity, u"km"_s, 2, true);
    measure({u"سنتيمتر", u"سنتيمترا", u"سنتيمترات", u"سم", u"سنتم"}, quantity, u"cm"_s);
    measure({u"مليمتر", u"ملم", u"مليمترا", u"مليمترات"}, quantity, u"mm"_s);
    measure({u"ميل", u"ميلا", u"أميال"}, quantity, u"mi"_s);
    measure({u"قدم", u"أقدام"}, quantity, u"ft"_s);
    measure({u"هكتار", u"هكتارا", u"هكتارات"}, quantity, u"ha"_s);
    measure({u"دونم", u"دونما", u"دونمات"}, quantity, u"dunam"_s);
    measure({u"كيلوغرام", u"كيلوجرام", u"كيلوغراما", u"كيلوغرامات", u"كيلوجرامات", u"كغ", u"كلغ", u"كجم"}, quantity,
            u"kg"_s);
    measure({u"غرام", u"جرام", u"غراما", u"جراما", u"غرامات", u"جرامات", u"غم", u"جم"}, quantity, u"g"_s);
    measure({u"ملغ", u"ملج", u"مليغرام", u"ملليغرام", u"ميليغرام"}, quantity, u"mg"_s);
    measure({u"طن", u"طنا", u"أطنان"}, quantity, u"t"_s);
    measure({u"طنان", u"طنين"}, quantity, u"t"_s, 2, true);
    measure({u"أونصة", u"أونصات", u"اونصه"}, quantity, u"oz"_s);
    measure({u"أونصتان", u"أونصتين"}, quantity, u"oz"_s, 2, true);
    measure({u"لتر", u"ليتر", u"لترا", u"ليترا", u"لترات", u"ليترات"}, quantity, u"l"_s);
    measure({u"لتران", u"لترين", u"ليتران", u"ليترين"}, quantity, u"l"_s, 2, true);
    measure({u"مل", u"مليلتر", u"ميليلتر", u"مليلتر", u"ملليلتر"}, quantity, u"ml"_s);
    measure({u"هكتوليتر", u"هكتولتر"}, quantity, u"hl"_s);
    measure({u"غالون", u"جالون", u"غالونات", u"جالونات"}, quantity, u"gal"_s);
    measure({u"برميل", u"براميل", u"برميلا"}, quantity, u"bbl"_s);
    measure({u"كوب", u"أكواب"}, quantity, u"cup"_s);
    measure({u"درجة", u"درجات"}, quantity, u"°"_s);
    measure({u"درجتين", u"درجتان"}, quantity, u"°"_s, 2, true);
    measure({u"ساعة", u"ساعات"}, quantity, u"h"_s);
    measure({u"ساعتين", u"ساعتان"}, quantity, u"h"_s, 2, true);
    measure({u"دقيقة", u"دقائق"}, quantity, u"min"_s);
    measure({u"دقيقتين", u"دقيقتان"}, quantity, u"min"_s, 2, true);
    measure({u"ثانية", u"ثوان", u"ثواني"}, quantity, u"s"_s);
    // "A moment", one second as Duckling counts it; read only alone (بعد لحظة، لمدة لحظة), never counted.
    measure({u"لحظة"}, quantity, u"s"_s);
    measure({u"ثانيتين", u"ثانيتان"}, quantity, u"s"_s, 2, true);
    measure({u"يوم", u"أيام", u"يوما"}, quantity, u"day"_s);
    measure({u"يومين", u"يومان"}, quantity, u"day"_s, 2, true);
    measure({u"أسبوع", u"أسابيع", u"أسبوعا"}, quantity, u"week"_s);
    measure({u"أسبوعين", u"أسبوعان"}, quantity, u"week"_s, 2, true);
    measure({u"شهر", u"أشهر", u"شهور", u"شهرا"}, quantity, u"month"_s);
    measure({u"شهرين", u"شهران"}, quantity, u"month"_s, 2, true);
    measure({u"سنة", u"سنوات", u"عاما", u"أعوام", u"سنين"}, quantity, u"year"_s);
    measure({u"سنتين", u"سنتان", u"عامين", u"عامان"}, quantity, u"year"_s, 2, true);
    measure({u"دولار", u"دولارا", u"دولارات"}, money, u"USD"_s);
    measure({u"سنت", u"سنتات", u"سينت", u"سينتات"}, money, u"USD"_s, 0.01);
    measure({u"يورو", u"أورو"}, money, u"EUR"_s);
    measure({u"جنيه", u"جنيها", u"جنيهات"}, money, u"EGP"_s);
    measure({u"ليرة", u"ليرات"}, money, u"SYP"_s);
    measure({u"دينار", u"دينارا", u"دنانير"}, money, u"IQD"_s);
    measure({u"ريال", u"ريالا", u"ريالات"}, money, u"SAR"_s);
    measure({u"درهم", u"درهما", u"دراهم"}, money, u"AED"_s);
    measure({u"شيكل", u"شيقل", u"شواقل", u"شيكلا"}, money, u"ILS"_s);
    measure({u"روبل", u"روبلا", u"روبلات"}, money, u"RUB"_s);
    measure({u"ين"}, money, u"JPY"_s);
    measure({u"يوان"}, money, u"CNY"_s);
    measure({u"$"}, money, u"USD"_s);
    measure({u"€"}, money, u"EUR"_s);
    measure({u"£"}, money, u"GBP"_s);
    measure({u"%"}, percent, u"%"_s);
    measure({u"¢", u"c"}, money, u"USD"_s, 0.01);
    for (const char16_t *iso : {u"usd", u"eur", u"gbp", u"kwd", u"lbp", u"egp", u"qar", u"sar", u"jod", u"aed", u"syp",
                                u"try", u"iqd", u"ils", u"bhd", u"omr", u"mad", u"tnd", u"dzd", u"lyd", u"sdg", u"yer"})
        measure({iso}, money, QString::fromUtf16(iso).toUpper());
    measure({u"°"}, quantity, u"°"_s);
    measure({u"سلزيوس", u"سيلسيوس", u"مئوية"}, quantity, u"°C"_s);
    measure({u"فهرنهايت"}, quantity, u"°F"_s);

    auto qualifier = [this](std::initializer_list<const char16_t *> currencies,
                            std::initializer_list<const char16_t *> qualifiers, const QString &iso) {
        for (const char16_t *currency : currencies) {
            for (const char16_t *q : qualifiers)
                m_currencyQualifiers.insert(QString(norm(QStringView(currency)) + u' ' + norm(QStringView(q))), iso);
        }
    };
    const auto dollar = {u"دولار", u"دولارا", u"دولارات"};
    qualifier(dollar, {u"أمريكي", u"أميركي", u"أمريكية", u"أميركية"}, u"USD"_s);
    qualifier(dollar, {u"كندي"}, u"CAD"_s);
    qualifier(dollar, {u"أسترالي"}, u"AUD"_s);
    const auto pound = {u"جنيه", u"جنيها", u"جنيهات"};
    qualifier(pound, {u"إسترليني", u"استرليني", u"إسترلينية", u"استرلينية", u"استرلينيا", u"إسترلينيا"}, u"GBP"_s);
    qualifier(pound, {u"مصري", u"مصرية", u"مصريا"}, u"EGP"_s);
    qualifier(pound, {u"سوداني", u"سودانية"}, u"SDG"_s);
    const auto lira = {u"ليرة", u"ليرات"};
    qualifier(lira, {u"سورية", u"سورية"}, u"SYP"_s);
    qualifier(lira, {u"لبنانية"}, u"LBP"_s);
    qualifier(lira, {u"تركية"}, u"TRY"_s);
    const auto dinar = {u"دينار", u"دينارا", u"دنانير"};
    qualifier(dinar, {u"عراقي", u"عراقية"}, u"IQD"_s);
    qualifier(dinar, {u"كويتي", u"كويتية"}, u"KWD"_s);
    qualifier(dinar, {u"أردني", u"أردنية"}, u"JOD"_s);
    qualifier(dinar, {u"ليبي", u"ليبية"}, u"LYD"_s);
    qualifier(dinar, {u"تونسي", u"تونسية"}, u"TND"_s);
    qualifier(dinar, {u"جزائري", u"جزائرية"}, u"DZD"_s);
    qualifier(dinar, {u"بحريني", u"بحرينية"}, u"BHD"_s);
    const auto riyal = {u"ريال", u"ريالا", u"ريالات"};
    qualifier(riyal, {u"سعودي", u"سعودية"}, u"SAR"_s);
    qualifier(riyal, {u"قطري", u"قطرية"}, u"QAR"_s);
    qualifier(riyal, {u"عماني", u"عمانية"}, u"OMR"_s);
    qualifier(riyal, {u"يمني", u"يمنية"}, u"YER"_s);
    qualifier(riyal, {u"إيراني", u"إيرانية"}, u"IRR"_s);
    const auto dirham = {u"درهم", u"درهما", u"دراهم"};
    qualifier(dirham, {u"إماراتي", u"إماراتية"}, u"AED"_s);
    qualifier(dirham, {u"مغربي", u"مغربية"}, u"MAD"_s);

    auto month = [this](std::initializer_list<const char16_t *> words, int value, bool hijri = false,
                        bool ambiguous = false) {
        put(m_months, words, Month{value, hijri, ambiguous, false});
    };
    // Gregorian (Egypt, Gulf), Levantine/Iraqi (Syriac names), Maghrebi (French and Moroccan forms).
    month({u"يناير", u"جانفي"}, 1);
    month({u"فبراير", u"شباط", u"فيفري", u"فبرير"}, 2);
    month({u"آذار"}, 3);
    month({u"مارس"}, 3, false, true);
    month({u"أبريل", u"إبريل", u"نيسان", u"أفريل", u"ابريل"}, 4);
    month({u"مايو", u"أيار", u"مايس"}, 5);
    month({u"ماي"}, 5, false, true);
    month({u"يونيو", u"يونيه", u"حزيران", u"جوان"}, 6);
    month({u"يوليو", u"يوليه", u"تموز", u"جويلية", u"يوليوز", u"جويلية"}, 7);
    month({u"أغسطس", u"أغشت", u"غشت", u"أوت"}, 8);
    month({u"آب"}, 8, false, true);
    month({u"سبتمبر", u"أيلول", u"شتنبر"}, 9);
    month({u"أكتوبر", u"أكتوبر"}, 10);
    month({u"نوفمبر", u"نونبر"}, 11);
    month({u"ديسمبر", u"دجنبر"}, 12);
    month({u"محرم"}, 1, true, true);
    month({u"صفر"}, 2, true, true);
    month({u"رجب"}, 7, true, true);
    month({u"شعبان"}, 8, true, true);
    month({u"رمضان"}, 9, true, true);
    month({u"شوال"}, 10, true, true);
    auto twoWords = [this](const char16_t *first, std::initializer_list<const char16_t *> seconds, int value,
                           bool hijri) {
        m_months.insert(norm(QStringView(first)), Month{value, hijri, true, true});
        for (const char16_t *second : seconds)
            m_twoWordMonths.insert(QString(norm(QStringView(first)) + u' ' + norm(QStringView(second))),
                                   Month{value, hijri, false, true});
    };
    twoWords(u"كانون", {u"الثاني"}, 1, false);
    m_twoWordMonths.insert(norm(u"كانون الأول"), Month{12, false, false, true});
    twoWords(u"تشرين", {u"الأول"}, 10, false);
    m_twoWordMonths.insert(norm(u"تشرين الثاني"), Month{11, false, false, true});
    twoWords(u"ربيع", {u"الأول"}, 3, true);
    m_twoWordMonths.insert(norm(u"ربيع الثاني"), Month{4, true, false, true});
    m_twoWordMonths.insert(norm(u"ربيع الآخر"), Month{4, true, false, true});
    twoWords(u"جمادى", {u"الأولى", u"الأول"}, 5, true);
    m_twoWordMonths.insert(norm(u"جمادى الثانية"), Month{6, true, false, true});
    m_twoWordMonths.insert(norm(u"جمادى الآخرة"), Month{6, true, false, true});
    twoWords(u"ذو", {u"القعدة"}, 11, true);
    twoWords(u"ذي", {u"القعدة"}, 11, true);
    m_twoWordMonths.insert(norm(u"ذو الحجة"), Month{12, true, false, true});
    m_twoWordMonths.insert(norm(u"ذي الحجة"), Month{12, true, false, true});

    put(m_relativeDays, {u"أمس", u"البارحة", u"الأمس"}, -1);
    put(m_relativeDays, {u"اليوم"}, 0);
    put(m_relativeDays, {u"غدا", u"الغد", u"غد", u"بكرة", u"بكرا"}, 1);
    put(m_relativeDays, {u"امبارح"}, -1);
    put(m_weekdays, {u"الاثنين", u"الإثنين"}, 1);
    put(m_weekdays, {u"الثلاثاء", u"الثلاثا"}, 2);
    put(m_weekdays, {u"الأربعاء", u"الأربعا"}, 3);
    put(m_weekdays, {u"الخميس"}, 4);
    put(m_weekdays, {u"الجمعة"}, 5);
    put(m_weekdays, {u"السبت"}, 6);
    put(m_weekdays, {u"الأحد"}, 7);
}

const ArabicWords::Month *ArabicWords::month(QStringView first, QStringView second) const
{
    return find(m_twoWordMonths, QString(first + u' ' + second));
}

const QString *ArabicWords::currencyQualifier(QStringView currency, QStringView qualifier) const
{
    return find(m_currencyQualifiers, QString(currency + u' ' + qualifier));
}

void ArabicWords::addTo(Lexicon &lexicon) const
{
    // Words the date and measure rules look for after a proclitic (لعام 2014، بالساعة).
    for (QStringView word :
         {u"عام", u"سنة", u"عامي", u"شهر", u"يوم", u"ساعة", u"فاصلة", u"مئة", u"مائة", u"أسبوع", u"بعد", u"قبل", u"هذا",
          u"هذه", u"سالب", u"ناقص", u"منذ", u"آخر", u"منتصف", u"بداية", u"مطلع", u"نهاية",
          // weekdays without the article, as in ثالث ثلاثاء، ثلاثاء الأسبوع الماضي
          u"ثلاثاء", u"ثلاثا", u"أربعاء", u"أربعا", u"خميس", u"جمعة", u"سبت",
          // now: الآن، حالا، هذه اللحظة
          u"الآن", u"حالا"})
        lexicon.insert(norm(word), RuleWordCategory);
    for (const auto &entry : m_numbers.entries())
        lexicon.insert(entry.key, NumberCategory);
    for (const auto &entry : m_ordinals.entries())
        lexicon.insert(entry.key, OrdinalCategory);
    for (const auto &entry : m_measures.entries())
        lexicon.insert(entry.key, MeasureCategory);
    for (const auto &entry : m_months.entries())
        lexicon.insert(entry.key, MonthCategory);
    for (const auto &entry : m_relativeDays.entries())
        lexicon.insert(entry.key, DayCategory);
    for (const auto &entry : m_weekdays.entries())
        lexicon.insert(entry.key, DayCategory);
    for (const auto &entry : m_twoWordMonths.entries())
        lexicon.insertPhrase(entry.key);
}

} // namespace Hamish
