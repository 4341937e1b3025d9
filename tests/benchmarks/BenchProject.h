// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A project at corpus scale for the storage benchmarks (bench_project, bench_team): articles of news words
// with annotations spread over them, all statuses, written in one transaction.
#include "core/storage/ProjectStore.h"

#include <QRandomGenerator>
#include <QStringList>

namespace BenchProject {

using namespace Qt::StringLiterals;

inline const QStringList &words()
{
    static const QStringList list = {u"أعلنت"_s,   u"وزارة"_s, u"الخارجية"_s, u"في"_s,        u"بيان"_s,    u"رسمي"_s,
                                     u"أن"_s,      u"الوفد"_s, u"سيصل"_s,     u"إلى"_s,       u"العاصمة"_s, u"دمشق"_s,
                                     u"صباح"_s,    u"الغد"_s,  u"وأن"_s,      u"المحادثات"_s, u"ستتناول"_s, u"2500"_s,
                                     u"الأوضاع"_s, u"محمد"_s,  u"العلي"_s,    u"منظمة"_s,     u"الصحة"_s,   u"🙂"_s};
    return list;
}

// `articles` articles with `perArticle` annotations each (at least 3,000 characters of text each).
inline Hamish::Result<void> fill(Hamish::ProjectStore &project, int articles, int perArticle, QRandomGenerator &random)
{
    using namespace Hamish;
    const QList<Label> labels = project.labels().valueOr({});
    const QStringList &kWords = words();
    return project.transaction([&]() -> Result<void> {
        for (int a = 0; a < articles; ++a) {
            QString text;
            QList<std::pair<qsizetype, qsizetype>> spans;
            while (spans.size() < perArticle * 2 || text.size() < 3000) {
                const QString &word = kWords.at(random.bounded(kWords.size()));
                spans.append({text.size(), text.size() + word.size()});
                text += word + u' ';
            }
            QList<Annotation> annotations;
            for (int n = 0; n < perArticle; ++n) {
                const auto [start, end] = spans.at(n * 2 + random.bounded(2));
                Annotation annotation;
                annotation.label = labels.at(random.bounded(labels.size())).name;
                annotation.start = start;
                annotation.end = end;
                annotation.status = AnnotationStatus(random.bounded(3));
                annotation.origin = u"rules:bench"_s;
                annotations.append(annotation);
            }
            Article article(text, {{BlockRole::Paragraph, 0, text.size()}});
            article.setTitle(u"مقالة "_s + QString::number(a));
            if (const Result<qint64> added = project.addArticle(article, annotations); !added)
                return added.error();
        }
        return {};
    });
}

} // namespace BenchProject
