// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace Hamish {

// Where an annotation stands in review: the engine suggests, the user accepts or rejects.
enum class AnnotationStatus { Suggested, Accepted, Rejected };

QString annotationStatusName(AnnotationStatus status);

// The annotator whose layer is the curated result of a team's work.
inline constexpr QStringView kCuration = u"curation";
AnnotationStatus annotationStatusFromName(QStringView name, bool *ok = nullptr);

// A labelled span of an article's text. Offsets are UTF-16 indices into Article::text(), end exclusive;
// exporters convert them to Unicode code points.
struct Annotation
{
    qint64 id = 0; // 0 until stored in a project
    QString label; // a label name, e.g. "PERSON", "NUMBER"
    qsizetype start = 0;
    qsizetype end = 0;
    AnnotationStatus status = AnnotationStatus::Suggested;
    QString origin;   // what produced it: "user", "import", or the engine component ("rules:number", ...)
    QJsonValue value; // a normalised value where one exists (number, ISO date, {amount, currency}, ...)
    double confidence = 1.0;
    QString note;
    QString author;     // who made or last changed it
    QString annotator;  // whose layer it is in: a person's name, kCuration, or empty for the engine's suggestions
    qint64 basedOn = 0; // an annotator's own copy of an engine suggestion: that suggestion's id
    int version = 0;    // the stored row's version (a project counts its changes); 0 when not stored
    QDateTime created;
    QDateTime modified;

    qsizetype length() const { return end - start; }
    bool contains(const Annotation &other) const { return start <= other.start && other.end <= end; }
    bool overlaps(const Annotation &other) const { return start < other.end && other.start < end; }
    // A suggestion less certain than `threshold` (the legend's slider): not drawn, counted or listed.
    bool isBelowThreshold(double threshold) const
    {
        return status == AnnotationStatus::Suggested && confidence < threshold;
    }
};

// How a mention learnt from the user (UserLexicon) meets an engine guess; UserLexicon::preferUser and
// AnnotationDocument::mergeUserSuggestions both follow these rules. A mention that lies inside a longer name
// the engine found is a part of that name (عبدالله in عبدالله صالح, مدريد in ريال مدريد): the name stays and
// the mention is not suggested there.
bool isPartOfLongerName(const Annotation &learnt, const Annotation &guess);
// Otherwise the mention overrules an engine guess it overlaps, unless the guess is a number, date or other
// numeric label.
bool overrulesGuess(const Annotation &learnt, const Annotation &guess);

} // namespace Hamish
