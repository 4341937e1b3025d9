// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Annotation.h"

#include "core/model/Label.h"
#include "core/text/EnumNames.h"

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {
constexpr EnumName<AnnotationStatus> kStatusNames[] = {{AnnotationStatus::Suggested, u"suggested"},
                                                       {AnnotationStatus::Accepted, u"accepted"},
                                                       {AnnotationStatus::Rejected, u"rejected"}};
} // namespace

QString annotationStatusName(AnnotationStatus status)
{
    return enumName(kStatusNames, status);
}

AnnotationStatus annotationStatusFromName(QStringView name, bool *ok)
{
    return enumFromName(kStatusNames, name, AnnotationStatus::Suggested, ok);
}

bool isPartOfLongerName(const Annotation &learnt, const Annotation &guess)
{
    return !isNumericLabel(guess.label) && guess.start <= learnt.start && learnt.end <= guess.end
           && guess.length() > learnt.length();
}

bool overrulesGuess(const Annotation &learnt, const Annotation &guess)
{
    return learnt.overlaps(guess) && !isNumericLabel(guess.label) && !isPartOfLongerName(learnt, guess);
}

} // namespace Hamish
