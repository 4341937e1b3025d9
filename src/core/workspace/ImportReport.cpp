// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/ImportReport.h"

using namespace Qt::StringLiterals;

namespace Hamish {

QString ImportReport::summary() const
{
    QString text =
        (dryRun ? tr("Would import %1 annotations: %2 new documents, %3 already in the project")
                : tr("Imported %1 annotations: %2 new documents, %3 already in the project"))
            .arg(QString::number(annotationsAdded), QString::number(documentsAdded), QString::number(documentsMerged));
    if (labelsAdded > 0)
        text += u", "_s + tr("%1 new labels").arg(labelsAdded);
    if (suggestionsReviewed > 0)
        text += u", "_s + tr("%1 suggestions accepted or rejected as the file says").arg(suggestionsReviewed);
    if (duplicates > 0)
        text += u", "_s + tr("%1 duplicate annotations left out").arg(duplicates);
    text += u".\n"_s;
    for (const QString &line : notices)
        text += line + u'\n';
    if (!skipped.isEmpty()) {
        text += tr("Skipped %1:").arg(skipped.size()) + u'\n';
        for (const QString &line : skipped)
            text += u"  "_s + line + u'\n';
    }
    return text;
}

} // namespace Hamish
