// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ImportReport.h"

using namespace Qt::StringLiterals;

namespace Hamish {

QString ImportReport::summary() const
{
    if (!ok())
        return error + u" Nothing was imported."_s;
    QString text = (dryRun ? u"Would import "_s : u"Imported "_s) + QString::number(annotationsAdded)
                   + u" annotations: "_s + QString::number(documentsAdded) + u" new documents, "_s
                   + QString::number(documentsMerged) + u" already in the project"_s;
    if (labelsAdded > 0)
        text += u", "_s + QString::number(labelsAdded) + u" new labels"_s;
    if (suggestionsReviewed > 0)
        text +=
            u", "_s + QString::number(suggestionsReviewed) + u" suggestions accepted or rejected as the file says"_s;
    if (duplicates > 0)
        text += u", "_s + QString::number(duplicates) + u" duplicate annotations left out"_s;
    text += u".\n"_s;
    if (!skipped.isEmpty()) {
        text += u"Skipped "_s + QString::number(skipped.size()) + u":\n"_s;
        for (const QString &line : skipped)
            text += u"  "_s + line + u'\n';
    }
    return text;
}

} // namespace Hamish
