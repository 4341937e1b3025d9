// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the extraction engine on a generated 50 MB Arabic news corpus, beside a floor measured in
// the same run: decoding the UTF-8 and ICU word breaking alone, which any engine on ICU must pay.
// Run: ./build/tests/benchmarks/hamish_bench_extract [megabytes]

#include "core/extraction/Extractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QMap>
#include <QRandomGenerator>
#include <QStringList>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// News-like sentences: glued clitics, three digit systems, number words, dates, money, names, diacritics.
QByteArray generateCorpus(qsizetype bytes)
{
    const QStringList subjects = {u"أعلنت وزارة الخارجية"_s,      u"قال الرئيس السوري بشار الأسد"_s,
                                  u"ذكرت وكالة رويترز"_s,         u"أكد المرصد السوري لحقوق الإنسان"_s,
                                  u"قالت مصادر محلية في الرقة"_s, u"صرّح المتحدث باسم الأمم المتحدة"_s,
                                  u"أفاد ناشطون بالرقة"_s,        u"أعلن الجيش التركي"_s};
    const QStringList middles = {u"أن القوات دخلت بالرقة وتقدمت نحو دير الزور"_s,
                                 u"أن %1 مقاتل قتلوا في المعارك"_s,
                                 u"أن الكلفة بلغت %1 مليون دولار"_s,
                                 u"أن الجدار يرتفع %1 متراً عن الأرض"_s,
                                 u"أن الأسعار ارتفعت %1 في المئة خلال الشهر"_s,
                                 u"أن خمسة وعشرين شخصاً أصيبوا في السادس من يونيو"_s,
                                 u"أن الاجتماع عُقد في ١٢ كانون الثاني ٢٠١٤ بدمشق"_s,
                                 u"أن المساعدات وصلت لسورية وتركيا عبر معبر باب الهوى"_s,
                                 u"أن قوات سوريا الديمقراطية (قسد) سيطرت على المدينة"_s,
                                 u"أن الحصيلة بلغت ثلاثمائة وخمسين قتيلاً منذ عام 2014"_s};
    const QStringList ends = {u"أمس."_s,
                              u"يوم الخميس."_s,
                              u"في بيان رسمي."_s,
                              u"وفق مصادر متطابقة."_s,
                              u"الساعة 10:30 صباحاً."_s,
                              u"في نوفمبر الماضي."_s};
    // Plain reporting between the facts, as in real articles (ANERcorp has about one entity per 12 words).
    const QStringList fillers = {
        u"وأضاف أن الوضع الإنساني في المنطقة يزداد سوءاً مع استمرار المعارك وانقطاع الطرق التي تربط القرى بالمدن."_s,
        u"وأشار المصدر إلى أن السكان يعانون من نقص حاد في المواد الغذائية والأدوية ومياه الشرب النظيفة."_s,
        u"ويرى مراقبون أن هذه التطورات قد تؤثر على مسار المفاوضات الجارية بين الأطراف المتنازعة."_s,
        u"ولم يصدر حتى الآن أي تعليق رسمي على هذه المعلومات التي تناقلتها وسائل الإعلام المحلية."_s,
        u"وتشهد المنطقة منذ أشهر حالة من التوتر الأمني والاقتصادي انعكست على حياة المواطنين اليومية."_s,
        u"ودعت منظمات إنسانية إلى فتح ممرات آمنة لإيصال المساعدات إلى المحتاجين في أسرع وقت ممكن."_s};
    QRandomGenerator random(42); // fixed seed: every run measures the same text
    QString text;
    text.reserve(bytes / 2 + 1024);
    qsizetype utf8Estimate = 0;
    while (utf8Estimate < bytes) {
        if (random.bounded(3) != 0) {
            const QString filler = fillers.at(random.bounded(fillers.size())) + u' ';
            text += filler;
            utf8Estimate += filler.size() * 2 - filler.count(u' ');
            continue;
        }
        QString sentence = subjects.at(random.bounded(subjects.size())) + u' ';
        QString middle = middles.at(random.bounded(middles.size()));
        if (middle.contains(u"%1"_s)) {
            const int number = int(random.bounded(1, 100000));
            middle = middle.arg(random.bounded(3) == 0 ? QLocale(QLocale::Arabic, QLocale::Egypt).toString(number)
                                                       : QString::number(number));
        }
        sentence += middle + u' ' + ends.at(random.bounded(ends.size()));
        sentence += random.bounded(6) == 0 ? u"\n"_s : u" "_s;
        text += sentence;
        utf8Estimate += sentence.size() * 2 - sentence.count(u' ');
    }
    return text.toUtf8();
}

// CPU time of this thread: the machine may be shared, and wall time would count other people's work.
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

// The floor: decode and find every ICU word boundary.
qsizetype decodeAndBreak(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaker(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status);
    breaker->setText(&ut, status);
    qsizetype words = 0;
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; end = breaker->next())
        words += breaker->getRuleStatus() != UBRK_WORD_NONE;
    utext_close(&ut);
    return words;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 50;
    const QByteArray corpus = generateCorpus(megabytes * 1024 * 1024);
    const double mb = corpus.size() / (1024.0 * 1024.0);
    std::printf("corpus: %.1f MB of UTF-8 Arabic news text\n", mb);

    // Load the gazetteers before timing: they are built once per process.
    const Hamish::Extractor extractor;
    (void)extractor.extract(u"تحميل"_s);

    QElapsedTimer wall;
    wall.start();
    double start = cpuSeconds();
    const qsizetype words = decodeAndBreak(corpus);
    const double floorSeconds = cpuSeconds() - start;
    const double floorWall = wall.nsecsElapsed() / 1e9;

    wall.restart();
    start = cpuSeconds();
    const QString text = QString::fromUtf8(corpus);
    const QList<Hamish::Annotation> annotations = extractor.extract(text);
    const double engineSeconds = cpuSeconds() - start;
    const double engineWall = wall.nsecsElapsed() / 1e9;

    QMap<QString, qsizetype> perLabel;
    for (const Hamish::Annotation &annotation : annotations)
        ++perLabel[annotation.label];
    std::printf("floor (UTF-8 decoding + ICU word breaks): %.2f s CPU, %.1f MB/s (wall %.2f s) (%lld words)\n",
                floorSeconds, mb / floorSeconds, floorWall, static_cast<long long>(words));
    std::printf("engine (decoding + whole extraction):     %.2f s CPU, %.1f MB/s (wall %.2f s) (%lld annotations)\n",
                engineSeconds, mb / engineSeconds, engineWall, static_cast<long long>(annotations.size()));
    std::printf("density: %.1f annotations per 100 words\n",
                100.0 * annotations.size() / std::max<qsizetype>(words, 1));
    std::printf("ratio engine/floor throughput: %.2f (the engine takes %.1fx the floor's time)\n",
                floorSeconds / engineSeconds, engineSeconds / floorSeconds);
    for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
        std::printf("  %-13s %lld\n", qPrintable(it.key()), static_cast<long long>(it.value()));
    return 0;
}
