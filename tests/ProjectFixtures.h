// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds projects for tests: an article with an emoji before Arabic names, and its annotations.
#include "TestText.h"
#include "core/storage/Project.h"
#include "core/text/Article.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>

namespace ProjectFixtures {

inline Hamish::Article emojiArticle()
{
    const QString text = TestText::emojiNews();
    const qsizetype split = text.indexOf(QStringLiteral("\n\n"));
    Hamish::Article article(text, {{Hamish::BlockRole::Paragraph, 0, split},
                                   {Hamish::BlockRole::Paragraph, split + 2, text.size() - split - 2}});
    article.setTitle(QStringLiteral("وفد في دمشق"));
    article.setSourcePath(QStringLiteral("/tmp/news.txt"));
    article.setEncoding(QStringLiteral("UTF-8"));
    return article;
}

inline Hamish::Annotation span(const QString &text, const QString &needle, const QString &label,
                               Hamish::AnnotationStatus status = Hamish::AnnotationStatus::Accepted)
{
    Hamish::Annotation annotation;
    annotation.label = label;
    annotation.start = text.indexOf(needle);
    annotation.end = annotation.start + needle.size();
    annotation.status = status;
    annotation.origin = QStringLiteral("user");
    return annotation;
}

// The names and numbers in emojiNews(): nested (a person inside nothing, an organisation containing
// nothing) and a suggestion.
inline QList<Hamish::Annotation> emojiAnnotations()
{
    const QString text = TestText::emojiNews();
    using Hamish::AnnotationStatus;
    QList<Hamish::Annotation> list{
        span(text, QStringLiteral("محمد العلي"), QStringLiteral("PERSON")),
        span(text, QStringLiteral("دمشق"), QStringLiteral("LOCATION")),
        span(text, QStringLiteral("منظمة الصحة العالمية"), QStringLiteral("ORGANIZATION")),
        span(text, QStringLiteral("2500 طن"), QStringLiteral("QUANTITY"), AnnotationStatus::Suggested),
        span(text, QStringLiteral("2500"), QStringLiteral("NUMBER"), AnnotationStatus::Suggested),
        span(text, QStringLiteral("اللاذقية"), QStringLiteral("LOCATION"), AnnotationStatus::Rejected),
    };
    list[1].note = QStringLiteral("العاصمة");
    list[3].value = QJsonObject{{QStringLiteral("amount"), 2500}, {QStringLiteral("unit"), QStringLiteral("t")}};
    list[4].value = 2500;
    list[4].origin = QStringLiteral("rules:number");
    list[4].confidence = 0.75;
    list[0].author = QStringLiteral("analyst");
    return list;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace ProjectFixtures
