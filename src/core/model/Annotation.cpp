// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Annotation.h"

#include "core/model/Label.h"

using namespace Qt::StringLiterals;

namespace Hamish {

QString annotationStatusName(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Accepted:
        return u"accepted"_s;
    case AnnotationStatus::Rejected:
        return u"rejected"_s;
    case AnnotationStatus::Suggested:
        break;
    }
    return u"suggested"_s;
}

AnnotationStatus annotationStatusFromName(QStringView name, bool *ok)
{
    for (AnnotationStatus status :
         {AnnotationStatus::Suggested, AnnotationStatus::Accepted, AnnotationStatus::Rejected}) {
        if (name == annotationStatusName(status)) {
            if (ok)
                *ok = true;
            return status;
        }
    }
    if (ok)
        *ok = false;
    return AnnotationStatus::Suggested;
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
