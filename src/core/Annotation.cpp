#include "Annotation.h"

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

} // namespace Hamish
