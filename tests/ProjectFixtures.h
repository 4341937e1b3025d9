// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds projects for tests: an article with an emoji before Arabic names, and its annotations.
#include "TestText.h"
#include "core/base/Result.h"
#include "core/storage/ProjectStore.h"
#include "core/text/Article.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>

namespace ProjectFixtures {

// The value of a result that must have succeeded: the test stops with the error's message otherwise.
template<typename T>
T must(Hamish::Result<T> result)
{
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

inline void must(const Hamish::Result<void> &result)
{
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
}

// The message of a result that must have failed.
template<typename T>
QString failure(const Hamish::Result<T> &result)
{
    REQUIRE_FALSE(result.ok());
    return result.errorMessage();
}

inline std::unique_ptr<Hamish::ProjectStore> createProject(const QString &path)
{
    return must(Hamish::ProjectStore::create(path));
}

inline std::unique_ptr<Hamish::ProjectStore>
openProject(const QString &path, Hamish::ProjectStore::OpenMode mode = Hamish::ProjectStore::OpenMode::ReadWrite)
{
    return must(Hamish::ProjectStore::open(path, mode));
}

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

// emojiArticle() as a scan gives it: each paragraph on a page of its own with its OCR confidence, the second
// declared right to left, and two words OCR was unsure of (after the emoji: code points are not UTF-16 indices).
inline Hamish::Article scannedArticle()
{
    const Hamish::Article plain = emojiArticle();
    QList<Hamish::Block> blocks = plain.blocks();
    blocks[0].page = 1;
    blocks[0].confidence = 91;
    blocks[1].page = 2;
    blocks[1].confidence = 64;
    blocks[1].direction = Hamish::BlockDirection::RightToLeft;
    Hamish::Article article(plain.text(), blocks);
    article.setTitle(plain.title());
    article.setSourcePath(QStringLiteral("/tmp/scan.png"));
    article.setEncoding(plain.encoding());
    const QString &text = plain.text();
    article.setUncertainRanges(
        {{text.indexOf(QStringLiteral("العلي")), 5, 41}, {text.indexOf(QStringLiteral("اللاذقية")), 8, 55}});
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
