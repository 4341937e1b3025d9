// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Generates large, news-like Arabic text for benchmarks: sentences of a hand-written pool, shuffled with
// a fixed seed, with digits in three systems, Latin acronyms and paragraph breaks.
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace BenchCorpus {

inline QString generate(qsizetype utf8Bytes, quint32 seed = 2025)
{
    const QStringList sentences = {
        QStringLiteral("أعلنت وزارة الخارجية في بيان رسمي أن الوفد سيصل إلى العاصمة صباح الغد."),
        QStringLiteral("وقال الرئيس إن المحادثات مع الجانب التركي تناولت الأوضاع في سورية والعراق."),
        QStringLiteral("وأفاد المرصد السوري لحقوق الإنسان بأن اشتباكات عنيفة تدور في محيط الرقة منذ أمس."),
        QStringLiteral("وبلغت قيمة الصادرات 2.5 مليار دولار خلال الربع الأول من عام 2024."),
        QStringLiteral("وارتفع عدد السكان إلى ٣٫٥ مليون نسمة بحسب تقديرات منظمة WHO الأخيرة."),
        QStringLiteral("ويبلغ طول السور ۲۵۰۰ متر، وقد استهدفت الغارات جزأين صغيرين منه."),
        QStringLiteral("وتعقد الجولة السابعة من المفاوضات في جنيف في العاشر من تموز المقبل."),
        QStringLiteral("وأكدت الأمم المتحدة أن ثلاثة ملايين شخص بحاجة إلى مساعدات عاجلة."),
        QStringLiteral("وشارك في المؤتمر ممثلون عن البنك الدولي وصندوق النقد الدولي IMF."),
        QStringLiteral("وتراجعت نسبة البطالة إلى ١٢٪ في نهاية شهر كانون الأول الماضي."),
    };
    QRandomGenerator random(seed);
    QString text;
    text.reserve(utf8Bytes / 2 + 1024);
    qsizetype bytes = 0;
    int inParagraph = 0;
    while (bytes < utf8Bytes) {
        const QString &sentence = sentences.at(random.bounded(int(sentences.size())));
        if (inParagraph > 0)
            text += u' ';
        text += sentence;
        bytes += sentence.toUtf8().size() + 1;
        if (++inParagraph >= 4 + int(random.bounded(5))) {
            text += QStringLiteral("\n\n");
            inParagraph = 0;
        }
    }
    return text;
}

} // namespace BenchCorpus
